package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/**
 * The blocked kernels of the solver (two LU columns per pass, four Jacobian rows per pass, and
 * their Vector API updates) against the one-at-a-time scalar loops they replaced: identical bit
 * for bit, so the solver's results do not move.
 */
class BlockedKernelTest {
  private static double[] randomMatrix(Random r, int n, double zeroFraction) {
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble() < zeroFraction ? 0 : r.nextGaussian();
    }
    return a;
  }

  /** Golub &amp; Van Loan Alg. 3.4.1 one column at a time, scalar: the reference. */
  private static double[] referenceLu(double[] a, int n, int[] pivot) {
    double[] lu = a.clone();
    for (int k = 0; k < n; k++) {
      int p = k;
      double best = Math.abs(lu[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(lu[i * n + k]) > best) {
          best = Math.abs(lu[i * n + k]);
          p = i;
        }
      }
      pivot[k] = p;
      for (int j = 0; j < n && p != k; j++) {
        double t = lu[k * n + j];
        lu[k * n + j] = lu[p * n + j];
        lu[p * n + j] = t;
      }
      double inv = 1.0 / lu[k * n + k];
      for (int i = k + 1; i < n; i++) {
        double f = lu[i * n + k] * inv;
        lu[i * n + k] = f != 0 ? f : 0;
        for (int j = k + 1; j < n && f != 0; j++) {
          lu[i * n + j] -= f * lu[k * n + j];
        }
      }
    }
    return lu;
  }

  @Test
  void pairwiseLuSolvesExactlyAsTheColumnByColumnOne() {
    Random r = new Random(11);
    for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 17, 54, 183}) {
      for (double zeros : new double[] {0, 0.3}) {
        double[] a = randomMatrix(r, n, zeros);
        for (int i = 0; i < n; i++) {
          a[i * n + i] += 3;
        }
        int[] pivot = new int[n];
        double[] lu = referenceLu(a, n, pivot);
        double[] b = r.doubles(n).toArray();
        double[] expected = b.clone();
        for (int k = 0; k < n; k++) {
          double t = expected[k];
          expected[k] = expected[pivot[k]];
          expected[pivot[k]] = t;
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < i; j++) {
            expected[i] -= lu[i * n + j] * expected[j];
          }
        }
        for (int i = n - 1; i >= 0; i--) {
          for (int j = i + 1; j < n; j++) {
            expected[i] -= lu[i * n + j] * expected[j];
          }
          expected[i] /= lu[i * n + i];
        }
        new DenseLu(a, n).solveInPlace(b);
        assertArrayEquals(expected, b, 0.0, "n = " + n + ", zeros " + zeros);
      }
    }
  }

  @Test
  void manyRightHandSidesAtOnceEqualOneAtATime() {
    Random r = new Random(13);
    for (int n : new int[] {1, 5, 161}) {
      for (int p : new int[] {1, 3, 22}) {
        double[] a = randomMatrix(r, n, 0.1);
        for (int i = 0; i < n; i++) {
          a[i * n + i] += 2;
        }
        DenseLu lu = new DenseLu(a, n);
        double[] b = r.doubles((long) n * p).toArray();
        double[] expected = b.clone();
        double[] col = new double[n];
        for (int c = 0; c < p; c++) {
          for (int i = 0; i < n; i++) {
            col[i] = b[i * p + c];
          }
          lu.solveInPlace(col);
          for (int i = 0; i < n; i++) {
            expected[i * p + c] = col[i];
          }
        }
        lu.solveColumnsInPlace(b, p);
        assertArrayEquals(expected, b, 0.0, n + " x " + p);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new DenseLu(new double[] {2}, 1).solveColumnsInPlace(new double[3], 2));
  }

  @Test
  void factoringInPlaceSolvesExactlyAsTheCopyingFactorisation() {
    Random r = new Random(17);
    int n = 41;
    double[] a = randomMatrix(r, n, 0.2);
    double[] b = r.doubles(n).toArray();
    double[] expected = b.clone();
    new DenseLu(a, n).solveInPlace(expected);
    double[] copy = a.clone();
    DenseLu lu = DenseLu.inPlace(copy, n);
    lu.solveInPlace(b);
    assertArrayEquals(expected, b, 0.0);
    assertTrue(!java.util.Arrays.equals(a, copy), "the array holds the factors");
  }

  @Test
  void aSingularSecondColumnIsStillRefused() {
    double[] a = {1, 2, 3, 2, 4, 6, 1, 1, 1};
    assertThrows(ArithmeticException.class, () -> new DenseLu(a, 3));
  }

  @Test
  void twoAndFourWayUpdatesMatchTheScalarLoop() {
    Random r = new Random(5);
    for (int length = 0; length <= 29; length++) {
      double[] x = r.doubles(length + 3).toArray();
      double[] z = r.doubles(length + 3).toArray();
      double[] y = r.doubles(4 * (length + 3)).toArray();
      double[] w = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
      int[] o = {1, length + 4, 2 * (length + 3), 3 * (length + 3) + 2};
      double[] expected = y.clone();
      for (int q = 0; q < 4; q++) {
        for (int j = 0; j < length; j++) {
          expected[o[q] + j] -= w[q] * x[1 + j];
        }
      }
      double[] four = y.clone();
      VectorAxpy.subtractScaled4(four, o[0], o[1], o[2], o[3], w[0], w[1], w[2], w[3], x, 1, length);
      assertArrayEquals(expected, four, 0.0, "four-way, length " + length);
      expected = y.clone();
      for (int j = 0; j < length; j++) {
        expected[2 + j] -= w[0] * x[j];
        expected[2 + j] -= w[1] * z[3 + j];
      }
      double[] two = y.clone();
      VectorAxpy.subtractScaled2(two, 2, w[0], x, 0, w[1], z, 3, length);
      assertArrayEquals(expected, two, 0.0, "two-way, length " + length);
    }
  }

  @Test
  void fourRowJacobianEqualsTheRowByRowProduct() {
    PanelMethod pm = PanelMethod.of(NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(121), 160);
    CoupledSystem sys = new CoupledSystem(pm, SourceResponse.response(pm, pm.geometry, true), Math.toRadians(3), 22,
        1.0);
    int n = sys.size;
    Random r = new Random(9);
    double[] m = new double[n * n];
    double[] sign = new double[n];
    for (int i = 0; i < n; i++) {
      sign[i] = r.nextBoolean() ? 1 : -1;
      if (i % 7 == 3) {
        continue;
      }
      int lo = r.nextInt(n);
      int hi = Math.min(n - 1, lo + r.nextInt(n));
      for (int j = lo; j <= hi; j++) {
        m[i * n + j] = r.nextGaussian();
      }
    }
    double[] expected = new double[n * n];
    double[] ms = m.clone();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ms[i * n + j] *= sign[i] * sign[j];
      }
    }
    int last = sys.airfoilNodes - 1;
    for (int row = 0; row < n; row++) {
      int rr = row * n;
      expected[rr + row] = 1;
      double g = 0.5 * sys.gapColumn[row] * sys.gap[0];
      expected[rr] += g;
      expected[rr + last] -= g;
      for (int i = 0; i < n; i++) {
        double w = sys.d[rr + i];
        for (int j = 0; j < n && w != 0; j++) {
          if (ms[i * n + j] != 0 || m[i * n + j] != 0) {
            expected[rr + j] -= w * ms[i * n + j];
          }
        }
      }
    }
    double[] actual = new NewtonSystem(sys).jacobian(m, sign);
    assertArrayEquals(expected, actual, 0.0);
  }
}
