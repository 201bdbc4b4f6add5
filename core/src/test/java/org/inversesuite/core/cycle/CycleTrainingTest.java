package org.inversesuite.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The training loop end to end on y = x₁ + x₂: a posterior estimator with the cycle term on and off. */
class CycleTrainingTest {
  static InverseProblem sum() {
    ForwardModel f = new ForwardModel() {
      public int inputDimension() { return 2; }
      public int outputDimension() { return 1; }
      public Matrix apply(Matrix x) {
        Matrix y = Matrix.zeros(Precision.FLOAT64, x.rows(), 1);
        for (int r = 0; r < x.rows(); r++) {
          y.set(r, 0, x.get(r, 0) + x.get(r, 1));
        }
        return y;
      }
    };
    return new InverseProblem("sum", new DiagonalGaussianPrior(new double[] {0, 0}, new double[] {1, 1},
        List.of("a", "b")), f, ObservationModel.NONE, List.of("y"));
  }

  @Test
  void trainsAPosteriorEstimatorWithAndWithoutTheCycleTerm() {
    CycleConfig config = new CycleConfig(2, new MafConfig(ClampActivation.ATAN, 2.0, MlpConfig.of(16, 1, Activation.TANH)),
        5.0, 16, 1e-4);
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(40).withBatchSize(32).withSeed(2).withThreads(1);
    CycleTraining.Trained cycled = CycleTraining.online(sum(), config, recipe);
    CycleTraining.Trained plain = CycleTraining.online(sum(), config.withCycleWeight(0), recipe);
    assertTrue(cycled.finalTerms().cycle() > 0 && Double.isFinite(cycled.finalTerms().likelihood()));
    assertEquals(0.0, plain.finalTerms().cycle());
    for (PosteriorEstimator q : List.of(cycled.cinn(), plain.cinn())) {
      Matrix s = q.sample(new double[] {0.5}, 50, new Rng(3));
      assertEquals(50, s.rows());
      assertEquals(2, s.cols());
      for (int i = 0; i < s.size(); i++) {
        assertTrue(Double.isFinite(s.get(i)));
      }
      assertTrue(Double.isFinite(q.logDensity(s, Matrix.of(Precision.FLOAT64, new double[50][1]))[0]));
    }
    cycled.cinn().close();
    plain.cinn().close();
  }
}
