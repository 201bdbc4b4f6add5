package org.inversesuite.cli.diagnosis;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the compact verdict of a diagnosis: one row per parameter, then the joint checks. */
public final class VerdictTable {
  private VerdictTable() {}

  /** Prints the table and the verdict line. */
  public static void print(PrintStream out, DiagnosticsSummary s) {
    out.printf(Locale.ROOT, "%d test cases, %d posterior samples each (seed %d)%n%n", s.cases(), s.samplesPerCase(),
        s.seed());
    out.printf(Locale.ROOT, "%-10s %-8s %8s %10s %11s %8s %8s %8s %9s%n", "parameter", "SBC band", "χ² p",
        "cal. error", "contraction", "z mean", "z rms", "R²", "RMSE");
    for (ParameterVerdict v : s.parameters()) {
      out.printf(Locale.ROOT, "%-10s %-8s %8.3f %10.3f %11.3f %8.3f %8.3f %8.3f %9.4f%n", v.name(),
          v.sbcInsideBand() ? "inside" : "OUTSIDE", v.sbcChiSquarePValue(), v.calibrationError(), v.contraction(),
          v.zScoreMean(), v.zScoreRms(), v.recoveryR2(), v.recoveryRmse());
    }
    out.printf(Locale.ROOT, "%nTARP (joint)  area %.3f, signed area %+.3f, max deviation %.3f%n", s.tarpArea(),
        s.tarpSignedArea(), s.tarpMaxDeviation());
    for (C2stCheck c : s.c2st()) {
      out.printf(Locale.ROOT, "C2ST vs ABC   observation %d: accuracy %.3f (ABC half vs half %.3f, %d samples)%n",
          c.observation(), c.accuracy(), c.floorAccuracy(), c.abcSamples());
    }
    if (s.c2st().isEmpty()) {
      out.println("C2ST vs ABC   " + s.c2stNote());
    }
    out.println();
    out.println("verdict: " + s.verdict());
  }
}
