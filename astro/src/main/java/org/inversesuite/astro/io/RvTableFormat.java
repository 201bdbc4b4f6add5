package org.inversesuite.astro.io;

import java.util.Objects;
import org.inversesuite.data.table.HeaderPolicy;

/**
 * How to read a text radial-velocity table with {@link RvTableReader}.
 *
 * @param separator the field separator
 * @param header whether the first line (after comments) names the columns
 * @param columns which columns hold what
 * @param unit the unit of the velocity and error columns; values are converted to m/s
 * @param timeFormat what the time column holds
 */
public record RvTableFormat(FieldSeparator separator, HeaderPolicy header, RvColumns columns, VelocityUnit unit,
    TimeFormat timeFormat) {

  /** Checks that nothing is null and that a file without header uses positions only. */
  public RvTableFormat {
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(timeFormat, "timeFormat");
    if (header == HeaderPolicy.NONE && !columns.allPositional()) {
      throw new IllegalArgumentException("a file without a header line can only be read by column position, got "
          + columns);
    }
  }

  /** @return a comma-separated table with a header line, times in BJD, velocities in m/s */
  public static RvTableFormat csv(RvColumns columns) {
    return new RvTableFormat(FieldSeparator.COMMA, HeaderPolicy.FIRST_LINE, columns, VelocityUnit.METRES_PER_SECOND,
        TimeFormat.BJD);
  }

  /** @return a whitespace-separated table without header, times in BJD, velocities in m/s */
  public static RvTableFormat whitespace(RvColumns columns) {
    return new RvTableFormat(FieldSeparator.WHITESPACE, HeaderPolicy.NONE, columns, VelocityUnit.METRES_PER_SECOND,
        TimeFormat.BJD);
  }

  /** @return a copy with another separator */
  public RvTableFormat withSeparator(FieldSeparator s) {
    return new RvTableFormat(s, header, columns, unit, timeFormat);
  }

  /** @return a copy with another header policy */
  public RvTableFormat withHeader(HeaderPolicy h) {
    return new RvTableFormat(separator, h, columns, unit, timeFormat);
  }

  /** @return a copy with another velocity unit */
  public RvTableFormat withUnit(VelocityUnit u) {
    return new RvTableFormat(separator, header, columns, u, timeFormat);
  }

  /** @return a copy with another time format */
  public RvTableFormat withTimeFormat(TimeFormat t) {
    return new RvTableFormat(separator, header, columns, unit, t);
  }
}
