package org.inversesuite.core.inn;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/** A source of training pairs (x, y) for the INN, drawn fresh for every step. */
@FunctionalInterface
public interface PairSampler {
  /**
   * A batch of training pairs.
   *
   * @param x parameters, shape [n, xDimension]
   * @param y observations, shape [n, yDimension]
   */
  record Pairs(Matrix x, Matrix y) {}

  /** @return n pairs, float64 */
  Pairs sample(int n, Rng rng);
}
