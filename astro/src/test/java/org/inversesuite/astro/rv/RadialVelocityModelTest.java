package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

class RadialVelocityModelTest {
  private static final double TWO_PI = 2 * Math.PI;

  @Test
  void circularOrbitIsASinusoid() {
    RadialVelocityModel model = new RadialVelocityModel(100.0);
    RvParameters p = new RvParameters(7.3, 42.0, 0.0, 1.1, 0.4, -3.0, 0.0);
    for (double t = 90; t < 130; t += 0.37) {
      double expected = -3.0 + 42.0 * Math.cos(TWO_PI * (t - 100.0) / 7.3 + 0.4 + 1.1);
      assertEquals(expected, model.velocity(p, t), 1e-11);
    }
  }

  /**
   * 51 Peg b, the first planet around a Sun-like star, is on a circular orbit: Marcy et al. 1997,
   * ApJ 481, 926 ("The planet around 51 Pegasi") give P = 4.231 d, K = 56 ± 1 m/s, e &lt; 0.01 and a
   * curve "essentially sinusoidal". With their P and K the model must swing by exactly 2K and
   * repeat after exactly P.
   */
  @Test
  void fiftyOnePegasiB() {
    double period = 4.231;
    double k = 56.0;
    RadialVelocityModel model = new RadialVelocityModel(0.0);
    RvParameters peg = new RvParameters(period, k, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (int i = 0; i < 500; i++) {
      double t = i * 0.0173;
      assertEquals(k * Math.cos(TWO_PI * t / period), model.velocity(peg, t), 1e-9);
      assertEquals(model.velocity(peg, t), model.velocity(peg, t + period), 1e-9);
    }
    assertEquals(2 * k, model.velocity(peg, 0) - model.velocity(peg, 0.5 * period), 1e-9);
  }

  @Test
  void periastronPassageHasZeroTrueAnomalyAndApoastronHasPi() {
    RadialVelocityModel model = new RadialVelocityModel(0.0);
    for (double e : new double[] {0.0, 0.3, 0.9, 0.999}) {
      RvParameters p = new RvParameters(33.0, 10.0, e, 2.0, 1.7, 0.0, 0.0);
      double tp = model.periastronTime(p);
      // near periastron dν/dM = √((1 + e) / (1 − e)³): rounding of t (~1e-14 d) is amplified by it
      double tolerance = 1e-12 * Math.sqrt((1 + e) / Math.pow(1 - e, 3)) + 1e-12;
      for (int k = -2; k <= 2; k++) {
        double t = tp + k * p.period();
        assertEquals(0.0, model.trueAnomaly(p, t), tolerance, "e=" + e + " k=" + k);
        assertEquals(Math.PI, Math.abs(model.trueAnomaly(p, t + 0.5 * p.period())), 1e-9, "e=" + e);
      }
      // at periastron v = γ + K (cos ω + e cos ω)
      assertEquals(10.0 * (1 + e) * Math.cos(2.0), model.velocity(p, tp), 1e-6);
    }
  }

  @Test
  void curveAveragesToTheSystemicVelocityOverAnOrbit() {
    // ⟨cos(ν + ω)⟩ over time = −e cos ω, so ⟨v⟩ = γ: the e cos ω term centres the curve.
    RadialVelocityModel model = new RadialVelocityModel(0.0);
    RvParameters p = new RvParameters(10.0, 50.0, 0.6, 0.8, 0.0, 5.0, 0.0);
    int n = 200_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += model.velocity(p, 10.0 * (i + 0.5) / n);
    }
    assertEquals(5.0, sum / n, 1e-6);
  }

