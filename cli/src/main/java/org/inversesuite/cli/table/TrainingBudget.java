package org.inversesuite.cli.table;

/**
 * What every method of the benchmark table may spend on training: the same number of optimiser
 * steps of the same batch size, so rows compare architectures rather than recipes.
 *
 * @param steps optimiser steps, ≥ 1
 * @param batchSize samples per step, ≥ 2
 * @param seed root of the method's random streams
 * @param threads threads a method may use
 */
public record TrainingBudget(int steps, int batchSize, long seed, int threads) {
  /** Validates the fields. */
  public TrainingBudget {
    if (steps < 1 || batchSize < 2 || threads < 1) {
      throw new IllegalArgumentException("budget needs steps >= 1, batchSize >= 2, threads >= 1, got " + steps + ", "
          + batchSize + ", " + threads);
    }
  }
}
