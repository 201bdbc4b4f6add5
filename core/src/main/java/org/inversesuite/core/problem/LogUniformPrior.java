package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Independent log-uniform (reciprocal) parameters on [aⱼ, bⱼ] with 0 &lt; aⱼ &lt; bⱼ, i.e.
 * log xⱼ ~ U[log aⱼ, log bⱼ], the usual prior for scale parameters. The exact density is
 * \[ \log p(x) = -\sum_j \left( \log x_j + \log\log(b_j / a_j) \right) \quad \text{if } a_j \le x_j \le b_j \ \forall j, \qquad -\infty \text{ otherwise}, \]
 * with mean E[xⱼ] = (bⱼ − aⱼ)/log(bⱼ/aⱼ). Samples xⱼ = exp(log aⱼ + uⱼ log(bⱼ/aⱼ)), uⱼ uniform on
 * [0, 1), clamped into [aⱼ, bⱼ] against rounding of exp. Immutable and thread-safe.
 */
public final class LogUniformPrior implements Prior {
  private final double[] lower;
  private final double[] upper;
  private final List<String> names;
  private final double[] logLower;
  private final double[] logRatio;
  private final double logNormaliser;

  /**
   * @param lower aⱼ &gt; 0, finite
   * @param upper bⱼ &gt; aⱼ, finite
   * @param names one distinct name per parameter
   */
  public LogUniformPrior(double[] lower, double[] upper, List<String> names) {
    this.names = PriorChecks.names(names, lower.length);
    PriorChecks.bounds(lower, upper, false);
    int d = lower.length;
    this.logLower = new double[d];
    this.logRatio = new double[d];
    double norm = 0;
    for (int j = 0; j < d; j++) {
      if (!(lower[j] > 0)) {
        throw new IllegalArgumentException("log-uniform lower bound " + j + " must be > 0, got " + lower[j]);
      }
      logLower[j] = Math.log(lower[j]);
      logRatio[j] = Math.log(upper[j]) - logLower[j];
      norm -= Math.log(logRatio[j]);
    }
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.logNormaliser = norm;
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

  /** @return n draws, shape [n, dimension()], float64, each in [aⱼ, bⱼ] */
  @Override
  public Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    int d = lower.length;
    DoubleMatrix x = new DoubleMatrix(n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double v = Math.exp(logLower[j] + logRatio[j] * rng.uniform());
        x.set(r, j, Math.min(Math.max(v, lower[j]), upper[j]));
      }
    }
    return x;
  }

  /** @return log p(x) per row: −Σ (log xⱼ + log log(bⱼ/aⱼ)) inside the box, −∞ outside */
  @Override
  public double[] logDensity(Matrix x) {
    PriorChecks.shape(x, lower.length);
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      if (!PriorChecks.inside(x, r, lower, upper)) {
        out[r] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double lp = logNormaliser;
      for (int j = 0; j < lower.length; j++) {
        lp -= Math.log(x.get(r, j));
      }
      out[r] = lp;
    }
    return out;
  }
}
