package org.inversesuite.core.baseline;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * The output layer of a mixture density network: a mixture density whose parameters are one raw
 * network output row. Implementations: {@link GaussianMixture} (diagonal covariances) and
 * {@link FullCovarianceMixture}. Pure maths, no parameters.
 */
public interface MixtureHead {
  /** @return the width of a raw row */
  int width();

  /**
   * @param raw raw rows, shape [n, width()]
   * @param x points, shape [n, D]
   * @return log q(x_i) under the mixture of row i, per row
   */
  double[] logDensity(Matrix raw, Matrix x);

  /**
   * @param raw raw rows, shape [n, width()]
   * @param x points, shape [n, D]
   * @param gradient receives ∂(mean L)/∂raw, shape [n, width()] (overwritten)
   * @return (1/n) Σ_i −log q(x_i)
   */
  double meanNegativeLogLikelihood(Matrix raw, Matrix x, Matrix gradient);

  /**
   * Draws from the mixture of one raw row.
   *
   * @param out receives the draw, length D
   */
  void sample(Matrix raw, int row, Rng rng, double[] out);
}
