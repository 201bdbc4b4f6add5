package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;

/**
 * Independent log-uniform (reciprocal) parameters on [aⱼ, bⱼ] with 0 &lt; aⱼ &lt; bⱼ, i.e.
 * log xⱼ ~ U[log aⱼ, log bⱼ], the usual prior for scale parameters. The exact density is
 * \[ \log p(x) = -\sum_j \left( \log x_j + \log\log(b_j / a_j) \right) \quad \text{if } a_j \le x_j \le b_j \ \forall j, \qquad -\infty \text{ otherwise}, \]
 * with mean E[xⱼ] = (bⱼ − aⱼ)/log(bⱼ/aⱼ). Samples xⱼ = exp(log aⱼ + uⱼ log(bⱼ/aⱼ)), uⱼ uniform on
 * [0, 1), clamped into [aⱼ, bⱼ] against rounding of exp. Immutable and thread-safe.
 */
public final class LogUniformPrior extends IndependentPrior {
  private final double[] lower;
  private final double[] upper;
  private final double[] logLower;
  private final double[] logRatio;
  private final double[] logLogRatio;

  /**
   * @param lower aⱼ &gt; 0, finite
   * @param upper bⱼ &gt; aⱼ, finite
   * @param names one distinct name per parameter
   */
  public LogUniformPrior(double[] lower, double[] upper, List<String> names) {
    super(names);
    PriorChecks.length("lower bounds", lower, names.size());
    PriorChecks.bounds(lower, upper, false);
    int d = lower.length;
    this.logLower = new double[d];
    this.logRatio = new double[d];
    this.logLogRatio = new double[d];
    for (int j = 0; j < d; j++) {
      if (!(lower[j] > 0)) {
        throw new IllegalArgumentException("log-uniform lower bound " + j + " must be > 0, got " + lower[j]);
      }
      logLower[j] = Math.log(lower[j]);
      logRatio[j] = Math.log(upper[j]) - logLower[j];
      logLogRatio[j] = Math.log(logRatio[j]);
    }
    this.lower = lower.clone();
    this.upper = upper.clone();
  }

  /** @return aⱼ (a copy) */
  public double[] lower() {
    return lower.clone();
  }

  /** @return bⱼ (a copy) */
  public double[] upper() {
    return upper.clone();
  }

  @Override
  protected double drawComponent(int j, Rng rng) {
    double v = Math.exp(logLower[j] + logRatio[j] * rng.uniform());
    return Math.min(Math.max(v, lower[j]), upper[j]);
  }

  @Override
  protected double componentLogDensity(int j, double v) {
    return v >= lower[j] && v <= upper[j] ? -Math.log(v) - logLogRatio[j] : Double.NEGATIVE_INFINITY;
  }

  @Override
  public BoundedTransform support() {
    return new BoundedTransform(lower, upper);
  }
}
