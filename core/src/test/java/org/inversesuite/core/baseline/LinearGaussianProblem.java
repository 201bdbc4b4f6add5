package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A problem with a known posterior for the baselines' tests: x ~ N(0, I₂),
 * y = (x₁, 2 x₂) + N(0, 0.5² I). The posterior is Gaussian with independent components:
 * x₁ | y ~ N(0.8 y₁, 0.2) and x₂ | y ~ N(8 y₂ / 17, 1/17) (precision 1 + a²/σ², mean
 * (a/σ²) y / precision for a = 1 and 2).
 */
final class LinearGaussianProblem implements Simulator {
  static final double NOISE = 0.5;
  static final double[] SLOPE = {1, 2};

  @Override
  public int xDimension() {
    return 2;
  }

  @Override
  public int yDimension() {
    return 2;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = new DoubleMatrix(n, 2);
    Matrix y = new DoubleMatrix(n, 2);
    for (int i = 0; i < 2 * n; i++) {
      x.set(i, rng.gaussian());
      y.set(i, SLOPE[i % 2] * x.get(i) + NOISE * rng.gaussian());
    }
    return new Batch(x, y);
  }

  /** @return posterior variance of component j */
  static double variance(int j) {
    return 1 / (1 + SLOPE[j] * SLOPE[j] / (NOISE * NOISE));
  }

  /** @return posterior mean of component j given y_j */
  static double mean(int j, double yj) {
    return SLOPE[j] / (NOISE * NOISE) * yj * variance(j);
  }

  /** @return log p(x | y), the exact posterior density */
  static double logPosterior(double[] x, double[] y) {
    double s = 0;
    for (int j = 0; j < 2; j++) {
      double v = variance(j);
      double z = x[j] - mean(j, y[j]);
      s += -0.5 * z * z / v - 0.5 * Math.log(2 * Math.PI * v);
    }
    return s;
  }

  /**
   * Draws 4000 samples of the estimator for y and compares their mean and standard deviation
   * with the exact posterior's.
   */
  static void assertPosteriorMoments(PosteriorEstimator q, double[] y, double meanTol, double relStdTol) {
    Matrix s = q.sample(y, 4000, new Rng(99));
    for (int j = 0; j < 2; j++) {
      double m = 0;
      for (int r = 0; r < s.rows(); r++) {
        m += s.get(r, j);
      }
      m /= s.rows();
      double v = 0;
      for (int r = 0; r < s.rows(); r++) {
        v += (s.get(r, j) - m) * (s.get(r, j) - m);
      }
      double std = Math.sqrt(v / (s.rows() - 1));
      double exactStd = Math.sqrt(variance(j));
      assertEquals(mean(j, y[j]), m, meanTol, "posterior mean of x" + (j + 1) + " for y = " + java.util.Arrays.toString(y));
      assertEquals(exactStd, std, relStdTol * exactStd, "posterior std of x" + (j + 1) + " for y = "
          + java.util.Arrays.toString(y));
    }
  }
}
