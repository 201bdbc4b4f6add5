package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Independent uniform parameters, xⱼ ~ U[aⱼ, bⱼ], with the exact density
 * \[ \log p(x) = -\sum_j \log(b_j - a_j) \quad \text{if } a_j \le x_j \le b_j \ \forall j, \qquad -\infty \text{ otherwise} \]
 * (NaN counts as outside). Samples xⱼ = aⱼ + (bⱼ − aⱼ)uⱼ with uⱼ uniform on [0, 1), row by row
 * and in column order, so they lie in [aⱼ, bⱼ). Map it to ℝᵈ with {@link BoundedTransform}.
 * Immutable and thread-safe.
 */
public final class UniformPrior implements Prior {
  private final double[] lower;
  private final double[] upper;
  private final List<String> names;
  private final double logDensity;

  /**
   * @param lower aⱼ, finite
   * @param upper bⱼ &gt; aⱼ, finite
   * @param names one distinct name per parameter
   */
  public UniformPrior(double[] lower, double[] upper, List<String> names) {
    this.names = PriorChecks.names(names, lower.length);
    PriorChecks.bounds(lower, upper, false);
    double lp = 0;
    for (int j = 0; j < lower.length; j++) {
      lp -= Math.log(upper[j] - lower[j]);
    }
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.logDensity = lp;
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
  public int dimension() {
    return lower.length;
  }

  @Override
  public List<String> names() {
    return names;
  }

  /** @return n draws, shape [n, dimension()], float64, each in [aⱼ, bⱼ) */
  @Override
  public Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    int d = lower.length;
    DoubleMatrix x = new DoubleMatrix(n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        x.set(r, j, Math.min(lower[j] + (upper[j] - lower[j]) * rng.uniform(), Math.nextDown(upper[j])));
      }
    }
    return x;
  }

  /** @return log p(x) per row: −Σ log(bⱼ − aⱼ) inside the box, −∞ outside */
  @Override
  public double[] logDensity(Matrix x) {
    PriorChecks.shape(x, lower.length);
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      out[r] = PriorChecks.inside(x, r, lower, upper) ? logDensity : Double.NEGATIVE_INFINITY;
    }
    return out;
  }
}
