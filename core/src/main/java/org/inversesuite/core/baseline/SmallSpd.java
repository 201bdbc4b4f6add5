package org.inversesuite.core.baseline;

/**
 * In-place Cholesky solve A u = b of a small symmetric positive definite system (A = L Lᵀ, then
 * L w = b, Lᵀ u = w), for the per-start Gauss–Newton step of {@link IterativeInversion}: one
 * dim y × dim y system per start and iteration, where allocating a Commons Math decomposition
 * per call would cost more than the solve.
 */
final class SmallSpd {
  private SmallSpd() {}

  /**
   * @param a A, row-major [d, d]; overwritten with L in its lower triangle
   * @param b the right-hand side, overwritten with u
   * @throws IllegalArgumentException if A is not positive definite (or holds NaN)
   */
  static void solve(double[] a, int d, double[] b) {
    for (int j = 0; j < d; j++) {
      double diag = a[j * d + j];
      for (int k = 0; k < j; k++) {
        diag -= a[j * d + k] * a[j * d + k];
      }
      if (!(diag > 0)) {
        throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + " = " + diag + ")");
      }
      double l = Math.sqrt(diag);
      a[j * d + j] = l;
      for (int i = j + 1; i < d; i++) {
        double s = a[i * d + j];
        for (int k = 0; k < j; k++) {
          s -= a[i * d + k] * a[j * d + k];
        }
        a[i * d + j] = s / l;
      }
    }
    for (int i = 0; i < d; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= a[i * d + k] * b[k];
      }
      b[i] = s / a[i * d + i];
    }
    for (int i = d - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < d; k++) {
        s -= a[k * d + i] * b[k];
      }
      b[i] = s / a[i * d + i];
    }
  }
}
