package org.inversesuite.core.infer;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A trained amortized approximation q(x | y) of a posterior: what every method of the suite
 * (cINN, autoregressive flows, INN, MDN, cVAE, …) offers once trained, so benchmarks, diagnostics
 * and commands treat them alike. Methods without a tractable density (cVAE, autoencoders,
 * iterative inversion) answer {@link #hasDensity()} with false.
 */
public interface PosteriorEstimator {
  /** @return the number of parameters x */
  int dimension();

  /** @return the number of observed values y */
  int conditionDimension();

  /**
   * Draws n samples of q(x | y) for one observation.
   *
   * @param observation y, length conditionDimension()
   * @return samples, shape [n, dimension()], float64
   */
  Matrix sample(double[] observation, int n, Rng rng);

  /**
   * Draws one sample of q(x | y_i) for each row of y.
   *
   * @param y observations, shape [n, conditionDimension()]
   * @return samples, shape [n, dimension()], float64
   */
  Matrix sampleEach(Matrix y, Rng rng);

  /** @return true if {@link #logDensity} is available */
  default boolean hasDensity() {
    return true;
  }

  /**
   * @param x parameters, shape [n, dimension()]
   * @param y observations, shape [n, conditionDimension()]
   * @return log q(x | y) per row, in nats
   * @throws UnsupportedOperationException if {@link #hasDensity()} is false
   */
  double[] logDensity(Matrix x, Matrix y);
}
