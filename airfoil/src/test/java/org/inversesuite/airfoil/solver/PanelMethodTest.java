package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/** Inviscid checks against thin-airfoil theory and against itself under refinement. */
class PanelMethodTest {
  private static Airfoil naca(String digits) {
    return NacaFourDigit.of(digits, TrailingEdge.OPEN).toAirfoil(121);
  }

  @Test
  void symmetricSectionHasNoLiftOrMomentAtZeroIncidence() {
    InviscidSolution s = PanelMethod.of(naca("0012"), 160).solve(0);
    assertEquals(0.0, s.cl(), 1e-10);
    assertEquals(0.0, s.cm(), 1e-10);
    double[] cp = s.cp();
    assertEquals(cp[0], cp[cp.length - 1], 1e-10, "symmetric trailing-edge pressures");
  }

  @Test
  void thinSectionHasTheThinAirfoilLiftSlope() {
    PanelMethod pm = PanelMethod.of(naca("0003"), 160);
    double slope = (pm.solve(4).cl() - pm.solve(-4).cl()) / Math.toRadians(8);
    // thin-airfoil theory: 2π per radian; thickness raises it by about 0.77 t/c
    assertEquals(2 * Math.PI, slope, 0.03 * 2 * Math.PI, "lift slope " + slope);
    assertEquals(2 * Math.PI * (1 + 0.77 * 0.03), slope, 0.01 * 2 * Math.PI, "lift slope " + slope);
  }

  @Test
  void zeroLiftAngleOfCamberedSection() {
    PanelMethod pm = PanelMethod.of(naca("2412"), 160);
    double c0 = pm.solve(-3).cl();
    double c1 = pm.solve(-1).cl();
    double alphaZero = -3 - 2 * c0 / (c1 - c0);
    // thin-airfoil theory gives −2.08° for the NACA 2412 mean line; the section −2.1° to −2.2°
    assertEquals(-2.1, alphaZero, 0.1, "zero-lift angle " + alphaZero);
    assertTrue(pm.solve(0).cm() < -0.05, "a cambered section has a nose-down moment");
  }

  @Test
  void liftConvergesWithPanelCount() {
    Airfoil a = naca("4415");
    double c80 = PanelMethod.of(a, 80).solve(4).cl();
    double c160 = PanelMethod.of(a, 160).solve(4).cl();
    double c320 = PanelMethod.of(a, 320).solve(4).cl();
    assertEquals(c320, c160, 0.002 * c320);
    assertTrue(Math.abs(c160 - c320) < Math.abs(c80 - c320), c80 + " " + c160 + " " + c320);
  }

  @Test
  void sharpTrailingEdgeIsOpenedAndBothFormsGiveSmoothTrailingEdgeSpeeds() {
    assertEquals(PanelMethod.MIN_TRAILING_EDGE_GAP,
        PanelMethod.of(NacaFourDigit.of("0012", TrailingEdge.CLOSED).toAirfoil(121), 120).paneled().trailingEdgeGap(), 1e-9);
    for (TrailingEdge te : TrailingEdge.values()) {
      InviscidSolution s = PanelMethod.of(NacaFourDigit.of("0012", te).toAirfoil(121), 120).solve(4);
      double[] q = s.surfaceSpeed();
      int n = q.length - 1;
      assertEquals(-q[0], q[n], 1e-9, te + ": Kutta condition");
      assertTrue(Math.abs(q[0]) < 1.2 && Math.abs(q[1]) < 1.2, te + ": trailing-edge speeds " + q[0] + ", " + q[1]);
    }
  }

  @Test
  void refusesBadArguments() {
    Airfoil a = naca("0012");
    assertThrows(IllegalArgumentException.class, () -> PanelMethod.of(a, 41));
    assertThrows(IllegalArgumentException.class, () -> PanelMethod.of(a, 20));
    PanelMethod pm = PanelMethod.of(a, 80);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pm.solve(Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}
