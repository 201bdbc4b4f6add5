package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class RvPriorTest {
  private static final double TWO_PI = 2 * Math.PI;
  private final RvPrior prior = RvPrior.defaults();

  private static Matrix row(double... v) {
    return new DoubleMatrix(1, v.length, v.clone());
  }

  @Test
  void logDensityIsTheProductOfTheStatedOneDimensionalDensities() {
    double period = 17.0;
    double expected = -Math.log(period * Math.log(1000.0)) - Math.log(1000) - Math.log(0.95)
        - 2 * Math.log(TWO_PI) - Math.log(200) - Math.log(20);
    assertEquals(expected, prior.logDensity(row(period, 300, 0.4, 1, 6, -20, 3))[0], 1e-12);
  }

  @Test
  void logDensityIsMinusInfinityOutsideTheSupportAndAtOpenEnds() {
    double[][] outside = {
        {0.999, 1, 0.1, 1, 1, 0, 1}, {1000.001, 1, 0.1, 1, 1, 0, 1}, {10, -0.01, 0.1, 1, 1, 0, 1},
        {10, 1000.01, 0.1, 1, 1, 0, 1}, {10, 1, 0.95, 1, 1, 0, 1}, {10, 1, -0.01, 1, 1, 0, 1},
        {10, 1, 0.1, TWO_PI, 1, 0, 1}, {10, 1, 0.1, -0.1, 1, 0, 1}, {10, 1, 0.1, 1, TWO_PI, 0, 1},
        {10, 1, 0.1, 1, 1, 100.5, 1}, {10, 1, 0.1, 1, 1, 0, 20.5}, {10, 1, 0.1, 1, 1, 0, -1},
        {Double.NaN, 1, 0.1, 1, 1, 0, 1}, {10, 1, 0.1, 1, 1, 0, Double.NaN}};
    for (double[] x : outside) {
      assertEquals(Double.NEGATIVE_INFINITY, prior.logDensity(row(x))[0], java.util.Arrays.toString(x));
    }
    // closed ends are inside
    assertTrue(Double.isFinite(prior.logDensity(row(1, 0, 0, 0, 0, -100, 0))[0]));
    assertTrue(Double.isFinite(prior.logDensity(row(1000, 1000, 0.9499, 6.28, 6.28, 100, 20))[0]));
  }

  @Test
  void periodMarginalIntegratesToOne() {
    // ∫ p(P) dP over [1, 1000] with the other coordinates fixed inside: 1 / (K e_max 4π² Δγ s_max)
    int n = 200_000;
    double[] x = new double[7 * n];
    double logMin = 0;
    double logMax = Math.log(1000);
    for (int i = 0; i < n; i++) {
      double u = logMin + (logMax - logMin) * (i + 0.5) / n;
      x[7 * i] = Math.exp(u);
      x[7 * i + 2] = 0.5;
    }
    double[] logp = prior.logDensity(new DoubleMatrix(n, 7, x));
    double integral = 0;
    for (int i = 0; i < n; i++) {
      double p = Math.exp(logp[i]);
      integral += p * Math.exp(logMin + (logMax - logMin) * (i + 0.5) / n) * (logMax - logMin) / n;
    }
    double others = 1000 * 0.95 * TWO_PI * TWO_PI * 200 * 20;
    assertEquals(1.0, integral * others, 1e-9);
  }

  @Test
  void samplesLieInTheSupportAndLogPeriodIsUniform() {
    Matrix x = prior.sample(20_000, new Rng(3));
    assertEquals(7, x.cols());
    int[] bins = new int[3];
    for (int r = 0; r < x.rows(); r++) {
      double[] v = new double[7];
      for (int c = 0; c < 7; c++) {
        v[c] = x.get(r, c);
      }
      assertTrue(Double.isFinite(prior.logDensity(row(v))[0]), () -> java.util.Arrays.toString(v));
      bins[(int) Math.min(2, Math.floor(Math.log10(v[0])))]++;
    }
    for (int b : bins) { // each decade of P holds a third of the draws: 6667 ± 3 sigma (~190)
      assertEquals(20_000 / 3.0, b, 200, java.util.Arrays.toString(bins));
    }
  }

  @Test
  void sameSeedSameSamplesAndNamesInOrder() {
    Matrix a = prior.sample(5, new Rng(9));
    Matrix b = prior.sample(5, new Rng(9));
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i), b.get(i), 0.0);
    }
    assertEquals(java.util.List.of("P", "K", "e", "omega", "M0", "gamma", "jitter"), prior.names());
    assertEquals(7, prior.dimension());
    assertThrows(IllegalArgumentException.class, () -> prior.sample(-1, new Rng(1)));
  }

  @Test
  void configValidatesAndCopiesWithChanges() {
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withPeriodRange(0, 10));
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withPeriodRange(10, 10));
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withEccentricityMax(1));
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withSemiAmplitudeMax(0));
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withSystemicRange(5, -5));
    assertThrows(IllegalArgumentException.class, () -> RvPriorConfig.defaults().withJitterMax(Double.NaN));
    RvPriorConfig c = RvPriorConfig.defaults().withPeriodRange(2, 20).withJitterMax(5);
    assertEquals(2, c.periodMin());
    assertEquals(5, c.jitterMax());
    assertEquals(1000, c.semiAmplitudeMax());
  }
}
