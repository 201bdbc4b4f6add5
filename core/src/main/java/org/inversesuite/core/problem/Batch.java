package org.inversesuite.core.problem;

import org.inversesuite.core.tensor.Matrix;

/**
 * Paired samples: parameters x and observations y, row i of each belonging together.
 *
 * @param x parameters, shape [n, dx]
 * @param y observations (the condition), shape [n, dy]
 */
public record Batch(Matrix x, Matrix y) {
  /** Checks that both have the same number of rows. */
  public Batch {
    if (x.rows() != y.rows()) {
      throw new org.inversesuite.core.tensor.ShapeMismatchException(
          "x has " + x.rows() + " rows but y has " + y.rows(), new int[] {x.rows()}, new int[] {y.rows()});
    }
  }

  /** @return number of rows */
  public int size() {
    return x.rows();
  }
}
