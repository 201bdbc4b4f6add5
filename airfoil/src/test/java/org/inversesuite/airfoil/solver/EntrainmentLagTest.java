package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The lagged entrainment ({@link EntrainmentLag}) against Head's method: in equilibrium (E = F(H₁))
 * an interval is Head's (θ to 10⁻⁶, δ* to 10⁻⁵: H₁ moves slightly within it) and E stays F; an
 * entrainment above equilibrium, as after a laminar bubble, thins the layer's shape factor and
 * decays towards F over λ δ; and the transition value follows XFOIL's C_TR.
 */
class EntrainmentLagTest {
  private static double[] interval(boolean lagged, double theta, double h, double e, double ds, double ub) {
    double[] s = {0.5, 0.5 + ds};
    StationStep step = new StationStep(2e6, 9, LaminarModel.TWO_EQUATION, s, new double[2], 2, Double.NaN);
    step.entrainmentLag(lagged);
    double[] in = {theta, theta * HeadEntrainment.h1(h), e, 1, 1, ub, 1};
    double[] out = new double[6];
    step.evaluate(1, StationStep.Kind.TURBULENT, null, 400, in, out);
    return out;
  }

  @Test
  void inEquilibriumTheLaggedLayerIsHeads() {
    double theta = 1e-3;
    double h = 1.5;
    double f = HeadEntrainment.entrainment(HeadEntrainment.h1(h), HeadEntrainment.minH1(HeadEntrainment.MAX_H));
    // a short interval at zero pressure gradient: H₁ and F barely move, so E = F throughout
    double[] head = interval(false, theta, h, 0, 2 * theta, 1);
    double[] lag = interval(true, theta, h, f, 2 * theta, 1);
    assertEquals(head[3], lag[3], 1e-6 * head[3]);
    assertEquals(head[4], lag[4], 1e-5 * head[4]);
    assertEquals(f, lag[2], 1e-3 * f);
    assertEquals(0, head[2]);
  }

  @Test
  void excessEntrainmentLowersTheShapeFactorAndDecays() {
    double theta = 1e-3;
    double h = 1.8;
    double f = HeadEntrainment.entrainment(HeadEntrainment.h1(h), HeadEntrainment.minH1(HeadEntrainment.MAX_H));
    double ds = 0.05; // about 7 boundary-layer thicknesses, adverse gradient as behind a bubble near the edge
    double[] head = interval(false, theta, h, 0, ds, 0.94);
    double[] lag = interval(true, theta, h, 2.5 * f, ds, 0.94);
    double hHead = head[4] / head[3];
    double hLag = lag[4] / lag[3];
    assertTrue(hLag < hHead - 0.05, "H lagged " + hLag + " against Head " + hHead);
    double fEnd = HeadEntrainment.entrainment(lag[1] / lag[0], HeadEntrainment.minH1(HeadEntrainment.MAX_H));
    // over ds ≈ 7 δ = 0.8 λ δ the excess must fall (measured to 0.66 of its start)
    assertTrue(lag[2] - fEnd < 0.8 * (1.5 * f), "excess " + (lag[2] - fEnd) + " must decay from " + 1.5 * f);
    assertTrue(lag[2] > fEnd, "still above equilibrium after " + ds / theta + " theta");
  }

  @Test
  void transitionValueFollowsXfoilsInitialShearStress() {
    // C_TR = 1.8 exp(−3.3/(H − 1)): 1.8 e^(−1.65) at H = 3, the entrainment scales with √C_TR
    assertEquals(Math.sqrt(1.8 * Math.exp(-1.65)), EntrainmentLag.atTransition(3, HeadEntrainment.MAX_H, 1), 1e-12);
    assertEquals(EntrainmentLag.atTransition(6, 6, 1), EntrainmentLag.atTransition(9, 6, 1), 0);
    assertTrue(EntrainmentLag.atTransition(4.5, 6, 1) > EntrainmentLag.atTransition(2.5, 6, 1));
  }
}
