package org.inversesuite.core.problem;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.inversesuite.core.random.Rng;

/**
 * Independent normal parameters truncated to [aⱼ, bⱼ] (either bound may be infinite): with
 * αⱼ = (aⱼ − μⱼ)/σⱼ, βⱼ = (bⱼ − μⱼ)/σⱼ and Zⱼ = Φ(βⱼ) − Φ(αⱼ),
 * \[ \log p(x) = \sum_j \left( -\tfrac12 \left(\tfrac{x_j - \mu_j}{\sigma_j}\right)^2 - \log\sigma_j - \tfrac12\log 2\pi - \log Z_j \right)
 *    \quad \text{if } a_j \le x_j \le b_j \ \forall j, \qquad -\infty \text{ otherwise}. \]
 * Zⱼ is computed from the tail on the side away from the mean (Φ(β) − Φ(α) below the mean,
 * Q(α) − Q(β) above it, with Φ and Q = 1 − Φ from the complementary error function), so narrow
 * intervals far in a tail keep their precision. Samples use the inverse CDF, again on the tail
 * side away from the mean, and are clamped into [aⱼ, bⱼ]: every sample lies in the support,
 * although beyond about 8σ from the mean the inverse CDF loses relative precision. Immutable
 * and thread-safe.
 */
public final class TruncatedNormalPrior extends IndependentPrior {
  private static final double SQRT2 = Math.sqrt(2.0);
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private final double[] mean;
  private final double[] std;
  private final double[] lower;
  private final double[] upper;
  private final double[] logNormaliser;

  /**
   * @param mean μⱼ, finite
   * @param std σⱼ &gt; 0, finite
   * @param lower aⱼ (may be −∞)
   * @param upper bⱼ &gt; aⱼ (may be +∞)
   * @param names one distinct name per parameter
   * @throws IllegalArgumentException on bad lengths or values, or if some Zⱼ underflows to 0
   */
  public TruncatedNormalPrior(double[] mean, double[] std, double[] lower, double[] upper, List<String> names) {
    super(names);
    int d = mean.length;
    PriorChecks.length("mean", mean, names.size());
    PriorChecks.length("std", std, d);
    PriorChecks.length("lower bounds", lower, d);
    PriorChecks.bounds(lower, upper, true);
    double[] norm = new double[d];
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(mean[j]) || !(std[j] > 0) || !Double.isFinite(std[j])) {
        throw new IllegalArgumentException("parameter " + j + " needs a finite mean and a finite std > 0, got mean "
            + mean[j] + ", std " + std[j]);
      }
      double z = mass((lower[j] - mean[j]) / std[j], (upper[j] - mean[j]) / std[j]);
      if (!(z > 0)) {
        throw new IllegalArgumentException("truncation [" + lower[j] + ", " + upper[j] + "] of parameter " + j
            + " holds no representable probability mass of N(" + mean[j] + ", " + std[j] + "²)");
      }
      norm[j] = -(Math.log(std[j]) + HALF_LOG_2PI + Math.log(z));
    }
    this.mean = mean.clone();
    this.std = std.clone();
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.logNormaliser = norm;
  }

  /** @return Φ(t) = ½ erfc(−t/√2) */
  static double phi(double t) {
    return 0.5 * Erf.erfc(-t / SQRT2);
  }

  /** @return Φ⁻¹(p) = −√2 erfc⁻¹(2p) */
  static double inversePhi(double p) {
    return -SQRT2 * Erf.erfcInv(2 * p);
  }

  /** @return Z = Φ(β) − Φ(α), from the tail away from the mean */
  static double mass(double alpha, double beta) {
    return alpha > 0 ? phi(-alpha) - phi(-beta) : phi(beta) - phi(alpha);
  }

  /** @return μⱼ (a copy) */
  public double[] mean() {
    return mean.clone();
  }

  /** @return σⱼ (a copy) */
  public double[] std() {
    return std.clone();
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
    double alpha = (lower[j] - mean[j]) / std[j];
    double beta = (upper[j] - mean[j]) / std[j];
    double u = rng.uniform();
    double t;
    if (alpha > 0) { // reflect the upper tail into the lower one, where small p are precise
      double p = phi(-beta) + u * (phi(-alpha) - phi(-beta));
      t = -inversePhi(p);
    } else {
      double p = phi(alpha) + u * (phi(beta) - phi(alpha));
      t = inversePhi(p);
    }
    return Math.min(Math.max(mean[j] + std[j] * t, lower[j]), upper[j]);
  }

  @Override
  protected double componentLogDensity(int j, double v) {
    if (!(v >= lower[j] && v <= upper[j])) {
      return Double.NEGATIVE_INFINITY;
    }
    double z = (v - mean[j]) / std[j];
    return logNormaliser[j] - 0.5 * z * z;
  }

  @Override
  public BoundedTransform support() {
    return new BoundedTransform(lower, upper);
  }
}
