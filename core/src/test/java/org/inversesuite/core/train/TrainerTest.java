package org.inversesuite.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * Training against a posterior known in closed form: x ~ N(0, I₂), y = x₁ + x₂ + ε with
 * ε ~ N(0, σ²). Then p(x | y) is Gaussian with precision Λ = I + a aᵀ/σ² (a = (1, 1)) and mean
 * Λ⁻¹ a y / σ².
 */
class TrainerTest {
  static final double SIGMA = 0.5;

  static final Simulator LINEAR_GAUSSIAN = new Simulator() {
    public int xDimension() { return 2; }
    public int yDimension() { return 1; }
    public Batch simulate(int n, Rng rng) {
      Matrix x = Matrix.zeros(Precision.FLOAT64, n, 2);
      Matrix y = Matrix.zeros(Precision.FLOAT64, n, 1);
      for (int r = 0; r < n; r++) {
        double a = rng.gaussian();
        double b = rng.gaussian();
        x.set(r, 0, a);
        x.set(r, 1, b);
        y.set(r, 0, a + b + SIGMA * rng.gaussian());
      }
      return new Batch(x, y);
    }
  };

  static FlowConfig smallFlow() {
    return FlowConfig.couplingChain(2, 1, 4,
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, MlpConfig.of(32, 2, Activation.RELU)));
  }

  static TrainingConfig recipe(int iterations) {
    return TrainingConfig.defaults().withIterations(iterations).withBatchSize(256).withValidation(1000, 100, 0)
        .withLearningRate(3e-3, new LearningRateSchedule.Cosine(0.01)).withSeed(7);
  }

  static TrainingResult train(Flow flow, TrainingConfig config, Simulator sim) {
    Rng seed = new Rng(config.seed());
    Batch validation = sim.simulate(config.validationSize(), seed.stream("validation"));
    return new Trainer(config, Kernels.FASTEST).train(flow, Trainer.Inputs.of(ParameterSpace.identity(2),
        Standardization.identity(1), new BatchSource.Online(sim, seed.stream("training")), validation,
        TrainingListener.NONE));
  }

  @Test
  void learnsTheAnalyticGaussianPosterior() {
    TrainingConfig config = recipe(1500);
    Flow flow = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(config.seed()), true);
    TrainingResult result = train(flow, config, LINEAR_GAUSSIAN);
    assertEquals(TrainingResult.StopReason.COMPLETED, result.stopReason());
    double y = 1.0;
    double s2 = SIGMA * SIGMA;
    // Λ = [[1 + 1/s2, 1/s2], [1/s2, 1 + 1/s2]]; Σ = Λ⁻¹; mean = Σ a y / s2.
    double p = 1 + 1 / s2;
    double q = 1 / s2;
    double det = p * p - q * q;
    double varTrue = p / det;
    double covTrue = -q / det;
    double meanTrue = (p - q) / det * y / s2;
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(2), Standardization.identity(1), 2)) {
      Matrix samples = cinn.sample(new double[] {y}, 20000, new Rng(11));
      double[] mean = new double[2];
      for (int r = 0; r < samples.rows(); r++) {
        mean[0] += samples.get(r, 0) / samples.rows();
        mean[1] += samples.get(r, 1) / samples.rows();
      }
      double v0 = 0;
      double c01 = 0;
      for (int r = 0; r < samples.rows(); r++) {
        double a = samples.get(r, 0) - mean[0];
        double b = samples.get(r, 1) - mean[1];
        v0 += a * a / (samples.rows() - 1);
        c01 += a * b / (samples.rows() - 1);
      }
      assertEquals(meanTrue, mean[0], 0.05, "posterior mean of x1");
      assertEquals(meanTrue, mean[1], 0.05, "posterior mean of x2");
      assertEquals(varTrue, v0, 0.06, "posterior variance of x1");
      assertEquals(covTrue, c01, 0.06, "posterior covariance");
      // The learned density against the analytic one at the posterior mean.
      Matrix at = Matrix.of(Precision.FLOAT64, new double[][] {{meanTrue, meanTrue}});
      Matrix obs = Matrix.of(Precision.FLOAT64, new double[][] {{y}});
      double analytic = -Math.log(2 * Math.PI) - 0.5 * Math.log(varTrue * varTrue - covTrue * covTrue);
      assertEquals(analytic, cinn.logDensity(at, obs)[0], 0.15, "log p(x|y) at the posterior mean");
    }
  }

  @Test
  void sameSeedGivesIdenticalParametersOnTwoThreads() {
    TrainingConfig config = recipe(30);
    Flow a = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    Flow b = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    train(a, config, LINEAR_GAUSSIAN);
    train(b, config, LINEAR_GAUSSIAN);
    assertArrayEquals(a.parameters().values().toRows()[0], b.parameters().values().toRows()[0]);
    Flow c = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    train(c, config.withSeed(8), LINEAR_GAUSSIAN);
    assertTrue(Math.abs(a.parameters().values().get(100) - c.parameters().values().get(100)) > 0
        || Math.abs(a.parameters().values().get(1000) - c.parameters().values().get(1000)) > 0);
  }

  /** Stands for a process killed right after its checkpoint at a given step was written. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void resumedRunEqualsUninterruptedRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    TrainingConfig config = recipe(60).withValidation(500, 20, 2);
    Rng seed = new Rng(config.seed());
    Batch validation = LINEAR_GAUSSIAN.simulate(500, seed.stream("validation"));
    Trainer.Inputs plain = Trainer.Inputs.of(ParameterSpace.identity(2), Standardization.identity(1),
        new BatchSource.Online(LINEAR_GAUSSIAN, seed.stream("training")), validation, TrainingListener.NONE);
    Flow straight = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    TrainingResult expected = new Trainer(config, Kernels.FASTEST).train(straight, plain);

    java.nio.file.Path file = dir.resolve("checkpoint.ckpt");
    Checkpointer crashing = (flow, state) -> {
      org.inversesuite.core.io.CheckpointStore.save(file, flow, state);
      if (state.iteration() == 30) {
        throw new Crash();
      }
    };
    Trainer.Inputs withCheckpoints = new Trainer.Inputs(plain.xSpace(), plain.yNorm(), plain.source(), validation,
        TrainingListener.NONE, crashing, 10);
    Flow interrupted = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    assertThrows(Crash.class, () -> new Trainer(config, Kernels.FASTEST).train(interrupted, withCheckpoints));

    var checkpoint = org.inversesuite.core.io.CheckpointStore.load(file, config);
    assertEquals(30, checkpoint.state().iteration());
    Flow resumed = Flow.build(interrupted.config(), Precision.FLOAT32, new Rng(999), false);
    resumed.parameters().assign(checkpoint.parameters());
    TrainingResult actual = new Trainer(config, Kernels.FASTEST).resume(resumed,
        new Trainer.Inputs(plain.xSpace(), plain.yNorm(), plain.source(), validation, TrainingListener.NONE,
            Checkpointer.NONE, 10), checkpoint.state());
    assertArrayEquals(straight.parameters().values().toRows()[0], resumed.parameters().values().toRows()[0]);
    assertEquals(expected.history().stream().map(TrainingResult.Point::validationLoss).toList(),
        actual.history().stream().map(TrainingResult.Point::validationLoss).toList());
    assertEquals(expected.keptIteration(), actual.keptIteration());
  }

  @Test
  void divergingTrainingStopsAndKeepsFiniteParameters() {
    FlowConfig unclamped = FlowConfig.couplingChain(2, 1, 4,
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.NONE, 1.0, MlpConfig.of(32, 2, Activation.RELU)));
    TrainingConfig config = recipe(400).withLearningRate(50, new LearningRateSchedule.Constant());
    Flow flow = Flow.build(unclamped, Precision.FLOAT32, new Rng(3), true);
    TrainingResult result = train(flow, config, LINEAR_GAUSSIAN);
    assertEquals(TrainingResult.StopReason.NON_FINITE, result.stopReason(), result.message());
    assertTrue(result.message().contains("iteration " + result.iterationsRun()), result.message());
    Matrix v = flow.parameters().values();
    for (int i = 0; i < v.size(); i++) {
      assertTrue(Double.isFinite(v.get(i)), "parameter " + i + " is " + v.get(i));
    }
  }

  @Test
  void nanInTrainingDataNamesIterationRowAndColumn() {
    Simulator broken = new Simulator() {
      public int xDimension() { return 2; }
      public int yDimension() { return 1; }
      public Batch simulate(int n, Rng rng) {
        Batch b = LINEAR_GAUSSIAN.simulate(n, rng);
        if (n == 256) {
          b.y().set(17, 0, Double.NaN);
        }
        return b;
      }
    };
    Flow flow = Flow.build(smallFlow(), Precision.FLOAT32, new Rng(3), true);
    NonFiniteException e = assertThrows(NonFiniteException.class, () -> train(flow, recipe(5), broken));
    assertEquals(17, e.rowIndex());
    assertEquals(0, e.columnIndex());
    assertTrue(e.getMessage().contains("iteration 0"), e.getMessage());
  }
}
