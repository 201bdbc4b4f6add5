package org.inversesuite.cli.astro;

import org.inversesuite.astro.io.RvColumns;
import org.inversesuite.astro.io.RvTableFormat;
import org.inversesuite.astro.io.TimeFormat;
import org.inversesuite.astro.io.VelocityUnit;
import picocli.CommandLine.Option;

/** The column and unit options of the commands that read an RV table (a picocli mixin). */
final class RvColumnOptions {
  @Option(names = "--time", defaultValue = "time", description = "time column (default ${DEFAULT-VALUE})")
  String time;

  @Option(names = "--rv", defaultValue = "rv", description = "velocity column (default ${DEFAULT-VALUE})")
  String rv;

  @Option(names = "--error", defaultValue = "error", description = "error-bar column (default ${DEFAULT-VALUE})")
  String error;

  @Option(names = "--unit", defaultValue = "METRES_PER_SECOND", description = "velocity unit: ${COMPLETION-CANDIDATES}")
  VelocityUnit unit;

  /** @return a CSV format with a header, these columns and unit, times as given (days) */
  RvTableFormat format() {
    return RvTableFormat.csv(RvColumns.named(time, rv, error)).withUnit(unit).withTimeFormat(TimeFormat.RELATIVE_DAYS);
  }
}
