package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class MmdTest {
  private final MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy();

  /** n x d standard normals times scale plus shift, float64. */
  private static Matrix gaussian(int n, int d, double shift, double scale, Rng rng) {
    double[] v = new double[n * d];
    for (int i = 0; i < v.length; i++) {
      v[i] = shift + scale * rng.gaussian();
    }
    return new DoubleMatrix(n, d, v);
  }

  /** The estimator written out literally, as in the reference's mmd2_unbiased. */
  private static double naive(Matrix a, Matrix b, double[] widths) {
    int n = a.rows();
    int m = b.rows();
    double kd = widths.length;
    double kaa = 0;
    double kbb = 0;
    double kab = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        kaa += k(a, i, a, j, widths);
      }
      for (int j = 0; j < m; j++) {
        kab += k(a, i, b, j, widths);
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        kbb += k(b, i, b, j, widths);
      }
    }
    return (kaa - n * kd) / (n * (n - 1.0)) + (kbb - m * kd) / (m * (m - 1.0)) - 2 * kab / ((double) n * m);
  }

  private static double k(Matrix u, int i, Matrix v, int j, double[] widths) {
    double d2 = 0;
    for (int c = 0; c < u.cols(); c++) {
      double diff = u.get(i, c) - v.get(j, c);
      d2 += diff * diff;
    }
    double s = 0;
    for (double h : widths) {
      s += 1.0 / (1.0 + d2 / (h * h));
    }
    return s;
  }

  @Test
  void defaultWidthsAreThoseOfTheReference() {
    assertArrayEquals(new double[] {0.05, 0.2, 0.9}, MaximumMeanDiscrepancy.defaultWidths());
    assertArrayEquals(new double[] {0.05, 0.2, 0.9}, mmd.widths());
  }

  @Test
  void kernelMatchesHandComputedValues() {
    assertEquals(3.0, mmd.kernel(new double[] {0.3, -1}, new double[] {0.3, -1}), 0);
    // d2 = 0.04: 1/(1 + 16) + 1/(1 + 1) + 1/(1 + 0.04/0.81)
    double expected = 1.0 / 17 + 0.5 + 0.81 / 0.85;
    assertEquals(expected, mmd.kernel(new double[] {0, 0}, new double[] {0.2, 0}), 1e-15);
  }

  @Test
  void matchesNaiveDoubleLoop() {
    Rng rng = new Rng(11);
    Matrix a = gaussian(60, 3, 0, 1, rng);
    Matrix b = gaussian(45, 3, 0.3, 0.7, rng);
    double[] defaults = MaximumMeanDiscrepancy.defaultWidths();
    assertEquals(naive(a, b, defaults), mmd.unbiased(a, b), 1e-13);
    double[] other = {0.1, 1.5};
    assertEquals(naive(a, b, other), new MaximumMeanDiscrepancy(other, 1).unbiased(a, b), 1e-13);
  }

  @Test
  void matchesNaiveDoubleLoopOnTheParallelPath() {
    Rng rng = new Rng(12);
    Matrix a = gaussian(420, 4, 0, 0.5, rng);
    Matrix b = gaussian(380, 4, 0.05, 0.5, rng);
    double expected = naive(a, b, MaximumMeanDiscrepancy.defaultWidths());
    double two = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), 2).unbiased(a, b);
    double one = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), 1).unbiased(a, b);
    assertEquals(expected, two, 1e-13);
    assertEquals(one, two, 0.0, "the value must not depend on the thread count");
  }

  @Test
  void isSymmetric() {
    Rng rng = new Rng(13);
    Matrix a = gaussian(80, 4, 0, 1, rng);
    Matrix b = gaussian(50, 4, 0.5, 1, rng);
    assertEquals(mmd.unbiased(a, b), mmd.unbiased(b, a), 1e-14);
  }

  @Test
  void acceptsFloat32Samples() {
    Matrix a = gaussian(30, 2, 0, 1, new Rng(14));
    Matrix b = gaussian(30, 2, 1, 1, new Rng(15));
    Matrix af = Matrix.zeros(Precision.FLOAT32, 30, 2);
    af.copyRows(a, 0, 0, 30);
    Matrix ar = Matrix.zeros(Precision.FLOAT64, 30, 2);
    ar.copyRows(af, 0, 0, 30); // the float32 values, held in float64
    assertEquals(mmd.unbiased(ar, b), mmd.unbiased(af, b), 0.0);
  }

  @Test
  void identicalTwoPointSamplesGiveTheNegativeValueOfTheFormula() {
    // a = b = {0, 1} in 1-D: MMD2_u = 2 k01 - (2 kd + 2 k01) * 2 / 4 = k01 - kd < 0
    Matrix a = Matrix.of(Precision.FLOAT64, new double[][] {{0}, {1}});
    double k01 = mmd.kernel(new double[] {0}, new double[] {1});
    double value = mmd.unbiased(a, a.copy());
    assertEquals(k01 - 3.0, value, 1e-15);
    assertTrue(value < 0, "the unbiased estimator can be negative, got " + value);
  }

  @Test
  void sameDistributionIsNearZeroAndAShiftIsClearlyPositive() {
    Rng rng = new Rng(16);
    int reps = 20;
    int n = 300;
    double[] same = new double[reps];
    double[] shifted = new double[reps];
    int negatives = 0;
    for (int r = 0; r < reps; r++) {
      Matrix a = gaussian(n, 4, 0, 0.5, rng);
      same[r] = mmd.unbiased(a, gaussian(n, 4, 0, 0.5, rng));
      shifted[r] = mmd.unbiased(a, gaussian(n, 4, 0.25, 0.5, rng));
      negatives += same[r] < 0 ? 1 : 0;
    }
    double mean = 0;
    for (double v : same) {
      mean += v / reps;
    }
    double var = 0;
    for (double v : same) {
      var += (v - mean) * (v - mean) / (reps - 1);
    }
    double sd = Math.sqrt(var);
    // unbiased: the mean over replicates is zero within 4 standard errors
    assertEquals(0.0, mean, 4 * sd / Math.sqrt(reps), "mean " + mean + ", sd " + sd);
    assertTrue(negatives > 0, "an unbiased estimate of 0 must sometimes be negative");
    double maxSame = Double.NEGATIVE_INFINITY;
    for (double v : same) {
      maxSame = Math.max(maxSame, v);
    }
    for (double v : shifted) {
      assertTrue(v > maxSame + 5 * sd, "shifted " + v + " vs largest same-distribution " + maxSame);
    }
  }

  @Test
  void rejectsInvalidInput() {
    Matrix one = Matrix.zeros(Precision.FLOAT64, 1, 2);
    Matrix two = Matrix.zeros(Precision.FLOAT64, 2, 2);
    Matrix threeCols = Matrix.zeros(Precision.FLOAT64, 2, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mmd.unbiased(one, two));
    assertTrue(e.getMessage().contains("got 1 and 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> mmd.unbiased(two, threeCols));
    Matrix nan = Matrix.zeros(Precision.FLOAT64, 2, 2);
    nan.set(1, 1, Double.NaN);
    assertThrows(NonFiniteException.class, () -> mmd.unbiased(two, nan));
    assertThrows(IllegalArgumentException.class, () -> new MaximumMeanDiscrepancy(new double[0], 1));
    assertThrows(IllegalArgumentException.class, () -> new MaximumMeanDiscrepancy(new double[] {0.1, -1}, 1));
    assertThrows(IllegalArgumentException.class, () -> new MaximumMeanDiscrepancy(new double[] {0.1}, 0));
    assertThrows(IllegalArgumentException.class, () -> mmd.kernel(new double[2], new double[3]));
  }
}
