package org.inversesuite.core.problem;

import org.inversesuite.core.tensor.Matrix;

/** The deterministic forward process y* = f(x) that the scientist trusts. */
public interface ForwardModel {
  /** @return dimension of x */
  int inputDimension();

  /** @return dimension of y */
  int outputDimension();

  /**
   * @param x parameters, shape [n, inputDimension()]
   * @return f(x), shape [n, outputDimension()], float64
   */
  Matrix apply(Matrix x);
}