  /**
   * HD 80606 b, e ≈ 0.93, one of the most eccentric planets known. Published values, as listed on
   * the Wikipedia page "HD 80606 b" (infobox, accessed for this test): e = 0.9336 ± 0.0002,
   * ω = 300.4977 ± 0.0045° and transit mid-time T_t = 2454876.344 ± 0.011 JD attributed to Winn et
   * al. 2009 (ApJ 703, 2091); P = 111.436 ± 0.003 d and periastron T₀ = 2454424.857 ± 0.05 JD
   * attributed to Moutou et al. 2009 (A&amp;A 498, L5); secondary-eclipse mid-time
   * T_e = 2454424.736 ± 0.003 JD from Laughlin et al. 2009 (Nature 457, 562, Spitzer 8 µm).
   *
   * <p>With the model anchored at the eclipse (ν + ω = 3π/2), the transit is where the curve
   * v − γ − K e cos ω = K cos(ν + ω) next crosses zero: a root of the Kepler-solved curve itself.
   * Published: T_t − T_e − 4P = 5.864 d; its error combines those of T_t, T_e, 4P and the
   * sensitivity to e (≈ 0.1 d per 0.001 in e). The periastron must follow the eclipse by the
   * published T₀ − T_e = 0.121 ± 0.05 d.
   */
  @Test
  void hd80606bTransitAndPeriastronFollowTheEclipseAsPublished() {
    double e = 0.9336;
    double omega = Math.toRadians(300.4977);
    double period = 111.436;
    double eclipse = 2454424.736;
    RadialVelocityModel model = new RadialVelocityModel(eclipse);
    double m0 = KeplerSolver.meanAnomalyOfTrue(1.5 * Math.PI - omega, e);
    RvParameters hd = new RvParameters(period, 474.0, e, omega, m0, 0.0, 0.0);

    double transit = transitAfter(model, hd, eclipse);
    double interval = transit - eclipse;
    double published = 2454876.344 - eclipse - 4 * period;
    double sensitivity = (intervalFor(e + 1e-4, omega, period) - intervalFor(e - 1e-4, omega, period)) / 2e-4;
    double sigma = Math.sqrt(0.011 * 0.011 + 0.003 * 0.003 + (4 * 0.003) * (4 * 0.003)
        + (sensitivity * 0.0002) * (sensitivity * 0.0002));
    assertEquals(published, interval, 3 * sigma, "transit - eclipse, sigma " + sigma);

    double periastronAfterEclipse = model.periastronTime(hd) - eclipse;
    assertEquals(2454424.857 - eclipse, periastronAfterEclipse, 0.05);
    assertTrue(periastronAfterEclipse > 0, "the eclipse precedes periastron by ~3 h");
  }

  private static double intervalFor(double e, double omega, double period) {
    RadialVelocityModel model = new RadialVelocityModel(0.0);
    double m0 = KeplerSolver.meanAnomalyOfTrue(1.5 * Math.PI - omega, e);
    return transitAfter(model, new RvParameters(period, 1.0, e, omega, m0, 0.0, 0.0), 0.0);
  }

  /** The transit following an eclipse at t0: the one zero of cos(ν + ω) in (t0, t0 + P). */
  private static double transitAfter(RadialVelocityModel model, RvParameters p, double t0) {
    double offset = p.semiAmplitude() * p.eccentricity() * Math.cos(p.omega());
    BrentSolver brent = new BrentSolver(1e-10, 1e-10);
    return brent.solve(200, t -> model.velocity(p, t) - p.systemicVelocity() - offset,
        t0 + 0.5, t0 + p.period() - 0.5);
  }

  @Test
  void velocitiesMatchPointwiseAndTheReferenceEpochIsChecked() {
    RadialVelocityModel model = new RadialVelocityModel(5.0);
    RvParameters p = new RvParameters(3.0, 20.0, 0.4, 0.2, 0.3, 1.0, 0.0);
    double[] t = {0, 1.5, 7.25};
    double[] v = model.velocities(p, t);
    for (int i = 0; i < t.length; i++) {
      assertEquals(model.velocity(p, t[i]), v[i], 0.0);
    }
    assertThrows(IllegalArgumentException.class, () -> new RadialVelocityModel(Double.NaN));
  }
}
