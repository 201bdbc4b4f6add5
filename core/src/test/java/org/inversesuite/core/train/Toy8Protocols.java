package org.inversesuite.core.train;

import java.util.Locale;
import org.inversesuite.core.inn.EightModes;
import org.inversesuite.core.inn.Inn;
import org.inversesuite.core.inn.InnConfig;
import org.inversesuite.core.inn.InnTraining;
import org.inversesuite.core.inn.ModeCoverage;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Trains the toy preset as {@code inverse inn toy8} does ({@code main(steps, finalSteps[, labels])},
 * labels SOME by default), then measures the between-modes share of label 0 (2000 samples, as both
 * tools) with the command's evaluation stream (and 10 000 samples of it), with
 * docs/scripts/InnToy8Variant.java's ({@code new Rng(7)}, one Gaussian of y noise drawn per y entry
 * before the samples) and with the command's stream of 100 other seeds: how far apart two
 * evaluations of one and the same network fall (docs/reproducibility.md).
 */
public final class Toy8Protocols {
  private Toy8Protocols() {}

  public static void main(String[] args) {
    int steps = Integer.parseInt(args[0]);
    int finalSteps = Integer.parseInt(args[1]);
    EightModes.Labels labels = args.length > 2 ? EightModes.Labels.valueOf(args[2]) : EightModes.Labels.SOME;
    EightModes toy = new EightModes(labels);
    InnConfig config = InnConfig.eightModesToy().withSchedule(steps, InnConfig.eightModesToy().batchSize());
    InnConfig stage = InnConfig.eightModesToyFinalStage().withSchedule(finalSteps, InnConfig.TOY_FINAL_BATCH);
    // the driver's config with -Dtoy=true -Dfinal=finalSteps and no other property
    InnConfig d0 = InnConfig.eightModesToy();
    InnConfig driver = new InnConfig(2, 8, 2, d0.totalDimension(), d0.couplings(), d0.hiddenWidth(), 1, 2.0,
        d0.lambdaFit(), d0.lambdaLatent(), d0.lambdaBackward(), d0.lambdaReconstruct(), d0.lambdaPadding(),
        d0.lambdaLikelihood(), d0.yNoise(), d0.padNoise(), d0.zNoise(), d0.forwardKernels(), d0.backwardKernels(),
        d0.batchSize(), steps, d0.rampStart(), d0.learningRate(), d0.finalDecay(), d0.weightDecay(), d0.seed());
    System.out.println("driver config (-Dtoy=true) equals the command's: " + driver.equals(config)
        + "; final stage equal: " + driver.finalStage(finalSteps, 1600, 1e-3).equals(stage));
    Inn inn = InnTraining.train(config, toy, Precision.FLOAT32, null);
    if (finalSteps > 0) {
      inn = InnTraining.continueTraining(inn, stage, toy, null);
    }
    long weights = TrainingFingerprint.fingerprint(inn.flow().parameters().values());
    System.out.printf(Locale.ROOT, "weights %016x%n", weights);
    int n = 2000;
    Matrix command = inn.sample(EightModes.oneHot(0), n, new Rng(config.seed()).stream("evaluation"));
    System.out.printf(Locale.ROOT, "label 0 between, command's evaluation stream: %.3f%n",
        ModeCoverage.outsideFraction(command, labels, 0, 0.6));
    Matrix longer = inn.sample(EightModes.oneHot(0), 5 * n, new Rng(config.seed()).stream("evaluation"));
    System.out.printf(Locale.ROOT, "label 0 between, command's evaluation stream, %d samples: %.3f%n", 5 * n,
        ModeCoverage.outsideFraction(longer, labels, 0, 0.6));
    Rng rng = new Rng(7);
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, 8);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 8; j++) {
        y.set(r, j, (j == 0 ? 1 : 0) + 0 * rng.gaussian());
      }
    }
    System.out.printf(Locale.ROOT, "label 0 between, driver's evaluation stream: %.3f%n",
        ModeCoverage.outsideFraction(inn.sampleEach(y, rng), labels, 0, 0.6));
    double sum = 0;
    double sq = 0;
    double lo = 1;
    double hi = 0;
    StringBuilder all = new StringBuilder();
    int seeds = 100;
    for (int s = 2; s < 2 + seeds; s++) {
      double b = ModeCoverage.outsideFraction(inn.sample(EightModes.oneHot(0), n, new Rng(s).stream("evaluation")),
          labels, 0, 0.6);
      sum += b;
      sq += b * b;
      lo = Math.min(lo, b);
      hi = Math.max(hi, b);
      all.append(String.format(Locale.ROOT, " %.3f", b));
    }
    double mean = sum / seeds;
    System.out.printf(Locale.ROOT, "label 0 between with the command's stream of seeds 2-%d: mean %.3f sd %.4f "
        + "(binomial "
        + "%.4f) range %.3f-%.3f:%s%n", seeds + 1, mean, Math.sqrt((sq - seeds * mean * mean) / (seeds - 1)),
        Math.sqrt(mean * (1 - mean) / n), lo, hi, all);
  }
}
