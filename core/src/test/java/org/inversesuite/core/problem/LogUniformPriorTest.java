package org.inversesuite.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class LogUniformPriorTest {
  private final LogUniformPrior prior = new LogUniformPrior(new double[] {0.1}, new double[] {100}, List.of("scale"));

  private double density(double x) {
    return Math.exp(prior.logDensity(Matrix.of(Precision.FLOAT64, new double[][] {{x}}))[0]);
  }

  @Test
  void logDensityMatchesTheClosedFormAndIntegratesToOne() {
    assertEquals(-Math.log(2) - Math.log(Math.log(1000)), Math.log(density(2)), 1e-13);
    assertEquals(0, density(0.09), 0);
    assertEquals(0, density(100.5), 0);
    assertTrue(density(0.1) > 0 && density(100) > 0);
    // in t = log x the density p(e^t) e^t is the constant 1/log(1000) on [log 0.1, log 100]: mass 1
    for (int k = 1; k < 100; k++) {
      double t = Math.log(0.1) + k * Math.log(1000) / 100;
      assertEquals(1 / Math.log(1000), density(Math.exp(t)) * Math.exp(t), 1e-13);
    }
    double mass = new SimpsonIntegrator(1e-10, 1e-10, 3, 30).integrate(1_000_000, this::density, 0.1 + 1e-12, 100 - 1e-12);
    assertEquals(1, mass, 1e-8);
  }

  @Test
  void samplesStayInsideWithLogUniformMoments() {
    LogUniformPrior two = new LogUniformPrior(new double[] {0.1, 1e-3}, new double[] {100, 1e-2}, List.of("a", "b"));
    int n = 100_000;
    Matrix x = two.sample(n, new Rng(7));
    double[] a = two.lower();
    double[] b = two.upper();
    for (int j = 0; j < 2; j++) {
      double sum = 0;
      double sumLog = 0;
      for (int r = 0; r < n; r++) {
        double v = x.get(r, j);
        assertTrue(v >= a[j] && v <= b[j], "sample " + v + " outside");
        sum += v;
        sumLog += Math.log(v);
      }
      double logRatio = Math.log(b[j] / a[j]);
      double mean = (b[j] - a[j]) / logRatio;
      double second = (b[j] * b[j] - a[j] * a[j]) / (2 * logRatio);
      assertEquals(mean, sum / n, 4 * Math.sqrt((second - mean * mean) / n));
      assertEquals((Math.log(a[j]) + Math.log(b[j])) / 2, sumLog / n, 4 * logRatio / Math.sqrt(12.0 * n));
    }
  }

  @Test
  void rejectsNonPositiveLowerBound() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LogUniformPrior(new double[] {0}, new double[] {1}, List.of("a")));
    assertTrue(e.getMessage().contains("must be > 0, got 0.0"), e.getMessage());
  }
}
