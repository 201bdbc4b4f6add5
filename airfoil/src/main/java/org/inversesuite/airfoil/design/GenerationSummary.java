package org.inversesuite.airfoil.design;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a data set generation did: designs per status (over the whole data set, including chunks
 * written by an earlier, interrupted run), chunks computed now and chunks found already written.
 *
 * @param counts designs (or polar points) per status
 * @param unit what {@code counts} counts: "designs", or "polar points" for a data set of polars
 * @param chunksComputed chunks simulated by this run
 * @param chunksReused chunks found complete from an earlier run and not recomputed
 * @param seconds wall time of this run
 */
public record GenerationSummary(Map<CaseStatus, Integer> counts, String unit, int chunksComputed, int chunksReused, double seconds) {
  /** Copies the counts. */
  public GenerationSummary {
    counts = new EnumMap<>(counts);
  }

  /** @return all designs (or polar points) */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** @return one line: usable rows and every reason a row was dropped */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(counts.getOrDefault(CaseStatus.CONVERGED, 0)).append(" of ").append(total()).append(' ').append(unit).append(" usable");
    for (CaseStatus s : CaseStatus.values()) {
      if (s != CaseStatus.CONVERGED && counts.getOrDefault(s, 0) > 0) {
        b.append("; dropped ").append(counts.get(s)).append(' ').append(s.name().toLowerCase().replace('_', ' '));
      }
    }
    return b.toString();
  }
}
