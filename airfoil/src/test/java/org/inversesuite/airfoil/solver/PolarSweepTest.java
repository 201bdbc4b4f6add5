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
 * bubble (design 96 of docs/scripts/AirfoilPolarSetCost.java's draw, Rng 5): at 5° neither the solve
 * from the inviscid flow nor direct mode converges, and the polar going up does not either; started
 * from the converged 6° solution it converges, to a point that continues the lift and drag curves.
 * (Until MODEL_VERSION ibl-6 the case was design 27 at 2°, which the relocation towards the trailing
 * edge of ibl-7 now converges alone.)
 */
class PolarSweepTest {
  private static final double RE = 1026151.2486947596;
  private static final double ALPHA = 5;
  private static final Airfoil SHAPE = new DesignPoint(new double[] {0.12731978349118145, 0.20671215907894008,
      0.16351391651454517, 0.265057400277914, -0.06325927586226535, -0.15355842347336235, -0.11587901278725254,
      -0.06434770666103745}, 4, 3.4790097480228885, RE, 0).airfoil("design 96");

  @Test
  void recoversAnAngleFromTheAngleAboveIt() {
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults().withPanels(120));
    AeroResult alone = solver.solve(SHAPE, new FlowCondition(ALPHA, RE));
    assertEquals(SolverStatus.NOT_CONVERGED, alone.status(),
        "the case no longer needs the backward sweep (single-angle solve converged): choose another");
    List<Double> alphas = new ArrayList<>();
    for (int a = -2; a <= 7; a++) {
      alphas.add((double) a);
    }
    List<Double> upTo = alphas.subList(0, (int) ALPHA + 3);
    List<AeroResult> up = solver.polar(SHAPE, RE, upTo).points();
    assertEquals(ALPHA, up.get(up.size() - 1).condition().alphaDegrees());
    assertEquals(SolverStatus.NOT_CONVERGED, up.get(up.size() - 1).status(),
        "the polar going up converges the case: it no longer needs the backward sweep, choose another");
    List<AeroResult> polar = solver.polar(SHAPE, RE, alphas).points();
    AeroResult below = polar.get((int) ALPHA + 1);
    AeroResult at = polar.get((int) ALPHA + 2);
    AeroResult above = polar.get((int) ALPHA + 3);
    assertEquals(ALPHA, at.condition().alphaDegrees());
    for (AeroResult r : List.of(below, at, above)) {
      assertEquals(SolverStatus.CONVERGED, r.status(), r.condition() + ": " + r.reason());
    }
    assertTrue(below.cl() < at.cl() && at.cl() < above.cl(), "lift rises through the angle: " + below.cl() + ", " + at.cl()
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
