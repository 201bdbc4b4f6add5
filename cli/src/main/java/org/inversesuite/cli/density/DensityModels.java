package org.inversesuite.cli.density;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.baseline.GaussianDensity;
import org.inversesuite.core.baseline.GaussianMixtureDensity;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.infer.DensityTraining;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/**
 * The models of the density check, each fitted on a {@link TabularSplit}'s training rows and
 * scored on its test rows. Baselines: a full-covariance Gaussian (ridge 10⁻⁶) and a Gaussian
 * mixture by EM with K ∈ {2, 3, 4, 6, 8} chosen on the validation rows (ridge 10⁻⁶; a K whose
 * EM fails on a singular covariance is skipped). Flows (unconditional, float32, AdamW 10⁻³ with
 * cosine decay and decoupled weight decay 10⁻⁴, batch 128, validation once per epoch (at least
 * every 5 steps), early stopping after 10 validations without improvement, best parameters
 * kept): MAF (5 MADE layers with random permutations),
 * rational-quadratic spline coupling (4 blocks, 8 bins on [−4, 4]) and affine Glow coupling
 * (4 blocks), all with two hidden layers of 64 ReLU units.
 */
final class DensityModels {
  private static final double RIDGE = 1e-6;
  private static final int[] COMPONENTS = {2, 3, 4, 6, 8};
  private static final int BATCH = 128;
  private static final int PATIENCE = 10;
  private static final double WEIGHT_DECAY = 1e-4;
  private final int iterations;
  private final long seed;

  DensityModels(int iterations, long seed) {
    this.iterations = iterations;
    this.seed = seed;
  }

  List<DensityResult> fitAll(TabularSplit s) {
    List<DensityResult> out = new ArrayList<>();
    out.add(gaussian(s));
    out.add(mixture(s));
    int d = s.dimension();
    MlpConfig net = MlpConfig.of(64, 2, Activation.RELU);
    out.add(flow(s, "MAF", FlowPresets.maf(d, 0, 5, new MafConfig(ClampActivation.ATAN, 2.0, net))));
    out.add(flow(s, "RQ-spline coupling", FlowPresets.splineCoupling(d, 0, 4, new RqSplineCouplingConfig(8, 4.0, net))));
    out.add(flow(s, "affine coupling", FlowConfig.couplingChain(d, 0, 4, AffineCouplingConfig.defaults().withSubnet(net))));
    return out;
  }

  private DensityResult result(TabularSplit s, String model, double[] lp, long parameters, long start, String note) {
    double[] m = DensityResult.meanAndError(lp);
    return new DensityResult(s.name(), model, s.dimension(), s.train().rows(), s.test().rows(), m[0], m[1], parameters,
        (System.nanoTime() - start) * 1e-9, note);
  }

  private static long gaussianParameters(int d) {
    return d + (long) d * (d + 1) / 2;
  }

  private DensityResult gaussian(TabularSplit s) {
    long start = System.nanoTime();
    GaussianDensity g = GaussianDensity.fit(s.train(), RIDGE);
    return result(s, "Gaussian", g.logDensity(s.test()), gaussianParameters(s.dimension()), start, "full covariance, ML");
  }

  private DensityResult mixture(TabularSplit s) {
    long start = System.nanoTime();
    GaussianMixtureDensity best = null;
    double bestValidation = Double.NEGATIVE_INFINITY;
    List<String> failed = new ArrayList<>();
    for (int k : COMPONENTS) {
      if (2 * k > s.train().rows()) {
        continue;
      }
      try {
        GaussianMixtureDensity m = GaussianMixtureDensity.fit(s.train(), k, 300, RIDGE);
        double v = DensityResult.meanAndError(m.logDensity(s.validation()))[0];
        if (v > bestValidation) {
          bestValidation = v;
          best = m;
        }
      } catch (IllegalArgumentException e) {
        failed.add(String.valueOf(k));
      }
    }
    if (best == null) {
      throw new IllegalStateException(s.name() + ": EM failed for every K in " + java.util.Arrays.toString(COMPONENTS));
    }
    int k = best.components();
    long params = k * gaussianParameters(s.dimension()) + k - 1;
    String note = "K = " + k + " by validation" + (failed.isEmpty() ? "" : "; EM failed for K = " + String.join(", ", failed));
    return result(s, "Gaussian mixture", best.logDensity(s.test()), params, start, note);
  }

  /**
   * @return steps between validations: one epoch of the training rows, at least 5 steps (a fixed
   *     100 steps was 30-100 epochs on the sets of a few hundred rows, so early stopping could
   *     only keep an already overfitted step 100)
   */
  static int validationInterval(int trainRows) {
    return Math.max(5, (trainRows + BATCH - 1) / BATCH);
  }

  private DensityResult flow(TabularSplit s, String name, FlowConfig config) {
    long start = System.nanoTime();
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(iterations).withBatchSize(BATCH)
        .withLearningRate(1e-3, new LearningRateSchedule.Cosine(0))
        .withValidation(s.validation().rows(), validationInterval(s.train().rows()), PATIENCE)
        .withRegularisation(WEIGHT_DECAY, 0, 0).withThreads(2).withSeed(seed);
    CinnTraining.Trained t = DensityTraining.fit(config, recipe, s.train(), s.validation(), TrainingListener.NONE);
    try (var cinn = t.cinn()) {
      double[] lp = cinn.logDensity(s.test(), DensityTraining.noCondition(Precision.FLOAT64, s.test().rows()));
      String note = t.result().iterationsRun() + " steps, kept step " + t.result().keptIteration();
      return result(s, name, lp, cinn.flow().parameters().size(), start, note);
    }
  }
}
