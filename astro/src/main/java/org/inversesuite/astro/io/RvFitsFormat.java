package org.inversesuite.astro.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to read radial velocities from a FITS binary table with {@link RvFitsReader}.
 *
 * @param time name (TTYPEn) of the time column, days
 * @param velocity name of the velocity column
 * @param error name of the error-bar column
 * @param instrument name of a string column with instrument labels, if any
 * @param unit the velocity unit when the columns carry no TUNITn card; when they do, the card
 *     must name this same unit (a disagreement is an error, not a silent choice)
 * @param timeFormat what the time column holds
 * @param hdu index of the binary-table HDU (0 is the primary), or empty for the first binary
 *     table in the file
 */
public record RvFitsFormat(String time, String velocity, String error, Optional<String> instrument, VelocityUnit unit,
    TimeFormat timeFormat, OptionalInt hdu) {

  /** Checks names and the HDU index. */
  public RvFitsFormat {
    for (String name : new String[] {time, velocity, error}) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("column names must not be blank, got time=" + time + ", velocity="
            + velocity + ", error=" + error);
      }
    }
    Objects.requireNonNull(instrument, "instrument (use Optional.empty())");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(timeFormat, "timeFormat");
    Objects.requireNonNull(hdu, "hdu (use OptionalInt.empty())");
    if (hdu.isPresent() && hdu.getAsInt() < 1) {
      throw new IllegalArgumentException("a binary table is an extension, HDU index >= 1, got " + hdu.getAsInt());
    }
  }

  /** @return columns by name in the first binary table, m/s unless the file says otherwise, BJD times */
  public static RvFitsFormat of(String time, String velocity, String error) {
    return new RvFitsFormat(time, velocity, error, Optional.empty(), VelocityUnit.METRES_PER_SECOND, TimeFormat.BJD,
        OptionalInt.empty());
  }

  /** @return a copy that also reads instrument labels from the named string column */
  public RvFitsFormat withInstrument(String column) {
    return new RvFitsFormat(time, velocity, error, Optional.of(column), unit, timeFormat, hdu);
  }

  /** @return a copy with another velocity unit */
  public RvFitsFormat withUnit(VelocityUnit u) {
    return new RvFitsFormat(time, velocity, error, instrument, u, timeFormat, hdu);
  }

  /** @return a copy with another time format */
  public RvFitsFormat withTimeFormat(TimeFormat t) {
    return new RvFitsFormat(time, velocity, error, instrument, unit, t, hdu);
  }

  /** @return a copy reading the binary table in HDU {@code index} */
  public RvFitsFormat withHdu(int index) {
    return new RvFitsFormat(time, velocity, error, instrument, unit, timeFormat, OptionalInt.of(index));
  }
}
