package org.inversesuite.cli.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.diagnostics.GroundTruthComparison;
import org.inversesuite.core.diagnostics.ObservationQuality;

/** Prints the per-observation ground-truth comparison (MMD², re-simulation error) as a table. */
final class QualityTable {
  private QualityTable() {}

  /** Prints one row per observation and the means; nothing when {@code quality} is empty. */
  static void print(PrintStream out, List<ObservationQuality> quality) {
    if (quality.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "%-4s %-22s %12s %12s %14s%n", "obs", "y*", "MMD²", "resim err", "GT half MMD²");
    for (ObservationQuality q : quality) {
      out.printf(Locale.ROOT, "%-4d %-22s %12.5f %12.6f %14.6f%n", q.index(),
          String.format(Locale.ROOT, "(%.3f, %.3f)", q.yStar()[0], q.yStar().length > 1 ? q.yStar()[1] : Double.NaN),
          q.mmd2(), q.resimulation(), q.groundTruthHalfMmd2());
    }
    out.printf(Locale.ROOT, "%-27s %12.5f %12.6f %14.6f%n", "mean",
        GroundTruthComparison.mean(quality, ObservationQuality::mmd2),
        GroundTruthComparison.mean(quality, ObservationQuality::resimulation),
        GroundTruthComparison.mean(quality, ObservationQuality::groundTruthHalfMmd2));
  }
}
