package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A noise-free linear-Gaussian problem with a known posterior, for the autoencoder baselines
 * (whose encoders see x only and so need y = f(x) without noise): x ~ N(0, diag(1, 4)),
 * y = x₁ + x₂. The posterior lies on the line x₁ + x₂ = y: x₁ | y ~ N(y/5, 4/5),
 * x₂ = y − x₁, so x₂ | y ~ N(4y/5, 4/5) (Gaussian conditioning with Cov(x, y) = (1, 4),
 * Var y = 5).
 */
final class LineProblem implements Simulator {
  private static final double[] PRIOR_STD = {1, 2};

  @Override
  public int xDimension() {
    return 2;
  }

  @Override
  public int yDimension() {
    return 1;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = new DoubleMatrix(n, 2);
    Matrix y = new DoubleMatrix(n, 1);
    for (int i = 0; i < n; i++) {
      x.set(i, 0, PRIOR_STD[0] * rng.gaussian());
      x.set(i, 1, PRIOR_STD[1] * rng.gaussian());
      y.set(i, 0, x.get(i, 0) + x.get(i, 1));
    }
    return new Batch(x, y);
  }

  /**
   * Draws 4000 samples for y and compares mean and standard deviation of both components with the
   * exact posterior, and the mean squared residual (x₁ + x₂ − y)² with {@code maxResidual}.
   */
  static void assertPosterior(PosteriorEstimator q, double y, double meanTol, double relStdTol, double maxResidual) {
    Matrix s = q.sample(new double[] {y}, 4000, new Rng(99));
    double[] exactMean = {y / 5, 4 * y / 5};
    double exactStd = Math.sqrt(0.8);
    double residual = 0;
    for (int r = 0; r < s.rows(); r++) {
      double e = s.get(r, 0) + s.get(r, 1) - y;
      residual += e * e / s.rows();
    }
    for (int j = 0; j < 2; j++) {
      double[] column = new double[s.rows()];
      for (int r = 0; r < s.rows(); r++) {
        column[r] = s.get(r, j);
      }
      double m = Arrays.stream(column).average().orElseThrow();
      double v = Arrays.stream(column).map(c -> (c - m) * (c - m)).sum() / (column.length - 1);
      assertEquals(exactMean[j], m, meanTol, "posterior mean of x" + (j + 1) + " for y = " + y);
      assertEquals(exactStd, Math.sqrt(v), relStdTol * exactStd, "posterior std of x" + (j + 1) + " for y = " + y);
    }
    assertTrue(residual < maxResidual, "mean squared residual (x1 + x2 - y)^2 = " + residual + " for y = " + y);
  }
}
