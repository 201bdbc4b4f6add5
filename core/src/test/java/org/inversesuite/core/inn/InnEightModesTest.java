package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A short bidirectional training on the 8-mode toy with the 'some' labels: label 0 covers four
 * modes, label 1 two, labels 2 and 3 one each. Every mode of every posterior must receive at
 * least 40 % of its share of the samples (within 0.6 of its centre), must not be collapsed to a
 * point (standard deviation at least 0.05 in each coordinate, a quarter of the true 0.2), and
 * at most 10 % of the samples may fall in the modes of another label. Against the known answer
 * (the mixture of the label's modes N(μ, 0.2² I)): at most {@value #MAX_BETWEEN} of a label's
 * samples may lie farther than 3σ = 0.6 from every one of its modes, and the standard deviation
 * of each coordinate inside 0.6 of a mode must be at most {@value #MAX_SPREAD}. These two bounds
 * are regression guards at the measured state, NOT the true posterior: the truth is 0.011 and
 * 0.195, the INN puts 0.33 of label 0's samples on a ring between its four modes and has spreads
 * 0.09-0.31 (docs/inn.md); a wider ring or a smeared mode fails. About 5 minutes on a
 * loaded 2-core machine: {@code mvn -pl core -am verify -Dtest.tags.excluded=none -Dgroups=slow
 * -Dtest=InnEightModesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class InnEightModesTest {
  static final double MAX_BETWEEN = 0.4;
  static final double MAX_SPREAD = 0.35;

  @Test
  void everyModeOfEveryPosteriorIsRecovered() {
    EightModes toy = new EightModes(EightModes.Labels.SOME);
    InnConfig defaults = InnConfig.eightModes();
    InnConfig config = defaults.withSchedule(Integer.getInteger("inn.steps", defaults.steps()),
        Integer.getInteger("inn.batch", defaults.batchSize()));
    long t0 = System.nanoTime();
    Inn inn = InnTraining.train(config, toy, Precision.FLOAT32, p -> {
      if (p.step() % 50 == 0) {
        System.out.printf("step %d fit %.4f latent %.4f rec %.4f back %.4f pad %.4f (%.1f s)%n", p.step(), p.fit(),
            p.latent(), p.reconstruct(), p.backward(), p.padding(), (System.nanoTime() - t0) / 1e9);
      }
    });
    Rng rng = new Rng(5);
    for (int label : toy.labels().used()) {
      Matrix x = inn.sample(EightModes.oneHot(label), 2000, rng);
      int[] counts = ModeCoverage.counts(x, 0.6);
      int modes = 0;
      for (int m = 0; m < 8; m++) {
        modes += toy.labels().of(m) == label ? 1 : 0;
      }
      StringBuilder s = new StringBuilder("label " + label + ": samples per mode " + java.util.Arrays.toString(counts));
      double between = ModeCoverage.outsideFraction(x, toy.labels(), label, 0.6);
      s.append(String.format(java.util.Locale.ROOT, ", between modes %.3f", between));
      System.out.println(s);
      assertTrue(between <= MAX_BETWEEN, s + ": more than " + MAX_BETWEEN + " of the samples lie farther than 0.6 from "
          + "every mode of the label (true 0.011, measured 0.33 for label 0)");
      int wrong = 0;
      for (int m = 0; m < 8; m++) {
        if (toy.labels().of(m) == label) {
          assertTrue(counts[m] >= 0.4 * 2000 / modes, s + ": mode " + m + " is not recovered");
          double[] sd = ModeCoverage.spread(x, m, 0.6);
          System.out.printf("  mode %d: standard deviations %.3f, %.3f (true 0.2)%n", m, sd[0], sd[1]);
          assertTrue(sd[0] >= 0.05 && sd[1] >= 0.05, s + ": mode " + m + " collapsed, standard deviations " + sd[0]
              + ", " + sd[1] + " < 0.05 (true 0.2)");
          for (double v : sd) {
            assertTrue(v <= MAX_SPREAD, s + ": mode " + m + " has standard deviations " + sd[0] + ", " + sd[1]
                + " above " + MAX_SPREAD + " (true 0.195 inside 0.6)");
          }
        } else {
          wrong += counts[m];
        }
      }
      assertTrue(wrong <= 0.1 * 2000, s + ": " + wrong + " samples in modes of other labels");
    }
  }
}
