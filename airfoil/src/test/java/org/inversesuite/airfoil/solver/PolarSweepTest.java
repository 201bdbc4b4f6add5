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
 * bubble (design 445 of docs/scripts/AirfoilPolarSetCost.java's draw, Rng 5): at 3° neither the solve
 * from the inviscid flow nor direct mode converges, and the polar going up does not either; started
 * from the converged 4° solution it converges, to a point that continues the lift and drag curves.
 * (Until MODEL_VERSION ibl-6 the case was design 27 at 2°, which the relocation towards the trailing
 * edge of ibl-7 converges alone; until ibl-8 design 96 at 5°, which ibl-9's continuation of Head's
 * H₁(H) converges alone; until ibl-9 design 4 at 6°, whose polar going up ibl-10 converges.)
 */
class PolarSweepTest {
  private static final double RE = 1209247.4832938672;
  private static final double ALPHA = 3;
  private static final Airfoil SHAPE = new DesignPoint(new double[] {0.2350132466446958, 0.29003626253983567,
      0.13496052750368057, 0.1818383152019955, -0.111233646931153, -0.12928532181946994, -0.07633323371377744,
      -0.0822641906504194}, 4, 2.9314980124850605, RE, 0).airfoil("design 445");

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
   * Design 28 of docs/scripts/AirfoilPolarSetCost.java at 4°: both warm starts from 3° and direct
   * mode fail, and the start from the inviscid flow, put off until after the sweeps, converges. It is
   * the computation of a single-angle solve, so the polar's 4° point equals it bit for bit. (Until
   * MODEL_VERSION ibl-8 the case was design 41 at 4°, which ibl-9 converges from 3°.)
   */
  @Test
  void anAngleGetsThePutOffStartFromTheInviscidFlow() {
    double re = 2136572.894006103;
    Airfoil shape = new DesignPoint(new double[] {0.19532958248455795, 0.16380407971427097, 0.22802406058798697,
        0.2611141706875092, -0.16106137230641965, -0.11973850521297, -0.05693177469398622, -0.12512934185103478},
        4, 2, re, 0).airfoil("design 28");
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
