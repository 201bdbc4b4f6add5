package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.io.RvTable;
import org.inversesuite.astro.io.RvTableFormat;
import org.inversesuite.astro.io.RvTableReader;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.data.io.DataFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse astro rv check DATA.csv}: reads an RV table the way a fit would and reports
 * every bad row by line (NaN, error bars ≤ 0, duplicate or decreasing times, missing fields),
 * then summarises the data and warns where it lies outside the default training schedule
 * (10 to 200 epochs over 2000 days, error bars 1 to 10 m/s).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read and validate an RV table (CSV with a header); report bad rows by line and out-of-range data.",
    footer = {"", "Examples:", "  inverse astro rv check rv.csv", "  inverse astro rv check hd.csv --time bjd --rv vrad --error svrad --unit KILOMETRES_PER_SECOND"})
public final class RvCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA", description = "the RV table")
  Path data;

  @Mixin
  RvColumnOptions columns;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  /** Reads the table; a content problem becomes an IllegalArgumentException (exit code 2). */
  static RvTable read(Path data, RvTableFormat format) {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("data file not found: " + data);
    }
    try {
      return RvTableReader.read(data, format);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public Integer call() {
    RvObservationSet o = read(data, columns.format()).observations();
    double[] sigma = o.errors();
    Arrays.sort(sigma);
    double span = o.time(o.size() - 1) - o.time(0);
    System.out.printf(Locale.ROOT, "%s: %d epochs over %.1f d, error bars %.3g .. %.3g m/s (median %.3g)%n", data,
        o.size(), span, sigma[0], sigma[sigma.length - 1], sigma[sigma.length / 2]);
    for (String w : RvDataWarnings.of(o, IrregularRvConfig.defaults())) {
      System.out.println("warning: " + w);
    }
    return 0;
  }
}
