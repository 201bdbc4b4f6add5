package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Known targets: a correlated Gaussian (mean and covariance given) and a banana
 * x₁ ~ N(0, 1), x₂ | x₁ ~ N(b x₁², 1), whose moments are E x₂ = b, Var x₂ = 1 + 2b²,
 * Cov(x₁, x₂) = E[b x₁³] = 0. Tolerances are 5 Monte-Carlo standard errors computed from the
 * run's own effective sample size.
 */
class EnsembleSamplerTest {
  private static final double[] MU = {1, -2};
  private static final double S1 = 1;
  private static final double S2 = 2;
  private static final double RHO = 0.9;

  private static double gaussian(double[] x) {
    double a = (x[0] - MU[0]) / S1;
    double b = (x[1] - MU[1]) / S2;
    return -0.5 * (a * a - 2 * RHO * a * b + b * b) / (1 - RHO * RHO);
  }

  private static final double B = 1.0;

  private static double banana(double[] x) {
    double r = x[1] - B * x[0] * x[0];
    return -0.5 * x[0] * x[0] - 0.5 * r * r;
  }

  private static double[][] ball(int walkers, int d, long seed) {
    Rng rng = new Rng(seed);
    double[][] s = new double[walkers][d];
    for (double[] w : s) {
      for (int j = 0; j < d; j++) {
        w[j] = 0.1 * rng.gaussian();
      }
    }
    return s;
  }

  private static double[] moments(Matrix s) {
    int n = s.rows();
    double m0 = 0;
    double m1 = 0;
    for (int i = 0; i < n; i++) {
      m0 += s.get(i, 0);
      m1 += s.get(i, 1);
    }
    m0 /= n;
    m1 /= n;
    double v0 = 0;
    double v1 = 0;
    double c = 0;
    for (int i = 0; i < n; i++) {
      double a = s.get(i, 0) - m0;
      double b = s.get(i, 1) - m1;
      v0 += a * a;
      v1 += b * b;
      c += a * b;
    }
    return new double[] {m0, m1, v0 / n, v1 / n, c / n};
  }

  private static final EnsembleConfig CONFIG = new EnsembleConfig(32, 4000, 500, 2.0, 1);

  @Test
  void correlatedGaussianHasTheRightMeanAndCovariance() {
    McmcResult r = new EnsembleSampler(CONFIG).run(EnsembleSamplerTest::gaussian, ball(32, 2, 1), new Rng(2));
    double[] m = moments(r.samples());
    double ess = r.minEffectiveSampleSize();
    assertTrue(ess > 2000, "ESS " + ess);
    double cov = RHO * S1 * S2;
    assertEquals(MU[0], m[0], 5 * S1 / Math.sqrt(ess));
    assertEquals(MU[1], m[1], 5 * S2 / Math.sqrt(ess));
    assertEquals(S1 * S1, m[2], 5 * S1 * S1 * Math.sqrt(2 / ess));
    assertEquals(S2 * S2, m[3], 5 * S2 * S2 * Math.sqrt(2 / ess));
    assertEquals(cov, m[4], 5 * Math.sqrt((S1 * S1 * S2 * S2 + cov * cov) / ess));
    assertTrue(r.meanAcceptance() > 0.5 && r.meanAcceptance() < 0.9, "acceptance " + r.meanAcceptance());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void bananaHasTheRightMeanAndCovariance() {
    McmcResult r = new EnsembleSampler(CONFIG).run(EnsembleSamplerTest::banana, ball(32, 2, 3), new Rng(4));
    double[] m = moments(r.samples());
    double ess = r.minEffectiveSampleSize();
    double var2 = 1 + 2 * B * B;
    assertEquals(0, m[0], 5 / Math.sqrt(ess));
    assertEquals(B, m[1], 5 * Math.sqrt(var2 / ess));
    assertEquals(1, m[2], 5 * Math.sqrt(2 / ess));
    // Var of (x₂ − b)² is E[(x₂−b)⁴] − var2²; x₂ − b = b(x₁²−1) + ε has 4th moment 60b⁴ + 12b² + 3 − … ≤ 80
    assertEquals(var2, m[3], 5 * Math.sqrt(80 / ess));
    assertEquals(0, m[4], 5 * Math.sqrt((var2 + 2 * B * B) / ess));
  }

  @Test
  void theRunDoesNotDependOnTheThreadCount() {
    EnsembleConfig c = new EnsembleConfig(16, 50, 10, 2.0, 1);
    McmcResult one = new EnsembleSampler(c).run(EnsembleSamplerTest::banana, ball(16, 2, 5), new Rng(6));
    McmcResult two = new EnsembleSampler(c.withThreads(2)).run(EnsembleSamplerTest::banana, ball(16, 2, 5),
        new Rng(6));
    for (int j = 0; j < 2; j++) {
      double[][] a = one.chain(j);
      double[][] b = two.chain(j);
      for (int k = 0; k < a.length; k++) {
        assertArrayEquals(a[k], b[k]);
      }
    }
    assertEquals((10 + 50) * 16 + 16, one.evaluations());
  }

  @Test
  void shortChainsAreFlagged() {
    McmcResult r = new EnsembleSampler(new EnsembleConfig(16, 40, 0, 2.0, 1))
        .run(EnsembleSamplerTest::gaussian, ball(16, 2, 7), new Rng(8));
    assertFalse(r.warnings().isEmpty());
    assertTrue(r.warnings().get(0).contains("autocorrelation times"), r.warnings().get(0));
  }

  @Test
  void theSupportIsRespected() {
    LogDensity halfPlane = x -> x[0] < 0 ? Double.NEGATIVE_INFINITY : -0.5 * (x[0] * x[0] + x[1] * x[1]);
    double[][] start = ball(16, 2, 9);
    for (double[] w : start) {
      w[0] = Math.abs(w[0]);
    }
    McmcResult r = new EnsembleSampler(new EnsembleConfig(16, 300, 50, 2.0, 1)).run(halfPlane, start, new Rng(1));
    Matrix s = r.samples();
    for (int i = 0; i < s.rows(); i++) {
      assertTrue(s.get(i, 0) >= 0);
    }
  }

  @Test
  void badStartsAndTooFewWalkersAreRejected() {
    double[][] start = ball(4, 3, 1);
    var e = assertThrows(IllegalArgumentException.class,
        () -> new EnsembleSampler(new EnsembleConfig(4, 10, 0, 2.0, 1)).run(x -> 0, start, new Rng(1)));
    assertTrue(e.getMessage().contains("twice the dimension"), e.getMessage());
    double[][] outside = ball(8, 2, 1);
    var f = assertThrows(IllegalArgumentException.class, () -> new EnsembleSampler(new EnsembleConfig(8, 10, 0, 2.0, 1))
        .run(x -> x[0] > 100 ? 0 : Double.NEGATIVE_INFINITY, outside, new Rng(1)));
    assertTrue(f.getMessage().contains("start point 0"), f.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EnsembleConfig(7, 10, 0, 2.0, 1));
    assertThrows(IllegalArgumentException.class, () -> new EnsembleConfig(8, 10, 0, 1.0, 1));
  }
}
