package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.shape.Airfoil;
import org.junit.jupiter.api.Test;

/**
 * The backward sweep of a polar ({@link PolarSweep}) on a design-space shape with a laminar
 * bubble (design 27 of docs/scripts/AirfoilPolarSetCost.java): at 2° neither the solve from the
 * inviscid flow nor direct mode converges, and the polar going up does not either; started from
 * the converged 3° solution it converges, to a point that continues the lift and drag curves.
 */
class PolarSweepTest {
  private static final double RE = 2342452.5934123434;
  private static final Airfoil SHAPE = new DesignPoint(new double[] {0.23962813674063843, 0.1864230005742724,
      0.15477665099293403, 0.1820278088401912, -0.0681586538928216, -0.03845036826782387, -0.05291561798372539,
      -0.08810640199231307}, 4, 2, RE, 0).airfoil("design 27");

  @Test
  void recoversAnAngleFromTheAngleAboveIt() {
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults().withPanels(120));
    AeroResult alone = solver.solve(SHAPE, new FlowCondition(2, RE));
    assertEquals(SolverStatus.NOT_CONVERGED, alone.status(),
        "the case no longer needs the backward sweep (single-angle solve converged): choose another");
    List<Double> alphas = new ArrayList<>();
    for (int a = -2; a <= 7; a++) {
      alphas.add((double) a);
    }
    List<AeroResult> polar = solver.polar(SHAPE, RE, alphas).points();
    AeroResult below = polar.get(3);
    AeroResult at = polar.get(4);
    AeroResult above = polar.get(5);
    assertEquals(2.0, at.condition().alphaDegrees());
    for (AeroResult r : List.of(below, at, above)) {
      assertEquals(SolverStatus.CONVERGED, r.status(), r.condition() + ": " + r.reason());
    }
    assertTrue(below.cl() < at.cl() && at.cl() < above.cl(), "lift rises through 2 deg: " + below.cl() + ", " + at.cl()
        + ", " + above.cl());
    double lo = Math.min(below.cd(), above.cd());
    double hi = Math.max(below.cd(), above.cd());
    assertTrue(at.cd() > 0.9 * lo && at.cd() < 1.1 * hi, "drag between its neighbours': " + at.cd() + " in " + lo + " .. " + hi);
  }

  /**
   * Design 41 of docs/scripts/AirfoilPolarSetCost.java at 4°: both warm starts from 3° and direct
   * mode fail, and the start from the inviscid flow, put off until after the sweeps, converges. It is
   * the computation of a single-angle solve, so the polar's 4° point equals it bit for bit.
   */
  @Test
  void anAngleGetsThePutOffStartFromTheInviscidFlow() {
    double re = 1689467.2961303126;
    Airfoil shape = new DesignPoint(new double[] {0.27797240217722863, 0.27010089772931917, 0.18019993606833978,
        0.26535111650330634, -0.1641879277096141, -0.08564455619132243, -0.06463732194365487, -0.07519704334874805},
        4, 2, re, 0).airfoil("design 41");
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults().withPanels(120));
    AeroResult alone = solver.solve(shape, new FlowCondition(4, re));
    assertEquals(SolverStatus.CONVERGED, alone.status(), "premise: the start from the inviscid flow converges at 4 deg");
    List<Double> alphas = new ArrayList<>();
    for (int a = -2; a <= 7; a++) {
      alphas.add((double) a);
    }
    AeroResult at = solver.polar(shape, re, alphas).points().get(6);
    assertEquals(4.0, at.condition().alphaDegrees());
    assertEquals(SolverStatus.CONVERGED, at.status(), at.reason());
    assertEquals(alone.cl(), at.cl(), 0.0, "the inviscid start's solution");
    assertEquals(alone.cd(), at.cd(), 0.0, "the inviscid start's solution");
  }
}
