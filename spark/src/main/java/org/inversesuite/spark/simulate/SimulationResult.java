package org.inversesuite.spark.simulate;

import java.util.Map;

/**
 * What one {@code simulate} run did.
 *
 * @param out the database folder
 * @param rows rows of the database
 * @param chunks chunks of the database
 * @param computed chunks computed by this run
 * @param skipped chunks found complete and skipped (resumption)
 * @param remaining chunks still missing (a run limited by {@code maxChunks})
 * @param statusCounts rows per status kind among the rows this run computed (a failure reason counts
 *     under its text up to the first digit)
 * @param seconds wall time of the run
 */
public record SimulationResult(String out, long rows, long chunks, long computed, long skipped, long remaining,
    Map<String, Long> statusCounts, double seconds) {
  /** @return whether every chunk is written */
  public boolean complete() {
    return remaining == 0;
  }
}
