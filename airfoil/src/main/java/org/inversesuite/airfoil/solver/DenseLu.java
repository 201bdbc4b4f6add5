package org.inversesuite.airfoil.solver;

/**
 * LU factorisation with partial pivoting of a small dense square matrix stored row-major in
 * one array, P A = L U (Golub &amp; Van Loan, Matrix Computations, Alg. 3.4.1). A hand-written
 * kernel because the solver factors and back-substitutes many times per polar and the
 * object-per-entry matrices of Commons Math cost more than the arithmetic here.
 *
 * <p>Right-looking and blocked (ibid. §3.2.11): a panel of {@link #BLOCK} columns is factored one
 * pivot at a time, the block's rows of U are solved, and the trailing rows get the whole block's
 * updates in one pass ({@link BlockUpdate}). Every entry receives the same products and
 * differences in the same order as in the column-at-a-time algorithm, so the factors are identical
 * to it bit for bit (tested); the blocking only cuts the memory traffic of the trailing update.
 */
final class DenseLu {
  /**
   * Columns per block: the trailing rows are loaded and stored once per block of pivots. 16 was
   * the fastest of 4, 8, 12, 16, 24 and 32 at n = 138 and 161 (docs/airfoil.md, session 25).
   */
  private static final int BLOCK = 16;
  private static final ThreadLocal<double[]> PANEL = ThreadLocal.withInitial(() -> new double[0]);

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
    double[] panel = panelBuffer(n * Math.min(BLOCK, n));
    for (int k0 = 0; k0 < n; k0 += BLOCK) {
      int kb = Math.min(BLOCK, n - k0);
      int end = k0 + kb;
      factorPanel(k0, kb, panel);
      for (int r = k0 + 1; r < end; r++) {
        BlockUpdate.subtractProducts(lu, n, k0, r - k0, end, r, r + 1);
      }
      BlockUpdate.subtractProducts(lu, n, k0, kb, end, end, n);
    }
  }

  /**
   * The calling thread's panel buffer, at least {@code size} long: a factorisation per Newton
   * matrix would otherwise allocate n × 16 doubles each time (18 KB at n = 138).
   */
  private static double[] panelBuffer(int size) {
    double[] b = PANEL.get();
    if (b.length < size) {
      b = new double[size];
      PANEL.set(b);
    }
    return b;
  }

  /**
   * Columns k0 … k0 + kb − 1 of rows k0 … n − 1, one pivot at a time (Alg. 3.4.1 restricted to
   * the panel), in a column-major copy so that the pivot search, the multipliers l_ik = a_ik ·
   * (1 / a_kk) and their updates of the panel's later columns run along contiguous memory. The
   * panel's row swaps are then applied to the rest of each row (left of the panel: earlier
   * multipliers; right of it: columns this block has not updated yet, in the same state in all
   * rows below k0), so the result is the row-major algorithm's.
   */
  private void factorPanel(int k0, int kb, double[] panel) {
    int rows = n - k0;
    for (int i = 0; i < rows; i++) {
      int ri = (k0 + i) * n + k0;
      for (int j = 0; j < kb; j++) {
        panel[j * rows + i] = lu[ri + j];
      }
    }
    for (int j = 0; j < kb; j++) {
      int col = j * rows;
      int p = pivotIndex(panel, col, j, rows, k0 + j);
      pivot[k0 + j] = k0 + p;
      if (p != j) {
        for (int c = 0; c < kb; c++) {
          double t = panel[c * rows + j];
          panel[c * rows + j] = panel[c * rows + p];
          panel[c * rows + p] = t;
        }
      }
      double inv = 1.0 / panel[col + j];
      boolean zero = false;
      for (int i = col + j + 1; i < col + rows; i++) {
        double f = panel[i] * inv;
        if (f == 0) {
          zero = true;
          f = 0;
        }
        panel[i] = f;
      }
      for (int c = j + 1; c < kb; c++) {
        int cc = c * rows;
        double u = panel[cc + j];
        if (!zero) {
          VectorAxpy.subtractScaled(panel, cc + j + 1, u, panel, col + j + 1, rows - j - 1);
        } else {
          for (int i = j + 1; i < rows; i++) {
            double f = panel[col + i];
            if (f != 0) {
              panel[cc + i] -= f * u;
            }
          }
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      int ri = (k0 + i) * n + k0;
      for (int j = 0; j < kb; j++) {
        lu[ri + j] = panel[j * rows + i];
      }
    }
    for (int k = k0; k < k0 + kb; k++) {
      int p = pivot[k];
      if (p != k) {
        swapOutside(k, p, k0, k0 + kb);
      }
    }
  }

  /**
   * The row of the largest |entry| of a panel column at or below its diagonal (the first of
   * equal ones), as an offset in the panel.
   *
   * @throws ArithmeticException if that entry is zero or not finite (singular matrix)
   */
  private int pivotIndex(double[] panel, int col, int j, int rows, int column) {
    int p = j;
    double best = Math.abs(panel[col + j]);
    for (int i = j + 1; i < rows; i++) {
      double v = Math.abs(panel[col + i]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > 0) || !Double.isFinite(best)) {
      throw new ArithmeticException("singular matrix: pivot " + best + " in column " + column + " of " + n);
    }
    return p;
  }

  /** Swaps rows k and p outside the columns [from, to). */
  private void swapOutside(int k, int p, int from, int to) {
    int rk = k * n;
    int rp = p * n;
    for (int j = 0; j < n; j++) {
      if (j == from) {
        j = to - 1;
        continue;
      }
      double t = lu[rk + j];
      lu[rk + j] = lu[rp + j];
      lu[rp + j] = t;
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
