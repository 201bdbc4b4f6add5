package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class IterativeInversionTest {
  /** x ~ N(0, I₂), y = x₁ + x₂ without noise: the solutions of y* form a line. */
  private static final DiagonalGaussianPrior PRIOR = new DiagonalGaussianPrior(new double[] {0, 0},
      new double[] {1, 1}, List.of("a", "b"));
  private static final Simulator SUM = new Simulator() {
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
      Matrix x = PRIOR.sample(n, rng);
      Matrix y = new DoubleMatrix(n, 1);
      for (int i = 0; i < n; i++) {
        y.set(i, x.get(i, 0) + x.get(i, 1));
      }
      return new Batch(x, y);
    }
  };

  @Test
  void endPointsSolveTheInverseProblemAndSpreadAlongTheSolutions() {
    IterativeInversion inversion = IterativeInversion.train(SUM, PRIOR, new NetworkRecipe(800, 256, 3e-3, 32, 2, 5),
        50, 0.3);
    for (double y : new double[] {-1.5, 0.3, 2.0}) {
      Matrix s = inversion.sample(new double[] {y}, 500, new Rng(3));
      double error = 0;
      double spread = 0;
      double startError = 0;
      Matrix starts = PRIOR.sample(500, new Rng(3));
      for (int r = 0; r < s.rows(); r++) {
        double e = s.get(r, 0) + s.get(r, 1) - y;
        error += e * e / s.rows();
        double e0 = starts.get(r, 0) + starts.get(r, 1) - y;
        startError += e0 * e0 / s.rows();
        spread += (s.get(r, 0) - s.get(r, 1)) * (s.get(r, 0) - s.get(r, 1)) / s.rows();
      }
      assertTrue(error < 0.01 * startError, "re-simulation error " + error + " against " + startError
          + " at the starts, y* = " + y);
      assertTrue(spread > 0.5, "end points must spread along x1 - x2, got mean square " + spread);
    }
    assertFalse(inversion.hasDensity());
  }
}
