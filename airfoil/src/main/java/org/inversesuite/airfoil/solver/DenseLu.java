package org.inversesuite.airfoil.solver;

/**
 * LU factorisation with partial pivoting of a small dense square matrix stored row-major in
 * one array, P A = L U (Golub &amp; Van Loan, Matrix Computations, Alg. 3.4.1). A hand-written
 * kernel because the solver factors and back-substitutes many times per polar and the
 * object-per-entry matrices of Commons Math cost more than the arithmetic here.
 */
final class DenseLu {
  private final int n;
  private final double[] lu;
  private final int[] pivot;

  /**
   * Factors {@code a} (n × n, row-major; copied).
   *
   * @throws ArithmeticException if a pivot is zero or not finite (singular matrix)
   */
  DenseLu(double[] a, int n) {
    if (a.length != n * n) {
      throw new IllegalArgumentException("matrix has " + a.length + " entries, expected " + n + "x" + n);
    }
    this.n = n;
    this.lu = a.clone();
    this.pivot = new int[n];
    for (int k = 0; k < n; k++) {
      int p = k;
      double best = Math.abs(lu[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(lu[i * n + k]);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      if (!(best > 0) || !Double.isFinite(best)) {
        throw new ArithmeticException("singular matrix: pivot " + best + " in column " + k + " of " + n);
      }
      pivot[k] = p;
      if (p != k) {
        for (int j = 0; j < n; j++) {
          double t = lu[k * n + j];
          lu[k * n + j] = lu[p * n + j];
          lu[p * n + j] = t;
        }
      }
      double inv = 1.0 / lu[k * n + k];
      for (int i = k + 1; i < n; i++) {
        double f = lu[i * n + k] * inv;
        if (f != 0) {
          lu[i * n + k] = f;
          VectorAxpy.subtractScaled(lu, i * n + k + 1, f, lu, k * n + k + 1, n - k - 1);
        } else {
          lu[i * n + k] = 0;
        }
      }
    }
  }

  /** @return the order n */
  int size() {
    return n;
  }

  /** Solves A x = b in place: {@code b} holds x on return. */
  void solveInPlace(double[] b) {
    for (int k = 0; k < n; k++) {
      int p = pivot[k];
      if (p != k) {
        double t = b[k];
        b[k] = b[p];
        b[p] = t;
      }
    }
    for (int i = 1; i < n; i++) {
      double s = b[i];
      int ri = i * n;
      for (int j = 0; j < i; j++) {
        s -= lu[ri + j] * b[j];
      }
      b[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      int ri = i * n;
      for (int j = i + 1; j < n; j++) {
        s -= lu[ri + j] * b[j];
      }
      b[i] = s / lu[ri + i];
    }
  }
}
