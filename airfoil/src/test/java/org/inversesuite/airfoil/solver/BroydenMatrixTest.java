package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broyden's updates of a factored matrix ({@link BroydenMatrix}) against their defining properties. */
class BroydenMatrixTest {
  private static final int N = 12;

  /** A well-conditioned matrix: the identity plus a small random part. */
  private static double[] matrix(Random r, double size) {
    double[] a = new double[N * N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        a[i * N + j] = (i == j ? 1 : 0) + size * (r.nextDouble() - 0.5);
      }
    }
    return a;
  }

  /** The factors of a, with no updates yet. */
  private static BroydenMatrix factored(double[] a) {
    return new BroydenMatrix(new DenseLu(a, N), N);
  }

  private static double[] times(double[] a, double[] x) {
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        y[i] += a[i * N + j] * x[j];
      }
    }
    return y;
  }

  private static double[] vector(Random r) {
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }

  private static double[] ones() {
    double[] w = new double[N];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  /** After each update H y_k = s_k holds for the newest pair, whatever the starting matrix. */
  @Test
  void eachUpdateMeetsTheSecantCondition() {
    Random r = new Random(3);
    double[] a = matrix(r, 0.6);
    BroydenMatrix m = factored(matrix(r, 0.6));
    for (int k = 0; k < 5; k++) {
      double[] s = vector(r);
      double[] y = times(a, s);
      assertTrue(m.update(s, y.clone(), ones()));
      double[] hy = y.clone();
      m.solveInPlace(hy);
      for (int i = 0; i < N; i++) {
        assertEquals(s[i], hy[i], 1e-10 * (1 + Math.abs(s[i])), "update " + k + ", entry " + i);
      }
    }
    assertEquals(5, m.updates());
  }

  /**
   * Broyden's method with these updates solves a linear system A x = b from another matrix's factors in at most 2N
   * steps (Gay 1979, SIAM J. Numer. Anal. 16); with the updates left out it would not.
   */
  @Test
  void solvesALinearSystemInAtMostTwiceItsSizeSteps() {
    Random r = new Random(5);
    double[] a = matrix(r, 0.6);
    BroydenMatrix m = factored(matrix(r, 0.6));
    double[] b = vector(r);
    double[] x = new double[N];
    double[] rhs = b.clone();
    for (int k = 0; k < 2 * N && norm(rhs) > 1e-12; k++) {
      double[] s = rhs.clone();
      m.solveInPlace(s);
      for (int i = 0; i < N; i++) {
        x[i] += s[i];
      }
      double[] next = minus(b, times(a, x));
      double[] y = minus(rhs, next);
      m.update(s, y, ones());
      rhs = next;
    }
    assertTrue(norm(rhs) < 1e-9, "Broyden's method solved the linear system: |b − A x| = " + norm(rhs));
  }

  /** A copy keeps the updates made so far; later updates of either leave the other unchanged. */
  @Test
  void copiesAreIndependent() {
    Random r = new Random(7);
    double[] a = matrix(r, 0.6);
    BroydenMatrix m = factored(matrix(r, 0.6));
    double[] s = vector(r);
    m.update(s, times(a, s), ones());
    BroydenMatrix c = m.copy();
    double[] v = vector(r);
    double[] before = v.clone();
    c.solveInPlace(before);
    double[] s2 = vector(r);
    m.update(s2, times(a, s2), ones());
    double[] after = v.clone();
    c.solveInPlace(after);
    assertEquals(1, c.updates());
    for (int i = 0; i < N; i++) {
      assertEquals(before[i], after[i], 0.0, "the copy changed with the original's update");
    }
  }

  /** A step W-orthogonal to H y would divide by zero: skipped; a full matrix takes no more. */
  @Test
  void skipsDegenerateUpdatesAndStopsAtItsCapacity() {
    Random r = new Random(9);
    BroydenMatrix m = factored(matrix(r, 0));
    double[] s = new double[N];
    double[] y = new double[N];
    s[0] = 1;
    y[1] = 1;
    assertFalse(m.update(s, y, ones()), "s ⟂ H y (H = I)");
    double[] a = matrix(r, 0.6);
    for (int k = 0; k < BroydenMatrix.CAPACITY; k++) {
      double[] step = vector(r);
      assertTrue(m.update(step, times(a, step), ones()), "update " + k);
    }
    double[] step = vector(r);
    assertFalse(m.update(step, times(a, step), ones()), "beyond capacity");
    assertEquals(BroydenMatrix.CAPACITY, m.updates());
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static double[] minus(double[] a, double[] b) {
    double[] c = new double[N];
    for (int i = 0; i < N; i++) {
      c[i] = a[i] - b[i];
    }
    return c;
  }
}
