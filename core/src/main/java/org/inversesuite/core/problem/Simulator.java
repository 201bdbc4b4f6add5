package org.inversesuite.core.problem;

import org.inversesuite.core.random.Rng;

/** Anything that draws fresh (x, y) pairs: the online data source of training. */
public interface Simulator {
  /** @return dimension of x */
  int xDimension();

  /** @return dimension of y */
  int yDimension();

  /** @return n fresh pairs, x ~ p(x), y ~ p(y | f(x)), float64 */
  Batch simulate(int n, Rng rng);
}
