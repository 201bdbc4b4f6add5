package org.inversesuite.core.baseline;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A mixture of K Gaussians with diagonal covariance in D dimensions, parameterised by one raw
 * network output row of width K + 2KD (Bishop 1994, "Mixture density networks", NCRG/94/004):
 * logits a_k at [k], means μ_kd at [K + kD + d], log standard deviations r_kd at [K + KD + kD + d]
 * (clamped to [−{@value #LOG_STD_LIMIT}, {@value #LOG_STD_LIMIT}], zero gradient outside). With
 * π = softmax(a), σ = exp(r), z_kd = (x_d − μ_kd)/σ_kd:
 *
 * <pre>
 *   ℓ_k = log π_k − Σ_d (z_kd²/2 + r_kd + ½ log 2π),     log q(x) = logsumexp_k ℓ_k
 * </pre>
 *
 * and with the responsibilities γ_k = softmax(ℓ)_k the gradient of L = −log q(x) is
 *
 * <pre>
 *   ∂L/∂a_k = π_k − γ_k,   ∂L/∂μ_kd = −γ_k z_kd / σ_kd,   ∂L/∂r_kd = γ_k (1 − z_kd²).
 * </pre>
 *
 * Pure maths, no parameters; immutable and thread-safe.
 */
public final class GaussianMixture implements MixtureHead {
  /** Bound on |log σ|, keeps the likelihood finite on collapsing components. */
  public static final double LOG_STD_LIMIT = 7;
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private final int components;
  private final int dimension;

  /**
   * @param components K ≥ 1
   * @param dimension D ≥ 1
   */
  public GaussianMixture(int components, int dimension) {
    if (components < 1 || dimension < 1) {
      throw new IllegalArgumentException("a mixture needs K >= 1 components in D >= 1 dimensions, got K = "
          + components + ", D = " + dimension);
    }
    this.components = components;
    this.dimension = dimension;
  }

  /** @return K + 2KD, the width of a raw row */
  @Override
  public int width() {
    return components * (1 + 2 * dimension);
  }

  private double logStd(Matrix raw, int base, int k, int d) {
    double r = raw.get(base + components + components * dimension + k * dimension + d);
    return Math.max(-LOG_STD_LIMIT, Math.min(LOG_STD_LIMIT, r));
  }

  /** Fills ell[k] = ℓ_k and returns logsumexp(a). */
  private double componentLogs(Matrix raw, int row, Matrix x, int xRow, double[] ell) {
    int base = row * width();
    double logNorm = logSumExp(raw, base, components);
    for (int k = 0; k < components; k++) {
      double s = raw.get(base + k) - logNorm;
      for (int d = 0; d < dimension; d++) {
        double r = logStd(raw, base, k, d);
        double z = (x.get(xRow * dimension + d) - raw.get(base + components + k * dimension + d)) * Math.exp(-r);
        s -= 0.5 * z * z + r + HALF_LOG_2PI;
      }
      ell[k] = s;
    }
    return logNorm;
  }

  /**
   * @param raw raw rows, shape [n, width()]
   * @param x points, shape [n, D]
   * @return log q(x_i) under the mixture of row i, per row
   */
  @Override
  public double[] logDensity(Matrix raw, Matrix x) {
    check(raw, x);
    double[] ell = new double[components];
    double[] out = new double[raw.rows()];
    for (int i = 0; i < out.length; i++) {
      componentLogs(raw, i, x, i, ell);
      out[i] = logSumExp(ell);
    }
    return out;
  }

  /**
   * Mean negative log-likelihood over the rows and its gradient.
   *
   * @param raw raw rows, shape [n, width()]
   * @param x points, shape [n, D]
   * @param gradient receives ∂(mean L)/∂raw, shape [n, width()] (overwritten)
   * @return (1/n) Σ_i −log q(x_i)
   */
  @Override
  public double meanNegativeLogLikelihood(Matrix raw, Matrix x, Matrix gradient) {
    check(raw, x);
    gradient.requireShape(raw.rows(), width(), "mixture gradient");
    int n = raw.rows();
    double[] ell = new double[components];
    double total = 0;
    for (int i = 0; i < n; i++) {
      int base = i * width();
      double logNorm = componentLogs(raw, i, x, i, ell);
      double logQ = logSumExp(ell);
      total -= logQ;
      for (int k = 0; k < components; k++) {
        double gamma = Math.exp(ell[k] - logQ);
        double pi = Math.exp(raw.get(base + k) - logNorm);
        gradient.set(base + k, (pi - gamma) / n);
        for (int d = 0; d < dimension; d++) {
          int mu = base + components + k * dimension + d;
          int rIndex = mu + components * dimension;
          double rawR = raw.get(rIndex);
          double r = logStd(raw, base, k, d);
          double inv = Math.exp(-r);
          double z = (x.get(i * dimension + d) - raw.get(mu)) * inv;
          gradient.set(mu, -gamma * z * inv / n);
          boolean clamped = rawR < -LOG_STD_LIMIT || rawR > LOG_STD_LIMIT;
          gradient.set(rIndex, clamped ? 0 : gamma * (1 - z * z) / n);
        }
      }
    }
    return total / n;
  }

  /**
   * Draws from the mixture of one raw row: a component k ~ π, then μ_k + σ_k ε.
   *
   * @param out receives the draw, length D
   */
  @Override
  public void sample(Matrix raw, int row, Rng rng, double[] out) {
    int base = row * width();
    double logNorm = logSumExp(raw, base, components);
    double u = rng.uniform();
    int k = 0;
    double cumulative = Math.exp(raw.get(base) - logNorm);
    while (u > cumulative && k < components - 1) {
      k++;
      cumulative += Math.exp(raw.get(base + k) - logNorm);
    }
    for (int d = 0; d < dimension; d++) {
      out[d] = raw.get(base + components + k * dimension + d) + Math.exp(logStd(raw, base, k, d)) * rng.gaussian();
    }
  }

  private void check(Matrix raw, Matrix x) {
    raw.requireShape(raw.rows(), width(), "mixture parameters");
    x.requireShape(raw.rows(), dimension, "mixture points");
  }

  /** @return log Σ_k exp(m[from + k]) over {@code count} entries */
  static double logSumExp(Matrix m, int from, int count) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      max = Math.max(max, m.get(from + k));
    }
    double s = 0;
    for (int k = 0; k < count; k++) {
      s += Math.exp(m.get(from + k) - max);
    }
    return max + Math.log(s);
  }

  /** @return log Σ exp(v_k), −∞ if every entry is −∞ */
  static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double e : v) {
      max = Math.max(max, e);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double e : v) {
      s += Math.exp(e - max);
    }
    return max + Math.log(s);
  }
}
