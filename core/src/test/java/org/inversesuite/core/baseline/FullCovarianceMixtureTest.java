package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class FullCovarianceMixtureTest {
  /** One component in 3-D: μ = (0.5, −1, 2), log-diagonal (0.2, −0.3, 0.1), u = (0.7, −0.4, 0.9). */
  private static final double[] ONE = {0, 0.5, -1, 2, 0.2, -0.3, 0.1, 0.7, -0.4, 0.9};

  /** @return Σ = (UᵀU)⁻¹ of {@link #ONE} */
  private static RealMatrix covariance() {
    RealMatrix u = new Array2DRowRealMatrix(new double[][] {
        {Math.exp(0.2), 0.7, -0.4}, {0, Math.exp(-0.3), 0.9}, {0, 0, Math.exp(0.1)}});
    return new LUDecomposition(u.transpose().multiply(u)).getSolver().getInverse();
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    GaussianMixtureTest.assertGradient(new FullCovarianceMixture(3, 3), 3);
  }

  @Test
  void oneComponentIsTheMultivariateNormalOfItsPrecisionFactor() {
    FullCovarianceMixture g = new FullCovarianceMixture(1, 3);
    MultivariateNormalDistribution exact = new MultivariateNormalDistribution(new double[] {0.5, -1, 2},
        covariance().getData());
    Rng rng = new Rng(2);
    for (int t = 0; t < 10; t++) {
      double[] x = {rng.gaussian(), rng.gaussian(), 2 * rng.gaussian()};
      double lq = g.logDensity(new DoubleMatrix(1, 10, ONE), new DoubleMatrix(1, 3, x))[0];
      assertEquals(Math.log(exact.density(x)), lq, 1e-10);
    }
  }

  @Test
  void samplesHaveTheComponentsCovariance() {
    FullCovarianceMixture g = new FullCovarianceMixture(1, 3);
    Matrix raw = new DoubleMatrix(1, 10, ONE);
    Rng rng = new Rng(8);
    int n = 60_000;
    double[][] s = new double[n][3];
    for (int i = 0; i < n; i++) {
      g.sample(raw, 0, rng, s[i]);
    }
    RealMatrix sigma = covariance();
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        double mean = 0;
        for (double[] row : s) {
          mean += (row[a] - ONE[1 + a]) * (row[b] - ONE[1 + b]) / n;
        }
        double tolerance = 4 * Math.sqrt((sigma.getEntry(a, a) * sigma.getEntry(b, b)
            + sigma.getEntry(a, b) * sigma.getEntry(a, b)) / n);
        assertEquals(sigma.getEntry(a, b), mean, tolerance, "covariance entry " + a + ", " + b);
      }
    }
  }

  @Test
  void refusesWrongShapes() {
    FullCovarianceMixture g = new FullCovarianceMixture(2, 2);
    assertEquals(2 * (1 + 2 + 2 + 1), g.width());
    assertThrows(IllegalArgumentException.class, () -> g.logDensity(new DoubleMatrix(1, 7), new DoubleMatrix(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> new FullCovarianceMixture(0, 2));
  }
}
