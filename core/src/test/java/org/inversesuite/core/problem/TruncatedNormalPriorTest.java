package org.inversesuite.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class TruncatedNormalPriorTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

  /** {mean, std, lower, upper}: two-sided, one-sided each way, and an interval far in the upper tail. */
  private static final double[][] CASES = {{1, 2, -1, 4}, {0, 1, -INF, 0.5}, {2, 0.5, 1, INF}, {0, 1, 5, 6}};

  private static TruncatedNormalPrior prior(double[] c) {
    return new TruncatedNormalPrior(new double[] {c[0]}, new double[] {c[1]}, new double[] {c[2]}, new double[] {c[3]},
        List.of("x"));
  }

  private static double logDensity(TruncatedNormalPrior p, double x) {
    return p.logDensity(Matrix.of(Precision.FLOAT64, new double[][] {{x}}))[0];
  }

  @Test
  void logDensityIsTheRenormalisedNormal() {
    for (double[] c : CASES) {
      TruncatedNormalPrior p = prior(c);
      NormalDistribution n = new NormalDistribution(null, c[0], c[1]);
      double z = n.cumulativeProbability(c[3]) - n.cumulativeProbability(c[2]);
      double x = Double.isFinite(c[3]) ? (Double.isFinite(c[2]) ? (c[2] + c[3]) / 2 : c[3] - 1) : c[2] + 1;
      double expected = n.logDensity(x) - Math.log(z);
      assertEquals(expected, logDensity(p, x), c[2] == 5 ? 1e-6 : 1e-12, "case mean " + c[0] + " [" + c[2] + ", " + c[3] + "]");
      if (Double.isFinite(c[2])) {
        assertEquals(Double.NEGATIVE_INFINITY, logDensity(p, Math.nextDown(c[2])));
        assertTrue(Double.isFinite(logDensity(p, c[2])));
      }
      if (Double.isFinite(c[3])) {
        assertEquals(Double.NEGATIVE_INFINITY, logDensity(p, Math.nextUp(c[3])));
      }
    }
  }

  @Test
  void densityIntegratesToOneEvenFarInTheTail() {
    for (double[] c : CASES) {
      TruncatedNormalPrior p = prior(c);
      double from = Double.isFinite(c[2]) ? c[2] : c[0] - 12 * c[1];
      double to = Double.isFinite(c[3]) ? c[3] : c[0] + 12 * c[1];
      double mass = new SimpsonIntegrator(1e-10, 1e-10, 3, 30)
          .integrate(1_000_000, x -> Math.exp(logDensity(p, x)), from, to);
      assertEquals(1, mass, 1e-8, "case [" + c[2] + ", " + c[3] + "]");
    }
  }

  @Test
  void samplesStayInsideWithTheClosedFormMoments() {
    int n = 40_000;
    for (double[] c : CASES) {
      Matrix x = prior(c).sample(n, new Rng(13));
      double alpha = (c[2] - c[0]) / c[1];
      double beta = (c[3] - c[0]) / c[1];
      double pa = Double.isFinite(alpha) ? STANDARD.density(alpha) : 0;
      double pb = Double.isFinite(beta) ? STANDARD.density(beta) : 0;
      double z = TruncatedNormalPrior.mass(alpha, beta);
      double mean = c[0] + c[1] * (pa - pb) / z;
      double variance = c[1] * c[1] * (1 + ((Double.isFinite(alpha) ? alpha * pa : 0)
          - (Double.isFinite(beta) ? beta * pb : 0)) / z - ((pa - pb) / z) * ((pa - pb) / z));
      double s = 0;
      double s2 = 0;
      for (int r = 0; r < n; r++) {
        double v = x.get(r, 0);
        assertTrue(v >= c[2] && v <= c[3], "sample " + v + " outside [" + c[2] + ", " + c[3] + "]");
        s += v;
        s2 += v * v;
      }
      double m = s / n;
      assertEquals(mean, m, 4 * Math.sqrt(variance / n), "mean of case [" + c[2] + ", " + c[3] + "]");
      assertEquals(variance, s2 / n - m * m, 0.03 * variance, "variance of case [" + c[2] + ", " + c[3] + "]");
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> prior(new double[] {0, 0, -1, 1}));
    assertThrows(IllegalArgumentException.class, () -> prior(new double[] {0, 1, 1, 1}));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> prior(new double[] {0, 1, 50, 60}));
    assertTrue(e.getMessage().contains("no representable probability mass"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TruncatedNormalPrior(new double[] {0, 0}, new double[] {1},
        new double[] {0, 0}, new double[] {1, 1}, List.of("a", "b")));
  }
}
