package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The laminar interval in inverse mode ({@link InverseLaminar}). */
class InverseLaminarTest {
  private static final double RE = 1e6;

  @Test
  void givenTheDirectMarchsMassDefectItReturnsTheDirectMarchsSpeed() {
    for (double ub : new double[] {1.0, 0.998, 0.995}) {
      double[] direct = {6e-4, 2.9, 4.0};
      double ds = 0.01;
      LaminarTwoEquation.step(direct, 1.0, ub, ds, RE);
      assertTrue(direct[1] < LaminarTwoEquation.MAX_H, "attached: the direct march has a solution");
      double m = ub * direct[0] * direct[1];
      double[] inverse = {6e-4, 2.9, 4.0};
      double u = InverseLaminar.step(inverse, 1.0, m, 0.9, ds, RE);
      assertEquals(ub, u, 1e-9, "U_b");
      assertEquals(direct[0], inverse[0], 1e-9 * direct[0], "θ_b");
      assertEquals(direct[1], inverse[1], 1e-8, "H_b");
      assertEquals(direct[2], inverse[2], 1e-8, "N_b");
    }
  }

  @Test
  void marchesThroughTheGoldsteinPointSatisfyingBothIntegralEquations() {
    // the mass defect grows by 8 % per interval: H rises through the minimum of H*(H) and past C_f = 0
    double[] y = {6e-4, 3.4, 0};
    double u = 0.97;
    double m = u * y[0] * y[1];
    double ds = 0.005;
    boolean separated = false;
    for (int i = 0; i < 12; i++) {
      double[] a = y.clone();
      double ua = u;
      m *= 1.08;
      u = InverseLaminar.step(y, ua, m, ua, ds, RE);
      assertTrue(Double.isFinite(u) && u > 0, "interval " + i + ": U = " + u);
      assertEquals(m, u * y[0] * y[1], 1e-12 * m, "the mass defect is the one given");
      assertEquals(0, residualMomentum(a, ua, y, u, ds), 1e-12, "momentum equation, interval " + i);
      assertEquals(0, residualEnergy(a, ua, y, u, ds), 1e-10, "kinetic-energy equation, interval " + i);
      separated |= FalknerSkanClosure.friction(y[1]) < 0;
    }
    assertTrue(y[1] > 4.5, "H passed the Goldstein point: H = " + y[1]);
    assertTrue(separated, "C_f changed sign");
  }

  /** Trapezoidal momentum equation, written out independently of the class (Re_θ ≫ 1: w = ½). */
  private static double residualMomentum(double[] a, double ua, double[] b, double ub, double ds) {
    double g = (ub - ua) / ds;
    return b[0] - a[0] - 0.5 * ds * (slopeTheta(a[0], a[1], ua, g) + slopeTheta(b[0], b[1], ub, g));
  }

  private static double residualEnergy(double[] a, double ua, double[] b, double ub, double ds) {
    double g = (ub - ua) / ds;
    return FalknerSkanClosure.hStar(b[1]) - FalknerSkanClosure.hStar(a[1])
        - 0.5 * ds * (slopeEnergy(a[0], a[1], ua, g) + slopeEnergy(b[0], b[1], ub, g));
  }

  private static double slopeTheta(double t, double h, double u, double g) {
    return 0.5 * FalknerSkanClosure.friction(h) / (u * t * RE) - (h + 2) * t * g / u;
  }

  private static double slopeEnergy(double t, double h, double u, double g) {
    double rt = u * t * RE;
    double hs = FalknerSkanClosure.hStar(h);
    double cf2 = 0.5 * FalknerSkanClosure.friction(h) / rt;
    double cd2 = hs * FalknerSkanClosure.dissipation(h) / rt;
    return (cd2 - hs * cf2 + hs * (h - 1) * t * g / u) / t;
  }
}
