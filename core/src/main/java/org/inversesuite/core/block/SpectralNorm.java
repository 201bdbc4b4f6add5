package org.inversesuite.core.block;

import org.inversesuite.core.random.Rng;

/**
 * Spectral normalisation of one weight matrix (Miyato et al. 2018, "Spectral normalization for
 * generative adversarial networks", arXiv:1802.05957) as Behrmann et al. 2019 use it to make a
 * residual function contractive:
 * \[ \tilde W = W / \max(1, \sigma(W)/c), \qquad \sigma(W) = u^\top W v, \]
 * with u, v the leading singular vectors found by power iteration. The iteration starts from a
 * fixed vector (or from the previous weights' vector, which converges in far fewer steps) and runs
 * until the singular vectors stop moving (or the step limit), so \(\tilde W\) is a function of W
 * (up to rounding and the tolerance) and its gradient is
 * \[ \partial L/\partial W = s\,G - \frac{c}{\sigma^2}\langle G, W\rangle\, u v^\top
 *    \quad (s = c/\sigma < 1), \qquad G = \partial L/\partial \tilde W \]
 * (and simply G when σ ≤ c). Power iteration never overestimates σ; a step limit that stops it
 * early can leave the Lipschitz constant slightly above c.
 *
 * @param sigma the leading singular value estimate
 * @param scale the factor min(1, c/σ) applied to W
 * @param u left singular vector, length rows
 * @param v right singular vector, length cols
 */
record SpectralNorm(double sigma, double scale, double[] u, double[] v) {
  private static final double VECTOR_TOLERANCE = 1e-13;

  /**
   * @param w the matrix, row-major [rows, cols]
   * @param coefficient the bound c on the spectral norm
   * @param maxIterations power-iteration steps at most
   */
  static SpectralNorm of(double[] w, int rows, int cols, double coefficient, int maxIterations) {
    return of(w, rows, cols, coefficient, maxIterations, null);
  }

  /**
   * As {@link #of(double[], int, int, double, int)}, but the power iteration starts from
   * {@code start} (the right singular vector of a nearby matrix, e.g. the weights before the last
   * optimiser step) instead of the fixed vector. Run to the same convergence tolerance, it reaches
   * the same singular vectors, up to rounding, in a few steps instead of up to
   * {@code maxIterations}; σ, a Rayleigh quotient, is then exact to second order in their error.
   *
   * @param start a right singular vector guess of length cols, or null for the fixed start
   */
  static SpectralNorm of(double[] w, int rows, int cols, double coefficient, int maxIterations, double[] start) {
    double[] v = new double[cols];
    if (start != null && start.length == cols) {
      System.arraycopy(start, 0, v, 0, cols);
    } else {
      Rng fixed = new Rng(0x5EC7A1L).stream(rows * 131L + cols);
      for (int j = 0; j < cols; j++) {
        v[j] = fixed.gaussian();
      }
    }
    normalise(v);
    // power iteration on the smaller Gram matrix, WᵀW (on v) or WWᵀ (on u): one product per step
    // instead of two, and an axpy loop the JIT vectorises instead of latency-bound dot products
    boolean right = cols <= rows;
    double[] x = right ? v : multiply(w, rows, cols, v);
    normalise(x);
    double[] gram = gram(w, rows, cols, right);
    int k = x.length;
    for (int it = 0; it < maxIterations; it++) {
      double[] next = new double[k];
      for (int i = 0; i < k; i++) {
        double xi = x[i];
        for (int j = 0; j < k; j++) {
          next[j] += gram[i * k + j] * xi;
        }
      }
      normalise(next);
      double moved = 0;
      for (int j = 0; j < k; j++) {
        moved = Math.max(moved, Math.abs(next[j] - x[j]));
      }
      x = next;
      if (moved <= VECTOR_TOLERANCE) {
        break;
      }
    }
    double[] u;
    if (right) {
      v = x;
      u = multiply(w, rows, cols, v);
    } else {
      u = x;
      v = multiplyTransposed(w, rows, cols, u);
      normalise(v);
      u = multiply(w, rows, cols, v);
    }
    double sigma = normalise(u);
    return new SpectralNorm(sigma, sigma > coefficient ? coefficient / sigma : 1.0, u, v);
  }

  /** @return W v, length rows */
  private static double[] multiply(double[] w, int rows, int cols, double[] v) {
    double[] u = new double[rows];
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int j = 0; j < cols; j++) {
        s += w[i * cols + j] * v[j];
      }
      u[i] = s;
    }
    return u;
  }

  /** @return Wᵀ u, length cols */
  private static double[] multiplyTransposed(double[] w, int rows, int cols, double[] u) {
    double[] v = new double[cols];
    for (int i = 0; i < rows; i++) {
      double ui = u[i];
      for (int j = 0; j < cols; j++) {
        v[j] += w[i * cols + j] * ui;
      }
    }
    return v;
  }

  /** @return WᵀW (cols × cols) if {@code right}, else WWᵀ (rows × rows), row-major */
  private static double[] gram(double[] w, int rows, int cols, boolean right) {
    if (right) {
      double[] g = new double[cols * cols];
      for (int i = 0; i < rows; i++) {
        for (int a = 0; a < cols; a++) {
          double wa = w[i * cols + a];
          for (int b = 0; b < cols; b++) {
            g[a * cols + b] += wa * w[i * cols + b];
          }
        }
      }
      return g;
    }
    double[] g = new double[rows * rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rows; j++) {
        double s = 0;
        for (int b = 0; b < cols; b++) {
          s += w[i * cols + b] * w[j * cols + b];
        }
        g[i * rows + j] = s;
      }
    }
    return g;
  }

  private static double normalise(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x * x;
    }
    double n = Math.sqrt(s);
    if (n > 0) {
      for (int i = 0; i < a.length; i++) {
        a[i] /= n;
      }
    }
    return n;
  }

  /**
   * Adds ∂L/∂W to {@code grad} (from {@code offset}) given G = ∂L/∂W̃.
   *
   * @param w the raw matrix, row-major
   * @param g the gradient with respect to the normalised matrix, row-major
   */
  void backward(double[] w, double[] g, org.inversesuite.core.tensor.Matrix grad, int offset) {
    if (scale >= 1.0) {
      for (int i = 0; i < w.length; i++) {
        grad.add(offset + i, g[i]);
      }
      return;
    }
    double inner = 0;
    for (int i = 0; i < w.length; i++) {
      inner += g[i] * w[i];
    }
    double coefficient = scale * sigma;
    double k = coefficient / (sigma * sigma) * inner;
    int cols = v.length;
    for (int i = 0; i < w.length; i++) {
      grad.add(offset + i, scale * g[i] - k * u[i / cols] * v[i % cols]);
    }
  }
}
