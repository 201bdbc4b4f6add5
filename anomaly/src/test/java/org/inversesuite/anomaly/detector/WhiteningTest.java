package org.inversesuite.anomaly.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class WhiteningTest {
  static Matrix correlated(int n, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 3);
    for (int r = 0; r < n; r++) {
      double a = rng.gaussian();
      double b = rng.gaussian();
      x.set(r, 0, 5 + 2 * a);
      x.set(r, 1, -1 + a + 0.3 * b);
      x.set(r, 2, 100 * b + 50 * rng.gaussian());
    }
    return x;
  }

  @Test
  void whitenedTrainingRowsHaveCovarianceNearIdentityForASmallRidge() {
    Matrix x = correlated(2000, new Rng(1));
    Matrix w = Whitening.fit(x, 1e-9).apply(x);
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        double c = 0;
        for (int r = 0; r < 2000; r++) {
          c += w.get(r, a) * w.get(r, b) / 1999;
        }
        assertEquals(a == b ? 1 : 0, c, 1e-6, "covariance " + a + "," + b);
      }
    }
  }

  /** log|det| against the LU determinant of the finite-difference Jacobian of the (affine) map. */
  @Test
  void logDetMatchesTheBruteForceJacobian() {
    Matrix x = correlated(50, new Rng(2));
    Whitening wh = Whitening.fit(x, 0.3);
    double[][] jac = new double[3][3];
    Matrix base = Matrix.zeros(Precision.FLOAT64, 1, 3);
    Matrix w0 = wh.apply(base);
    for (int j = 0; j < 3; j++) {
      Matrix e = Matrix.zeros(Precision.FLOAT64, 1, 3);
      e.set(0, j, 1);
      Matrix wj = wh.apply(e);
      for (int i = 0; i < 3; i++) {
        jac[i][j] = wj.get(0, i) - w0.get(0, i);
      }
    }
    double det = new LUDecomposition(new Array2DRowRealMatrix(jac)).getDeterminant();
    assertEquals(Math.log(Math.abs(det)), wh.logDet(), 1e-9);
  }

  /**
   * The added variance of dequantisation: the whitening fitted with v_j = 1/12 on integer rows
   * matches the one fitted (almost without ridge) on 400 copies of the rows plus U(−½, ½) noise.
   */
  @Test
  void addedVarianceMatchesFittingOnUniformlyDequantisedCopies() {
    Rng rng = new Rng(3);
    Matrix counts = Matrix.zeros(Precision.FLOAT64, 40, 2);
    for (int r = 0; r < 40; r++) {
      double a = rng.nextInt(4);
      counts.set(r, 0, a);
      counts.set(r, 1, a + rng.nextInt(3));
    }
    int copies = 400;
    Matrix noisy = Matrix.zeros(Precision.FLOAT64, 40 * copies, 2);
    for (int c = 0; c < copies; c++) {
      for (int r = 0; r < 40; r++) {
        for (int j = 0; j < 2; j++) {
          noisy.set(c * 40 + r, j, counts.get(r, j) + rng.uniform() - 0.5);
        }
      }
    }
    Whitening analytic = Whitening.fit(counts, 1e-9, new double[] {1.0 / 12, 1.0 / 12});
    Whitening sampled = Whitening.fit(noisy, 1e-9);
    for (int i = 0; i < 4; i++) {
      assertEquals(sampled.matrix()[i], analytic.matrix()[i], 0.03, "W entry " + i);
    }
    assertEquals(sampled.logDet(), analytic.logDet(), 0.03);
    Whitening plain = Whitening.fit(counts, 1e-9);
    assertTrue(Math.abs(plain.logDet() - analytic.logDet()) > 0.1, "the added variance changes the fit");
  }
}
