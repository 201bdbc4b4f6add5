package org.inversesuite.astro.rv;

import org.inversesuite.core.baseline.LogDensity;
import org.inversesuite.core.tensor.DoubleMatrix;

/**
 * The unnormalised RV posterior of one system, the target of the reference ensemble MCMC:
 * \[ \log p(x \mid y) = \log p(x) + \log L(y \mid x) + \text{const}, \quad
 *    \log L = -\tfrac12 \textstyle\sum_i \bigl[ (y_i - v(t_i; x))^2 / (\sigma_i^2 + s^2)
 *             + \ln 2\pi(\sigma_i^2 + s^2) \bigr], \]
 * the same prior ({@link RvPrior}) and the same Gaussian likelihood with known σ_i and the
 * jitter s a free parameter added in quadrature ({@link RvObservationModel}) as the simulator
 * that trains the cINN. −∞ outside the prior's support. Thread-safe.
 */
public final class RvPosteriorDensity implements LogDensity {
  private final RvPrior prior;
  private final RvObservationModel noise;
  private final RvObservationSet data;

  /** @param data the measurements of the system */
  public RvPosteriorDensity(RvPrior prior, RvObservationModel noise, RvObservationSet data) {
    this.prior = prior;
    this.noise = noise;
    this.data = data;
  }

  /** @return t_ref of the curve's M₀, in the observations' time system */
  public double referenceEpoch() {
    return noise.model().referenceEpoch();
  }

  @Override
  public double logDensity(double[] x) {
    double lp = prior.logDensity(new DoubleMatrix(1, RvParameters.DIMENSION, x.clone()))[0];
    if (lp == Double.NEGATIVE_INFINITY) {
      return lp;
    }
    return lp + noise.logLikelihood(new RvParameters(x[0], x[1], x[2], x[3], x[4], x[5], x[6]), data);
  }
}
