package org.inversesuite.molecules.forward;

/**
 * Ridge regression on a sparse feature matrix X (rows in compressed sparse row form) with centred
 * columns X_c = X − 1μᵀ, solved by conjugate gradients (Hestenes &amp; Stiefel 1952) on the normal
 * equations
 * \[ (X_c^\top X_c + \lambda I)\, w = X_c^\top y \]
 * for a centred y. X_c is never formed: X_c v = Xv − (μ·v)1, and since X_c v sums to 0,
 * X_cᵀ(X_c v) = Xᵀ(X_c v). Each iteration costs two passes over the non-zeros. Immutable.
 */
final class CenteredRidge {
  private final int[] start;
  private final int[] index;
  private final double[] value;
  private final double[] mean;
  private final double lambda;

  /**
   * @param start row i's non-zeros are entries start[i] … start[i + 1] − 1
   * @param index the column of each non-zero
   * @param value each non-zero
   * @param mean μ, the column means of X
   * @param lambda λ, positive
   */
  CenteredRidge(int[] start, int[] index, double[] value, double[] mean, double lambda) {
    this.start = start;
    this.index = index;
    this.value = value;
    this.mean = mean;
    this.lambda = lambda;
  }

  /** @return (X_cᵀX_c + λI) v */
  double[] apply(double[] v) {
    int n = start.length - 1;
    double shift = 0;
    for (int j = 0; j < v.length; j++) {
      shift += mean[j] * v[j];
    }
    double[] out = new double[v.length];
    for (int i = 0; i < n; i++) {
      double u = -shift;
      for (int k = start[i]; k < start[i + 1]; k++) {
        u += value[k] * v[index[k]];
      }
      for (int k = start[i]; k < start[i + 1]; k++) {
        out[index[k]] += value[k] * u;
      }
    }
    for (int j = 0; j < v.length; j++) {
      out[j] += lambda * v[j];
    }
    return out;
  }

  /**
   * @param y the centred targets, one per row
   * @param tolerance stop when ‖r‖ ≤ tolerance·‖X_cᵀy‖
   * @param maxIterations the most iterations
   * @return w
   */
  double[] solve(double[] y, double tolerance, int maxIterations) {
    int m = mean.length;
    double[] rhs = new double[m];
    for (int i = 0; i < y.length; i++) {
      for (int k = start[i]; k < start[i + 1]; k++) {
        rhs[index[k]] += value[k] * y[i];
      }
    }
    double[] w = new double[m];
    double[] r = rhs.clone();
    double[] d = rhs.clone();
    double rr = dot(r, r);
    double stop = tolerance * tolerance * rr;
    for (int it = 0; it < maxIterations && rr > stop; it++) {
      double[] ad = apply(d);
      double alpha = rr / dot(d, ad);
      for (int j = 0; j < m; j++) {
        w[j] += alpha * d[j];
        r[j] -= alpha * ad[j];
      }
      double next = dot(r, r);
      double beta = next / rr;
      rr = next;
      for (int j = 0; j < m; j++) {
        d[j] = r[j] + beta * d[j];
      }
    }
    if (!(rr <= stop)) {
      throw new IllegalStateException("ridge conjugate gradients did not converge in " + maxIterations
          + " iterations (relative residual " + Math.sqrt(rr / (stop / (tolerance * tolerance))) + ")");
    }
    return w;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
