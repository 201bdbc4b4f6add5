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
    this(a, n, true);
  }

  /**
   * Factors {@code a} in place: the array is overwritten with the factors and kept (for a matrix
   * assembled for this factorisation only; saves the copy).
   *
   * @throws ArithmeticException if a pivot is zero or not finite (singular matrix)
   */
  static DenseLu inPlace(double[] a, int n) {
    return new DenseLu(a, n, false);
  }

  private DenseLu(double[] a, int n, boolean copy) {
    if (a.length != n * n) {
      throw new IllegalArgumentException("matrix has " + a.length + " entries, expected " + n + "x" + n);
    }
    this.n = n;
    this.lu = copy ? a.clone() : a;
    this.pivot = new int[n];
    int k = 0;
    for (; k + 1 < n; k += 2) {
      eliminatePair(k);
    }
    if (k < n) {
      pivotRow(k);
    }
  }

  /**
   * Eliminates columns k and k + 1 in one pass over the trailing rows: pivot k, multipliers of
   * column k and their update of column k + 1 only, pivot k + 1 (the rows below k are all in the
   * same state, so swapping them now is swapping them later), step k on row k + 1, then both
   * updates of every other trailing row together. Each entry gets the updates of step k then
   * step k + 1 with the same roundings as Alg. 3.4.1 one column at a time: the factors are
   * identical bit for bit (tested against it).
   */
  private void eliminatePair(int k) {
    double inv = pivotRow(k);
    int kk = k * n;
    for (int i = k + 1; i < n; i++) {
      int ri = i * n;
      double f = lu[ri + k] * inv;
      if (f != 0) {
        lu[ri + k] = f;
        lu[ri + k + 1] -= f * lu[kk + k + 1];
      } else {
        lu[ri + k] = 0;
      }
    }
    int k1 = k + 1;
    double inv1 = pivotRow(k1);
    int r1 = k1 * n;
    double f1 = lu[r1 + k];
    if (f1 != 0) {
      VectorAxpy.subtractScaled(lu, r1 + k + 2, f1, lu, kk + k + 2, n - k - 2);
    }
    int rest = n - k - 2;
    for (int i = k + 2; i < n; i++) {
      int ri = i * n;
      double f = lu[ri + k];
      double g = lu[ri + k1] * inv1;
      if (g != 0) {
        lu[ri + k1] = g;
      } else {
        lu[ri + k1] = 0;
      }
      if (f != 0 && g != 0) {
        VectorAxpy.subtractScaled2(lu, ri + k + 2, f, lu, kk + k + 2, g, lu, r1 + k + 2, rest);
      } else if (f != 0) {
        VectorAxpy.subtractScaled(lu, ri + k + 2, f, lu, kk + k + 2, rest);
      } else if (g != 0) {
        VectorAxpy.subtractScaled(lu, ri + k + 2, g, lu, r1 + k + 2, rest);
      }
    }
  }

  /**
   * Chooses the largest |entry| of column k at or below the diagonal as pivot and swaps its row
   * up.
   *
   * @return 1 / pivot
   * @throws ArithmeticException if the pivot is zero or not finite
   */
  private double pivotRow(int k) {
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
    return 1.0 / lu[k * n + k];
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

  /**
   * Solves A X = B for the p columns of B at once, in place ({@code b} is n × p, row-major):
   * the substitutions of {@link #solveInPlace} with every row operation applied to a whole row
   * of B. Each column sees the same operations in the same order as a call of
   * {@link #solveInPlace} on it, so the result is identical bit for bit, but the inner loops
   * run along rows and vectorise.
   */
  void solveColumnsInPlace(double[] b, int p) {
    if (p < 1 || b.length != n * p) {
      throw new IllegalArgumentException("right-hand sides hold " + b.length + " entries, expected " + n + " x " + p);
    }
    double[] row = new double[p];
    for (int k = 0; k < n; k++) {
      int q = pivot[k];
      if (q != k) {
        System.arraycopy(b, k * p, row, 0, p);
        System.arraycopy(b, q * p, b, k * p, p);
        System.arraycopy(row, 0, b, q * p, p);
      }
    }
    for (int i = 1; i < n; i++) {
      int ri = i * n;
      for (int j = 0; j < i; j++) {
        VectorAxpy.subtractScaled(b, i * p, lu[ri + j], b, j * p, p);
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int ri = i * n;
      for (int j = i + 1; j < n; j++) {
        VectorAxpy.subtractScaled(b, i * p, lu[ri + j], b, j * p, p);
      }
      double d = lu[ri + i];
      for (int c = i * p; c < (i + 1) * p; c++) {
        b[c] = b[c] / d;
      }
    }
  }
}
