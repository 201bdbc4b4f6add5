package org.inversesuite.spark.simulate;

/**
 * The rows of one random block: parameters, observations and per-row status.
 *
 * @param block the block index
 * @param firstRow the global index of its first row
 * @param x parameters, [rows][dx]
 * @param y observations, [rows][dy]; NaN where the simulation failed
 * @param status {@link BlockSimulator#CONVERGED} or the reason the row failed
 */
public record SimulatedBlock(long block, long firstRow, double[][] x, double[][] y, String[] status) {
  /** @return number of rows */
  public int size() {
    return x.length;
  }
}
