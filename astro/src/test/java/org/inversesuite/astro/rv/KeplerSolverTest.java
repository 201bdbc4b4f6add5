package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Logger;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class KeplerSolverTest {
  private static final Logger LOG = Logger.getLogger(KeplerSolverTest.class.getName());
  private static final double TWO_PI = 2 * Math.PI;

  /** e = 0, 0.01, ..., 0.99, then 0.995 and 0.999. */
  private static double[] eccentricities() {
    double[] e = new double[102];
    for (int i = 0; i < 100; i++) {
      e[i] = i / 100.0;
    }
    e[100] = 0.995;
    e[101] = 0.999;
    return e;
  }

  @Test
  void residualBelow1e14OnAGridUpToE0999() {
    double worst = 0;
    int points = 4001;
    for (double e : eccentricities()) {
      for (int k = 0; k < points; k++) {
        double m = TWO_PI * k / (points - 1);
        double ecc = KeplerSolver.eccentricAnomaly(m, e);
        double residual = Math.abs(ecc - e * Math.sin(ecc) - m);
        worst = Math.max(worst, residual);
        assertTrue(residual < 1e-14, () -> "e=" + e + " M=" + m + " residual " + residual);
      }
    }
    double reported = worst;
    LOG.info(() -> "Kepler residual |E - e sin E - M|, worst over 102 x 4001 grid points: " + reported);
  }

  @Test
  void residualNearPeriastronAndApoastronAndAtTinyAnomalies() {
    double[] ms = {1e-300, 1e-12, 1e-8, 1e-4, Math.PI - 1e-9, Math.PI, Math.PI + 1e-9, TWO_PI - 1e-12,
        Math.nextDown(TWO_PI)};
    for (double e : new double[] {0.5, 0.9, 0.99, 0.999, 0.999999}) {
      for (double m : ms) {
        double ecc = KeplerSolver.eccentricAnomaly(m, e);
        assertTrue(Math.abs(ecc - e * Math.sin(ecc) - m) < 1e-14, "e=" + e + " M=" + m);
        assertTrue(ecc >= 0 && ecc < TWO_PI, "E=" + ecc + " for M=" + m);
      }
    }
  }

  @Test
  void agreesWithPlainBisectionToTheConditioningOfTheEquation() {
    Rng rng = new Rng(11);
    for (int i = 0; i < 20000; i++) {
      double e = i % 10 == 0 ? 0.999 : rng.uniform(0, 0.999);
      double m = rng.uniform(0, TWO_PI);
      double fast = KeplerSolver.eccentricAnomaly(m, e);
      double slow = bisection(m, e);
      // |ΔE| ≈ |Δf| / f′ with f′ = 1 − e cos E: compare the residual-scale difference.
      double scaled = Math.abs(fast - slow) * (1 - e * Math.cos(slow));
      assertTrue(scaled < 4e-15, () -> "e=" + e + " M=" + m + ": " + fast + " vs " + slow);
    }
  }

  /** The naive reference: 200 halvings of [0, 2π] on f(E) = E − e sin E − M. */
  private static double bisection(double m, double e) {
    double lo = 0;
    double hi = TWO_PI;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid - e * Math.sin(mid) - m > 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  @Test
  void otherRevolutionsAndNegativeAnomaliesStayInTheirRevolution() {
    double e = 0.7;
    double m = 1.3;
    double base = KeplerSolver.eccentricAnomaly(m, e);
    for (int k = -3; k <= 3; k++) {
      double shifted = KeplerSolver.eccentricAnomaly(m + k * TWO_PI, e);
      assertEquals(base + k * TWO_PI, shifted, 1e-12);
    }
    double negative = KeplerSolver.eccentricAnomaly(-m, e);
    assertEquals(-base, negative, 1e-12);
  }

  @Test
  void batchEqualsScalarAndNamesTheBadEntry() {
    double[] m = {0.1, 2.0, 4.0, 6.0};
    double[] e = {0.0, 0.3, 0.95, 0.999};
    double[] out = new double[4];
    KeplerSolver.eccentricAnomaly(m, e, out);
    for (int i = 0; i < 4; i++) {
      assertEquals(KeplerSolver.eccentricAnomaly(m[i], e[i]), out[i], 0.0);
    }
    e[2] = 1.0;
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> KeplerSolver.eccentricAnomaly(m, e, out));
    assertTrue(ex.getMessage().contains("entry 2"), ex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(m, new double[3], out));
  }

  @Test
  void refusesInvalidEccentricityAndNonFiniteAnomaly() {
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(1, 1.0));
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(Double.NaN, 0.1));
    assertThrows(IllegalArgumentException.class, () -> KeplerSolver.eccentricAnomaly(Double.POSITIVE_INFINITY, 0.1));
  }

  @Test
  void trueAnomalyRoundTripsThroughTheExplicitInverse() {
    for (double e : new double[] {0, 0.2, 0.9, 0.999}) {
      for (double m = -3.1; m < 3.1; m += 0.05) {
        double nu = KeplerSolver.trueAnomaly(KeplerSolver.eccentricAnomaly(m, e), e);
        assertEquals(m, KeplerSolver.meanAnomalyOfTrue(nu, e), 1e-12, "e=" + e + " M=" + m);
      }
    }
    // circular: ν = E = M
    assertEquals(1.234, KeplerSolver.trueAnomaly(KeplerSolver.eccentricAnomaly(1.234, 0), 0), 1e-15);
  }

  @Test
  void speed() {
    Rng rng = new Rng(5);
    int n = 300_000;
    double[] m = new double[n];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      m[i] = rng.uniform(0, TWO_PI);
      e[i] = rng.uniform(0, 0.95);
    }
    double[] out = new double[n];
    KeplerSolver.eccentricAnomaly(m, e, out);
    long start = System.nanoTime();
    KeplerSolver.eccentricAnomaly(m, e, out);
    double nsPerSolve = (System.nanoTime() - start) / (double) n;
    LOG.info(() -> String.format("Kepler solver: %.0f ns per (M, e), e ~ U[0, 0.95)", nsPerSolve));
    assertTrue(nsPerSolve < 20_000, "implausibly slow: " + nsPerSolve + " ns");
  }
}
