package org.inversesuite.cli.table;

/**
 * How large a benchmark-table run is.
 *
 * @param observations test observations per task, ≥ 1, simulated from the prior
 * @param samples posterior samples per observation and method (also kept from ABC), ≥ 2
 * @param budget training budget of every method
 * @param abcMaxProposals proposal budget of the ground truth per task, ≥ 1
 * @param pictures observations per task drawn as pictures, ≥ 0
 * @param seed root seed of observations, ground truth and sampling
 */
public record TableSettings(int observations, int samples, TrainingBudget budget, long abcMaxProposals, int pictures,
    long seed) {
  /** Validates the fields. */
  public TableSettings {
    if (observations < 1 || samples < 2 || abcMaxProposals < 1 || pictures < 0) {
      throw new IllegalArgumentException("need observations >= 1, samples >= 2, abcMaxProposals >= 1, pictures >= 0; got "
          + observations + ", " + samples + ", " + abcMaxProposals + ", " + pictures);
    }
  }
}
