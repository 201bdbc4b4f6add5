package org.inversesuite.core.baseline;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A mixture of K Gaussians with full covariances in D dimensions, each parameterised by the
 * Cholesky factor of its precision, Σ_k⁻¹ = U_kᵀ U_k with U_k upper triangular (the
 * parametrisation of Williams 1996, "Using neural networks to model conditional multivariate
 * densities", Neural Computation 8). A raw row of width K (1 + 2D + D(D−1)/2) holds the logits
 * a_k, the means μ_kd, the log-diagonals r_kd = log U_k,dd (clamped to
 * ±{@value GaussianMixture#LOG_STD_LIMIT}, zero gradient outside) and the upper off-diagonal
 * entries u_k,ij (i &lt; j, row by row). With δ = x − μ_k and z_k = U_k δ:
 *
 * <pre>
 *   ℓ_k = log π_k − ½‖z_k‖² + Σ_d r_kd − (D/2) log 2π,    log q(x) = logsumexp_k ℓ_k
 *   ∂L/∂a_k = π_k − γ_k,  ∂L/∂μ_k = −γ_k U_kᵀ z_k,  ∂L/∂r_ki = γ_k (z_i e^{r_i} δ_i − 1),  ∂L/∂u_k,ij = γ_k z_i δ_j
 * </pre>
 *
 * for L = −log q(x) and γ = softmax(ℓ). A draw solves U_k δ = ε, ε ~ N(0, I), by back
 * substitution. Immutable and thread-safe.
 */
public final class FullCovarianceMixture implements MixtureHead {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private final int components;
  private final int dimension;
  private final int perComponent;

  /**
   * @param components K ≥ 1
   * @param dimension D ≥ 1
   */
  public FullCovarianceMixture(int components, int dimension) {
    if (components < 1 || dimension < 1) {
      throw new IllegalArgumentException("a mixture needs K >= 1 components in D >= 1 dimensions, got K = "
          + components + ", D = " + dimension);
    }
    this.components = components;
    this.dimension = dimension;
    this.perComponent = 2 * dimension + dimension * (dimension - 1) / 2;
  }

  @Override
  public int width() {
    return components * (1 + perComponent);
  }

  /** Offset of component k's block [μ (D), r (D), u (D(D−1)/2)] in a row. */
  private int block(int base, int k) {
    return base + components + k * perComponent;
  }

  private static double clamp(double r) {
    return Math.max(-GaussianMixture.LOG_STD_LIMIT, Math.min(GaussianMixture.LOG_STD_LIMIT, r));
  }

  /** Fills delta = x − μ_k and z = U_k delta; returns ℓ_k without log π_k. */
  private double logNormal(Matrix raw, int b, Matrix x, int row, double[] delta, double[] z) {
    int d = dimension;
    for (int i = 0; i < d; i++) {
      delta[i] = x.get(row * d + i) - raw.get(b + i);
    }
    double s = -d * HALF_LOG_2PI;
    int u = b + 2 * d;
    for (int i = 0; i < d; i++) {
      double r = clamp(raw.get(b + d + i));
      double zi = Math.exp(r) * delta[i];
      for (int j = i + 1; j < d; j++) {
        zi += raw.get(u++) * delta[j];
      }
      z[i] = zi;
      s += r - 0.5 * zi * zi;
    }
    return s;
  }

  @Override
  public double[] logDensity(Matrix raw, Matrix x) {
    check(raw, x);
    double[] out = new double[raw.rows()];
    double[] ell = new double[components];
    double[] delta = new double[dimension];
    double[] z = new double[dimension];
    for (int n = 0; n < out.length; n++) {
      int base = n * width();
      double logNorm = GaussianMixture.logSumExp(raw, base, components);
      for (int k = 0; k < components; k++) {
        ell[k] = raw.get(base + k) - logNorm + logNormal(raw, block(base, k), x, n, delta, z);
      }
      out[n] = GaussianMixture.logSumExp(ell);
    }
    return out;
  }

  @Override
  public double meanNegativeLogLikelihood(Matrix raw, Matrix x, Matrix gradient) {
    check(raw, x);
    gradient.requireShape(raw.rows(), width(), "mixture gradient");
    int rows = raw.rows();
    int d = dimension;
    double[] ell = new double[components];
    double[][] delta = new double[components][d];
    double[][] z = new double[components][d];
    double total = 0;
    for (int n = 0; n < rows; n++) {
      int base = n * width();
      double logNorm = GaussianMixture.logSumExp(raw, base, components);
      for (int k = 0; k < components; k++) {
        ell[k] = raw.get(base + k) - logNorm + logNormal(raw, block(base, k), x, n, delta[k], z[k]);
      }
      double logQ = GaussianMixture.logSumExp(ell);
      total -= logQ;
      for (int k = 0; k < components; k++) {
        double gamma = Math.exp(ell[k] - logQ);
        double w = gamma / rows;
        gradient.set(base + k, (Math.exp(raw.get(base + k) - logNorm) - gamma) / rows);
        int b = block(base, k);
        int u = b + 2 * d;
        for (int j = 0; j < d; j++) {
          gradient.set(b + j, 0);
        }
        for (int i = 0; i < d; i++) {
          double rawR = raw.get(b + d + i);
          double e = Math.exp(clamp(rawR));
          double zi = z[k][i];
          boolean clamped = rawR != clamp(rawR);
          gradient.set(b + d + i, clamped ? 0 : w * (zi * e * delta[k][i] - 1));
          gradient.add(b + i, -w * zi * e);
          for (int j = i + 1; j < d; j++) {
            gradient.set(u, w * zi * delta[k][j]);
            gradient.add(b + j, -w * zi * raw.get(u));
            u++;
          }
        }
      }
    }
    return total / rows;
  }

  @Override
  public void sample(Matrix raw, int row, Rng rng, double[] out) {
    int base = row * width();
    double logNorm = GaussianMixture.logSumExp(raw, base, components);
    double v = rng.uniform();
    int k = 0;
    double cumulative = Math.exp(raw.get(base) - logNorm);
    while (v > cumulative && k < components - 1) {
      k++;
      cumulative += Math.exp(raw.get(base + k) - logNorm);
    }
    int b = block(base, k);
    int d = dimension;
    double[] eps = new double[d];
    for (int i = 0; i < d; i++) {
      eps[i] = rng.gaussian();
    }
    double[] delta = new double[d];
    for (int i = d - 1; i >= 0; i--) {
      double s = eps[i];
      for (int j = i + 1; j < d; j++) {
        s -= raw.get(offDiagonal(b, i, j)) * delta[j];
      }
      delta[i] = s / Math.exp(clamp(raw.get(b + d + i)));
    }
    for (int i = 0; i < d; i++) {
      out[i] = raw.get(b + i) + delta[i];
    }
  }

  /** Index of u_ij (i &lt; j) in component block b: rows 0..i−1 hold D−1, D−2, … entries. */
  private int offDiagonal(int b, int i, int j) {
    int before = i * dimension - i * (i + 1) / 2;
    return b + 2 * dimension + before + (j - i - 1);
  }

  private void check(Matrix raw, Matrix x) {
    raw.requireShape(raw.rows(), width(), "mixture parameters");
    x.requireShape(raw.rows(), dimension, "mixture points");
  }
}
