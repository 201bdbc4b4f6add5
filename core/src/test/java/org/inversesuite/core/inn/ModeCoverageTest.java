package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The shape checks of the 8-mode posteriors against the known answer: samples of the true
 * posterior of a label give the analytic values, a ring through the modes (the failure of the
 * first INN) and modes squeezed to points are told apart from it.
 */
class ModeCoverageTest {
  private static final int N = 20000;

  /** Draws n samples of the true posterior of the label: its modes, equally likely, N(μ, 0.2² I). */
  private static Matrix truePosterior(EightModes.Labels labels, int label, int n, Rng rng) {
    int[] modes = java.util.stream.IntStream.range(0, 8).filter(m -> labels.of(m) == label).toArray();
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 2);
    for (int r = 0; r < n; r++) {
      double[] mu = EightModes.MODES[modes[rng.nextInt(modes.length)]];
      x.set(r, 0, mu[0] + EightModes.SIGMA * rng.gaussian());
      x.set(r, 1, mu[1] + EightModes.SIGMA * rng.gaussian());
    }
    return x;
  }

  @Test
  void truePosteriorHasTheAnalyticShareBetweenModesAndSpread() {
    Rng rng = new Rng(3);
    for (int label : EightModes.Labels.SOME.used()) {
      Matrix x = truePosterior(EightModes.Labels.SOME, label, N, rng);
      double expected = Math.exp(-4.5);
      double se = Math.sqrt(expected * (1 - expected) / N);
      assertEquals(expected, ModeCoverage.outsideFraction(x, EightModes.Labels.SOME, label, 0.6), 4 * se,
          "label " + label);
      for (int m = 0; m < 8; m++) {
        if (EightModes.Labels.SOME.of(m) == label) {
          double[] sd = ModeCoverage.spread(x, m, 0.6);
          // the standard deviation inside 3 sigma: 0.2 · sqrt((2 − 9e^{−4.5}/(1 − e^{−4.5}))/2)
          double inside = 0.2 * Math.sqrt((2 - 9 * expected / (1 - expected)) / 2);
          assertEquals(0.1949, inside, 1e-4);
          assertEquals(inside, sd[0], 0.01, "mode " + m);
          assertEquals(inside, sd[1], 0.01, "mode " + m);
        }
      }
    }
  }

  @Test
  void ringThroughTheModesIsFlaggedAsMassBetweenModes() {
    Rng rng = new Rng(4);
    double radius = Math.hypot(EightModes.MODES[0][0], EightModes.MODES[0][1]);
    Matrix ring = Matrix.zeros(Precision.FLOAT64, N, 2);
    for (int r = 0; r < N; r++) {
      double angle = 2 * Math.PI * rng.uniform();
      double rr = radius + 0.05 * rng.gaussian();
      ring.set(r, 0, rr * Math.cos(angle));
      ring.set(r, 1, rr * Math.sin(angle));
    }
    // the arc within 0.6 of a mode has half-angle 2 asin(0.6 / 2R): 8 of them cover 58.6 % of the ring
    double outside = ModeCoverage.outsideFraction(ring, EightModes.Labels.NONE, 0, 0.6);
    assertEquals(1 - 8 * 2 * 2 * Math.asin(0.6 / (2 * radius)) / (2 * Math.PI), outside, 0.02);
    // seen from one label of 'some' (modes 4 and 5), the rest of the ring is outside too
    assertTrue(ModeCoverage.outsideFraction(ring, EightModes.Labels.SOME, 1, 0.6) > 0.8);
  }

  @Test
  void modeSqueezedToAStreakHasASmallSpread() {
    Rng rng = new Rng(5);
    Matrix streak = Matrix.zeros(Precision.FLOAT64, 2000, 2);
    for (int r = 0; r < 2000; r++) {
      streak.set(r, 0, EightModes.MODES[2][0] + 0.2 * rng.gaussian());
      streak.set(r, 1, EightModes.MODES[2][1] + 0.02 * rng.gaussian());
    }
    double[] sd = ModeCoverage.spread(streak, 2, 0.6);
    assertTrue(sd[1] < 0.03, "streak spread " + sd[1]);
    assertEquals(0, ModeCoverage.outsideFraction(streak, EightModes.Labels.ALL, 2, 0.6), 0.02);
    assertThrows(IllegalArgumentException.class,
        () -> ModeCoverage.outsideFraction(Matrix.zeros(Precision.FLOAT64, 0, 2), EightModes.Labels.ALL, 2, 0.6));
  }
}
