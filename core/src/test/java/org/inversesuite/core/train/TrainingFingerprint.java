package org.inversesuite.core.train;

import java.util.Locale;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.inn.EightModes;
import org.inversesuite.core.inn.Inn;
import org.inversesuite.core.inn.InnConfig;
import org.inversesuite.core.inn.InnTraining;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Prints a fingerprint (FNV-1a over the bit patterns) of the weights after a short float32
 * training of a small INN (the toy preset, narrowed) and a small cINN, so that separate JVMs can
 * be compared: {@code main(steps, threads)}. Run by {@link CrossJvmReproducibilityTest} and by hand
 * (docs/reproducibility.md).
 */
public final class TrainingFingerprint {
  private TrainingFingerprint() {}

  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    System.out.printf(Locale.ROOT, "inn %016x%n", inn(steps));
    System.out.printf(Locale.ROOT, "cinn %016x%n", cinn(steps, threads));
  }

  /** @return the fingerprint of a 4-coupling, width-32 toy INN after {@code steps} steps of batch 64 */
  static long inn(int steps) {
    InnConfig toy = InnConfig.eightModesToy();
    InnConfig c = new InnConfig(2, 8, 2, toy.totalDimension(), 4, 32, 1, toy.clamp(), toy.lambdaFit(),
        toy.lambdaLatent(), toy.lambdaBackward(), toy.lambdaReconstruct(), toy.lambdaPadding(),
        toy.lambdaLikelihood(), toy.yNoise(), toy.padNoise(), toy.zNoise(), toy.forwardKernels(),
        toy.backwardKernels(), 64, steps, toy.rampStart(), toy.learningRate(), toy.finalDecay(), toy.weightDecay(),
        toy.seed());
    Inn inn = InnTraining.train(c, new EightModes(EightModes.Labels.SOME), Precision.FLOAT32, null);
    return fingerprint(inn.flow().parameters().values());
  }

  /**
   * @return the fingerprint of {@link TrainerTest}'s cINN on its linear Gaussian problem after
   *     {@code steps} iterations on {@code threads} threads
   */
  static long cinn(int steps, int threads) {
    TrainingConfig config = TrainingConfig.defaults().withIterations(steps).withBatchSize(128)
        .withValidation(200, 1000, 0).withLearningRate(3e-3, new LearningRateSchedule.Cosine(0.01)).withSeed(7)
        .withThreads(threads);
    Simulator sim = TrainerTest.LINEAR_GAUSSIAN;
    Flow flow = Flow.build(TrainerTest.smallFlow(), Precision.FLOAT32, new Rng(config.seed()), true);
    Rng seed = new Rng(config.seed());
    Batch validation = sim.simulate(config.validationSize(), seed.stream("validation"));
    new Trainer(config, Kernels.FASTEST).train(flow, Trainer.Inputs.of(ParameterSpace.identity(2),
        Standardization.identity(1), new BatchSource.Online(sim, seed.stream("training")), validation,
        TrainingListener.NONE));
    return fingerprint(flow.parameters().values());
  }

  /** @return FNV-1a 64 over the float (or double) bit patterns of the values */
  static long fingerprint(Matrix values) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < values.size(); i++) {
      long bits = values.precision() == Precision.FLOAT32 ? Float.floatToRawIntBits((float) values.get(i))
          : Double.doubleToRawLongBits(values.get(i));
      h = (h ^ bits) * 0x100000001b3L;
    }
    return h;
  }
}
