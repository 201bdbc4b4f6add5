package org.inversesuite.anomaly.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class RidgeSelectionTest {
  private static final List<Double> CANDIDATES = List.of(0.1, 0.3, 1.0);

  static int[][] folds(int n, int k, Rng rng) {
    int[] order = rng.permutation(n);
    int[][] out = new int[k][];
    for (int m = 0; m < k; m++) {
      out[m] = java.util.Arrays.copyOfRange(order, m * n / k, (m + 1) * n / k);
    }
    return out;
  }

  /** n rows of d independent standard normal columns. */
  static Matrix independent(int n, int d, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, d);
    for (int i = 0; i < n * d; i++) {
      x.set(i / d, i % d, rng.gaussian());
    }
    return x;
  }

  /** n rows whose 6 columns are one factor plus 5% noise each: correlation ≈ 0.998. */
  static Matrix stronglyCorrelated(int n, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 6);
    for (int r = 0; r < n; r++) {
      double f = rng.gaussian();
      for (int j = 0; j < 6; j++) {
        x.set(r, j, (j + 1) * f + 0.05 * rng.gaussian());
      }
    }
    return x;
  }

  /**
   * Known answers: many rows of nearly collinear columns need the least shrinkage (a ridge of 1
   * halves the correlation the Gaussian can express), while 28 rows per fit in 25 independent
   * dimensions give a sample correlation matrix with eigenvalues near 0, which only a large ridge
   * keeps from assigning held-out rows tiny densities.
   */
  @Test
  void picksLittleShrinkageForManyCorrelatedRowsAndMuchForFewRowsInManyDimensions() {
    Rng rng = new Rng(3);
    Matrix corr = stronglyCorrelated(400, rng);
    RidgeSelection.Choice a = RidgeSelection.choose(corr, folds(400, 5, rng), new double[6], CANDIDATES);
    assertEquals(0.1, a.ridge(), a.describe());
    assertTrue(a.nll()[0] < a.nll()[1] && a.nll()[1] < a.nll()[2], a.describe());

    Matrix few = independent(35, 25, rng);
    RidgeSelection.Choice b = RidgeSelection.choose(few, folds(35, 5, rng), new double[25], CANDIDATES);
    assertEquals(1.0, b.ridge(), b.describe());
    assertTrue(b.nll()[2] < b.nll()[1] && b.nll()[1] < b.nll()[0], b.describe());
  }

  /**
   * The held-out NLL is that of N(μ, Σ) fitted without the fold, evaluated by Commons Math, with
   * Σ_ab = cov(x_a, x_b) off the diagonal and Σ_aa = (var(x_a) + v_a)(1 + λ): the sample covariance
   * of the (dequantised, v_a = 1/12) columns with the ridge on the correlation scale.
   */
  @Test
  void heldOutNllIsTheGaussianNllOfTheRowsOutsideEachFit() {
    Rng rng = new Rng(5);
    Matrix x = WhiteningTest.correlated(60, rng);
    int[][] folds = folds(60, 4, rng);
    for (double[] added : new double[][] {{0, 0, 0}, {1.0 / 12, 0, 2.0}}) {
      assertEquals(bruteForce(x, folds, added, 0.3), RidgeSelection.heldOutNll(x, folds, added, 0.3), 1e-9);
    }
    assertThrows(IllegalArgumentException.class, () -> RidgeSelection.choose(x, folds, new double[3], List.of()));
  }

  private static double bruteForce(Matrix x, int[][] folds, double[] added, double lambda) {
    int n = x.rows();
    double sum = 0;
    for (int[] fold : folds) {
      List<Integer> held = java.util.Arrays.stream(fold).boxed().toList();
      int nTrain = n - fold.length;
      double[] mean = new double[3];
      double[][] rows = new double[nTrain][3];
      for (int r = 0, t = 0; r < n; r++) {
        if (!held.contains(r)) {
          for (int j = 0; j < 3; j++) {
            rows[t][j] = x.get(r, j);
            mean[j] += x.get(r, j) / nTrain;
          }
          t++;
        }
      }
      double[][] cov = new double[3][3];
      for (double[] row : rows) {
        for (int a = 0; a < 3; a++) {
          for (int b = 0; b < 3; b++) {
            cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (nTrain - 1);
          }
        }
      }
      for (int a = 0; a < 3; a++) {
        cov[a][a] = (cov[a][a] + added[a]) * (1 + lambda);
      }
      MultivariateNormalDistribution normal = new MultivariateNormalDistribution(mean, cov);
      for (int r : fold) {
        sum -= Math.log(normal.density(new double[] {x.get(r, 0), x.get(r, 1), x.get(r, 2)}));
      }
    }
    return sum / n;
  }
}
