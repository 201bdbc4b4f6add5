package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;

/**
 * Independent uniform parameters, xⱼ ~ U[aⱼ, bⱼ], with the exact density
 * \[ \log p(x) = -\sum_j \log(b_j - a_j) \quad \text{if } a_j \le x_j \le b_j \ \forall j, \qquad -\infty \text{ otherwise} \]
 * (NaN counts as outside). Samples xⱼ = aⱼ + (bⱼ − aⱼ)uⱼ with uⱼ uniform on [0, 1), row by row
 * and in column order, so they lie in [aⱼ, bⱼ). Map it to ℝᵈ with {@link BoundedTransform}.
 * Immutable and thread-safe.
 */
public final class UniformPrior extends IndependentPrior {
  private final double[] lower;
  private final double[] upper;
  private final double[] logWidth;

  /**
   * @param lower aⱼ, finite
   * @param upper bⱼ &gt; aⱼ, finite
   * @param names one distinct name per parameter
   */
  public UniformPrior(double[] lower, double[] upper, List<String> names) {
    super(names);
    PriorChecks.length("lower bounds", lower, names.size());
    PriorChecks.bounds(lower, upper, false);
    this.logWidth = new double[lower.length];
    for (int j = 0; j < lower.length; j++) {
      logWidth[j] = Math.log(upper[j] - lower[j]);
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
    return Math.min(lower[j] + (upper[j] - lower[j]) * rng.uniform(), Math.nextDown(upper[j]));
  }

  @Override
  protected double componentLogDensity(int j, double v) {
    return v >= lower[j] && v <= upper[j] ? -logWidth[j] : Double.NEGATIVE_INFINITY;
  }

  @Override
  public BoundedTransform support() {
    return new BoundedTransform(lower, upper);
  }
}
