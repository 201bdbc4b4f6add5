package org.inversesuite.cli.molecules;

import java.util.List;
import java.util.Locale;
import org.inversesuite.molecules.evaluation.GenerationMetrics;

/** The evaluation as a Markdown table and as CSV. */
final class EvaluationTable {
  private EvaluationTable() {}

  static String markdown(List<List<GenerationMetrics>> results, double[] range) {
    StringBuilder b = new StringBuilder();
    b.append("| target logP | in range | method | validity | uniqueness | novelty | diversity | within ±0.5 | MAE | mean logP | time (s) |\n");
    b.append("|---:|:---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (List<GenerationMetrics> row : results) {
      for (GenerationMetrics m : row) {
        boolean inside = m.target() >= range[0] && m.target() <= range[1];
        b.append(String.format(Locale.ROOT, "| %.1f | %s | %s | %s | %s | %s | %.3f | %s | %.2f | %.2f | %.1f |%n", m.target(),
            inside ? "yes" : "no", m.method(), pct(m.validity()), pct(m.uniqueness()), pct(m.novelty()), m.diversity(),
            pct(m.withinHalf()), m.mae(), java.util.Arrays.stream(m.logP()).average().orElse(Double.NaN), m.seconds()));
      }
    }
    return b.toString();
  }

  static String csv(List<List<GenerationMetrics>> results) {
    StringBuilder b = new StringBuilder("target,method,samples,validity,uniqueness,novelty,diversity,diversity_molecules,within_0.5,mae,seconds\n");
    for (List<GenerationMetrics> row : results) {
      for (GenerationMetrics m : row) {
        b.append(String.format(Locale.ROOT, "%.4f,\"%s\",%d,%.6f,%.6f,%.6f,%.6f,%d,%.6f,%.6f,%.3f%n", m.target(), m.method(),
            m.samples(), m.validity(), m.uniqueness(), m.novelty(), m.diversity(), m.diversityMolecules(), m.withinHalf(), m.mae(),
            m.seconds()));
      }
    }
    return b.toString();
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
