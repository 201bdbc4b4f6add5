package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class GeneticInversionTest {
  /** f(x) = x₁ + x₂: the inverse set of y* is a line. */
  static final ForwardModel SUM = new ForwardModel() {
    @Override
    public int inputDimension() {
      return 2;
    }

    @Override
    public int outputDimension() {
      return 1;
    }

    @Override
    public Matrix apply(Matrix x) {
      Matrix y = new DoubleMatrix(x.rows(), 1);
      for (int i = 0; i < x.rows(); i++) {
        y.set(i, x.get(i, 0) + x.get(i, 1));
      }
      return y;
    }
  };
  static final DiagonalGaussianPrior PRIOR = new DiagonalGaussianPrior(new double[] {0, 0},
      new double[] {1, 1}, List.of("a", "b"));

  @Test
  void populationSolvesTheProblemAndMarksOutTheInverseSet() {
    GeneticInversion ga = new GeneticInversion(PRIOR, SUM, GeneticInversionConfig.defaults(), new Rng(1));
    double sigmaY = Math.sqrt(2);
    double tolerance = GeneticInversionConfig.defaults().tolerance() * sigmaY;
    for (double y : new double[] {-1.5, 0.3, 2.0}) {
      Matrix s = ga.sample(new double[] {y}, 400, new Rng(2));
      double worst = 0;
      double spread = 0;
      for (int r = 0; r < s.rows(); r++) {
        worst = Math.max(worst, Math.abs(s.get(r, 0) + s.get(r, 1) - y));
        spread += Math.pow(s.get(r, 0) - s.get(r, 1), 2) / s.rows();
      }
      assertTrue(worst < 2 * tolerance, "largest residual " + worst + " for y* = " + y);
      assertTrue(spread > 0.5, "population must spread along the line, mean square of x1 - x2 = " + spread);
    }
    assertEquals(3, ga.sampleEach(new DoubleMatrix(3, 1, new double[] {0, 1, 2}), new Rng(3)).rows());
    assertThrows(IllegalArgumentException.class, () -> ga.sample(new double[] {0, 1}, 10, new Rng(1)));
  }
}
