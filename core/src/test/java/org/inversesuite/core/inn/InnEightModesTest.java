package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A short bidirectional training of the toy preset ({@link InnConfig#eightModesToy()} followed by
 * {@link InnConfig#eightModesToyFinalStage()}) on the 8-mode toy, once per label map. Against the
 * known answer (each label's posterior is the equal mixture of its modes N(μ, 0.2² I)): every own
 * mode must receive at least {@value #MIN_SHARE} of its share of the samples within 0.6 of its
 * centre (a lost mode fails), the standard deviation of each coordinate there must lie in
 * [{@value #MIN_SPREAD}, {@value #MAX_SPREAD}] (true 0.195: a mode squeezed to a streak or smeared
 * fails), at most 10 % of the samples may fall in the modes of other labels, and at most
 * {@value #MAX_BETWEEN} of a label's samples may lie farther than 3σ = 0.6 from every one of its
 * modes. The last bound is a regression guard at the measured state, not the truth (0.011) nor the
 * 5 % rule of {@code inverse inn toy8}: with the final stage thin bridges still hold 0.09-0.12 of
 * the samples with 'none' labels, 0.08 for label 0 of 'some' (docs/inn.md, "Final stage"); the
 * preset without it put 0.15-0.18 there, FrEIA's demo settings ({@link InnConfig#eightModes()})
 * 0.32. About 10 minutes per label map on a loaded 2-core machine: {@code mvn -pl core -am verify
 * -Dtest.tags.excluded=none -Dgroups=slow -Dtest=InnEightModesTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class InnEightModesTest {
  static final double MIN_SHARE = 0.6;
  static final double MIN_SPREAD = 0.08;
  static final double MAX_SPREAD = 0.3;
  static final double MAX_BETWEEN = 0.15;

  @ParameterizedTest
  @EnumSource(EightModes.Labels.class)
  void everyModeOfEveryPosteriorIsRecoveredAsARoundClump(EightModes.Labels labels) {
    EightModes toy = new EightModes(labels);
    InnConfig defaults = InnConfig.eightModesToy();
    InnConfig config = defaults.withSchedule(Integer.getInteger("inn.steps", defaults.steps()),
        Integer.getInteger("inn.batch", defaults.batchSize()));
    InnConfig finalDefaults = InnConfig.eightModesToyFinalStage();
    InnConfig stage = finalDefaults.withSchedule(Integer.getInteger("inn.finalSteps", finalDefaults.steps()),
        Integer.getInteger("inn.finalBatch", finalDefaults.batchSize()));
    long t0 = System.nanoTime();
    Inn inn = InnTraining.train(config, toy, Precision.FLOAT32, p -> log("step", p, t0));
    inn = InnTraining.continueTraining(inn, stage, toy, p -> log("final stage step", p, t0));
    Rng rng = new Rng(5);
    for (int label : toy.labels().used()) {
      Matrix x = inn.sample(EightModes.oneHot(label), 2000, rng);
      int[] counts = ModeCoverage.counts(x, 0.6);
      int modes = 0;
      for (int m = 0; m < 8; m++) {
        modes += toy.labels().of(m) == label ? 1 : 0;
      }
      double between = ModeCoverage.outsideFraction(x, toy.labels(), label, 0.6);
      String s = String.format(Locale.ROOT, "%s label %d: samples per mode %s, between modes %.3f", labels, label,
          Arrays.toString(counts), between);
      System.out.println(s);
      assertTrue(between <= MAX_BETWEEN, s + ": more than " + MAX_BETWEEN + " of the samples lie farther than 0.6 from "
          + "every mode of the label (true 0.011)");
      int wrong = 0;
      for (int m = 0; m < 8; m++) {
        if (toy.labels().of(m) != label) {
          wrong += counts[m];
          continue;
        }
        assertTrue(counts[m] >= MIN_SHARE * 2000 / modes, s + ": mode " + m + " is not recovered");
        double[] sd = ModeCoverage.spread(x, m, 0.6);
        System.out.printf(Locale.ROOT, "  mode %d: standard deviations %.3f, %.3f (true 0.195)%n", m, sd[0], sd[1]);
        for (double v : sd) {
          assertTrue(v >= MIN_SPREAD && v <= MAX_SPREAD, s + ": mode " + m + " has standard deviations " + sd[0] + ", "
              + sd[1] + " outside [" + MIN_SPREAD + ", " + MAX_SPREAD + "] (true 0.195 inside 0.6)");
        }
      }
      assertTrue(wrong <= 0.1 * 2000, s + ": " + wrong + " samples in modes of other labels");
    }
  }

  private static void log(String what, InnProgress p, long t0) {
    if (p.step() % 100 == 0) {
      System.out.printf(Locale.ROOT, "%s %d fit %.4f latent %.4f rec %.4f back %.4f (%.1f s)%n", what, p.step(), p.fit(),
          p.latent(), p.reconstruct(), p.backward(), (System.nanoTime() - t0) / 1e9);
    }
  }
}
