package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/** XFOIL's sharp-edge formulation ({@link SharpTrailingEdge}, {@link TrailingEdgeModel#XFOIL_SHARP}). */
class SharpTrailingEdgeTest {
  private static final Airfoil CLOSED_0012 = NacaFourDigit.of("0012", TrailingEdge.CLOSED).toAirfoil(121);

  @Test
  void thinEdgesAreClosedToAPointAndThickOnesKept() {
    assertEquals(0.0, PanelMethod.of(CLOSED_0012, 120, TrailingEdgeModel.XFOIL_SHARP).paneled().trailingEdgeGap(), 0.0);
    assertTrue(PanelMethod.of(CLOSED_0012, 120, TrailingEdgeModel.XFOIL_SHARP).sharp);
    Airfoil open = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(121);
    PanelMethod blunt = PanelMethod.of(open, 120, TrailingEdgeModel.XFOIL_SHARP);
    assertTrue(!blunt.sharp && blunt.trailingEdge != null, "a 0.25 % edge keeps its base panel");
    assertEquals(open.trailingEdgeGap(), blunt.paneled().trailingEdgeGap(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> PanelMethod.of(open, 120, null));
  }

  @Test
  void gapsBelowXfoilsThresholdAreClosedAndThickerThinOnesOpenedAsBefore() {
    List<Double> upper = List.of(0.14, 0.16, 0.15, 0.19);
    List<Double> lower = List.of(-0.13, -0.12, -0.10, -0.06);
    Airfoil below = CstShape.of(upper, lower, 5e-5).toAirfoil("below", 121);
    Airfoil above = CstShape.of(upper, lower, 2e-4).toAirfoil("above", 121);
    PanelMethod closed = PanelMethod.of(below, 120, TrailingEdgeModel.XFOIL_SHARP);
    assertTrue(closed.sharp);
    assertEquals(0.0, closed.paneled().trailingEdgeGap(), 0.0);
    // the closing moves the surfaces by at most half the gap
    assertEquals(PanelMethod.of(below, 120, TrailingEdgeModel.OPENED).paneled().y(30), closed.paneled().y(30), 5e-4);
    PanelMethod opened = PanelMethod.of(above, 120, TrailingEdgeModel.XFOIL_SHARP);
    assertTrue(!opened.sharp);
    assertEquals(PanelMethod.MIN_TRAILING_EDGE_GAP, opened.paneled().trailingEdgeGap(), 1e-9);
  }

  @Test
  void symmetricSharpSectionHasNoLiftAtZeroIncidenceAndTheKuttaCondition() {
    PanelMethod pm = PanelMethod.of(CLOSED_0012, 160, TrailingEdgeModel.XFOIL_SHARP);
    assertEquals(0.0, pm.solve(0).cl(), 1e-9);
    double[] q = pm.solve(4).surfaceSpeed();
    int n = q.length - 1;
    assertEquals(-q[0], q[n], 1e-12, "Kutta condition");
    // no spike at the edge: a wedge slows the flow towards the trailing-edge point
    assertTrue(Math.abs(q[n]) < Math.abs(q[n - 1]) && Math.abs(q[n - 1]) < 1.2, q[n - 1] + " " + q[n]);
  }

  @Test
  void sharpCstBMatchesXfoilsInviscidSolution() {
    PanelMethod pm = PanelMethod.of(XfoilPolar.airfoil("cst-b"), 160, TrailingEdgeModel.XFOIL_SHARP);
    assertTrue(pm.sharp);
    for (XfoilPolar.Point p : XfoilPolar.polar("cst-b", "inviscid").values()) {
      InviscidSolution r = pm.solve(p.alpha());
      // measured: within 0.1 % (−0.2697 against −0.2699 at −4°, 0.9172 against 0.9163 at 6°)
      assertEquals(p.cl(), r.cl(), 0.003 * Math.max(Math.abs(p.cl()), 0.2), "α=" + p.alpha());
      assertEquals(p.cm(), r.cm(), 0.0005, "Cm α=" + p.alpha());
    }
  }

  @Test
  void closedNacaSectionsMatchXfoilsInviscidSolutionAndTheirGenerators() {
    for (String digits : new String[] {"0012", "4415"}) {
      String s = "naca" + digits + "-sharp";
      Airfoil a = XfoilPolar.airfoil(s);
      Airfoil generated = NacaFourDigit.of(digits, TrailingEdge.CLOSED).toAirfoil(121);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(generated.x(i), a.x(i), 1e-7, s + " x " + i);
        assertEquals(generated.y(i), a.y(i), 1e-7, s + " y " + i);
      }
      PanelMethod pm = PanelMethod.of(a, 160, TrailingEdgeModel.XFOIL_SHARP);
      for (XfoilPolar.Point p : XfoilPolar.polar(s, "inviscid").values()) {
        InviscidSolution r = pm.solve(p.alpha());
        // measured: within 0.37 % of max(|C_l|, 0.2) and 5·10⁻⁴ in C_m
        assertEquals(p.cl(), r.cl(), 0.004 * Math.max(Math.abs(p.cl()), 0.2), s + " α=" + p.alpha());
        assertEquals(p.cm(), r.cm(), 0.0007, s + " Cm α=" + p.alpha());
      }
    }
  }

  /** With airfoil sources the flux rows keep the flow inside the contour at rest (inner-side transpiration). */
  @Test
  void theInteriorStaysAtRestWithFreeStreamAndAirfoilSources() {
    PanelMethod pm = PanelMethod.of(CLOSED_0012, 120, TrailingEdgeModel.XFOIL_SHARP);
    PanelGeometry g = pm.geometry;
    int n = g.panels;
    double[] response = SourceResponse.response(pm, g, true);
    double[] sigma = new double[n];
    for (int k = 0; k < n; k++) {
      sigma[k] = 0.01 * Math.sin(0.37 * k) + 0.004;
    }
    double alpha = Math.toRadians(3);
    double[] gamma = pm.gamma(alpha);
    for (int i = 0; i <= n; i++) {
      for (int k = 0; k < n; k++) {
        gamma[i] += response[i * n + k] * sigma[k];
      }
    }
    double[] v = new double[2];
    double[] s = new double[2];
    for (double[] p : new double[][] {{0.3, 0.0}, {0.6, 0.02}, {0.9, 0.0}, {0.05, -0.01}}) {
      pm.velocity(gamma, alpha, p[0], p[1], v);
      for (int k = 0; k < n; k++) {
        PanelInfluence.source(g, k, p[0], p[1], s);
        v[0] += sigma[k] * s[0];
        v[1] += sigma[k] * s[1];
      }
      assertTrue(Math.hypot(v[0], v[1]) < 2e-3, "interior velocity at (" + p[0] + ", " + p[1] + "): " + v[0] + ", " + v[1]);
    }
    // without the sources' rows the same point would move: the check has teeth
    double[] bare = pm.gamma(alpha);
    pm.velocity(bare, alpha, 0.6, 0.02, v);
    for (int k = 0; k < n; k++) {
      PanelInfluence.source(g, k, 0.6, 0.02, s);
      v[0] += sigma[k] * s[0];
      v[1] += sigma[k] * s[1];
    }
    assertTrue(Math.hypot(v[0], v[1]) > 1e-3, "sources alone move the interior: " + Math.hypot(v[0], v[1]));
  }
}
