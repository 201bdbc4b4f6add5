package org.inversesuite.core.baseline;

/**
 * An unnormalised log density log p(x) = log prior(x) + log likelihood(x), the target of
 * {@link EnsembleSampler}. Returns −∞ outside the support (never NaN for a point in it).
 *
 * <p>Must be safe to call from several threads at once: the sampler evaluates the proposals of a
 * half-ensemble in parallel.
 */
@FunctionalInterface
public interface LogDensity {
  /**
   * @param x a point, length = the sampler's dimension; not modified
   * @return log p(x) up to a constant, or {@link Double#NEGATIVE_INFINITY} outside the support
   */
  double logDensity(double[] x);
}
