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

/** Contract of the viscous solver: statuses, validation, options. */
class ViscousPanelSolverTest {
  private static final Airfoil NACA0012 = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(121);
  private final ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());

  @Test
  void symmetricSectionHasNoLiftAtZeroIncidence() {
    AeroResult r = solver.solve(NACA0012, new FlowCondition(0, 3e6));
    assertEquals(SolverStatus.CONVERGED, r.status(), r.reason());
    assertEquals("", r.reason());
    assertEquals(0.0, r.cl(), 1e-3);
    assertEquals(0.0, r.cm(), 1e-3);
    assertEquals(r.transitionUpper(), r.transitionLower(), 0.02);
    assertTrue(r.cd() > 0.004 && r.cd() < 0.007, "Cd " + r.cd());
    assertTrue(r.cdFriction() > 0.5 * r.cd() && r.cdFriction() < r.cd(), "friction part " + r.cdFriction());
  }

  @Test
  void surfaceDistributionIsReported() {
    AeroResult r = solver.solve(NACA0012, new FlowCondition(4, 3e6));
    SurfaceDistribution s = r.surface();
    assertEquals(SolverConfig.defaults().panels() + 1, s.size());
    double maxCp = -10;
    for (double cp : s.cp()) {
      maxCp = Math.max(maxCp, cp);
    }
    assertEquals(1.0, maxCp, 0.05, "stagnation pressure");
    double[] theta = s.momentumThickness();
    assertTrue(theta[0] > theta[theta.length - 1], "at α = 4° the upper trailing-edge layer is the thicker");
    assertTrue(s.shapeFactor()[0] > 1.3 && s.shapeFactor()[0] < 2.5);
  }

  @Test
  void laminarSeparationIsMarchedThroughNotTurnedIntoTransition() {
    // XFOIL: at Re = 1e6 and 6° the lower layer separates laminar at x/c ≈ 0.90 and stays
    // separated (H up to 7, C_f < 0) until transition at 0.994
    AeroResult r = solver.solve(NACA0012, new FlowCondition(6, 1e6));
    assertTrue(r.converged(), r.reason());
    SurfaceDistribution s = r.surface();
    double[] x = s.x();
    double[] h = s.shapeFactor();
    double[] cf = s.skinFriction();
    int separated = 0;
    double maxH = 0;
    for (int i = x.length / 2; i < x.length; i++) {
      if (x[i] > 0.8 && x[i] < r.transitionLower()) {
        maxH = Math.max(maxH, h[i]);
        separated += cf[i] < 0 ? 1 : 0;
      }
    }
    assertTrue(separated >= 3, "nodes with reversed flow ahead of lower transition: " + separated);
    assertTrue(maxH > 5, "separated laminar shape factor " + maxH);
  }

  @Test
  void angleIsMeasuredFromTheGivenXAxisAndChordIsScaledOut() {
    double[] x = NACA0012.xs();
    double[] y = NACA0012.ys();
    for (int i = 0; i < x.length; i++) {
      x[i] = 2 * x[i] + 3;
      y[i] = 2 * y[i] - 1;
    }
    Airfoil big = new Airfoil("scaled", x, y);
    FlowCondition c = new FlowCondition(3, 3e6);
    assertEquals(solver.solve(NACA0012, c).cl(), solver.solve(big, c).cl(), 1e-9);
  }

  @Test
  void tripsMoveTransitionForwardAndRaiseDrag() {
    FlowCondition c = new FlowCondition(2, 3e6);
    AeroResult free = solver.solve(NACA0012, c);
    AeroResult tripped = new ViscousPanelSolver(SolverConfig.defaults().withForcedTransition(0.05, 0.05)).solve(NACA0012, c);
    assertTrue(tripped.converged(), tripped.reason());
    assertEquals(0.05, tripped.transitionUpper(), 0.01);
    assertEquals(0.05, tripped.transitionLower(), 0.01);
    assertTrue(tripped.cd() > 1.2 * free.cd(), tripped.cd() + " vs " + free.cd());
  }

  @Test
  void thwaitesAndMichelAreAvailableAlternatives() {
    FlowCondition c = new FlowCondition(2, 3e6);
    AeroResult reference = solver.solve(NACA0012, c);
    SolverConfig simple = SolverConfig.defaults().withLaminarModel(LaminarModel.THWAITES)
        .withTransitionModel(TransitionModel.MICHEL);
    AeroResult r = new ViscousPanelSolver(simple).solve(NACA0012, c);
    assertTrue(r.converged(), r.reason());
    assertEquals(reference.cl(), r.cl(), 0.05 * reference.cl());
    assertEquals(reference.cd(), r.cd(), 0.3 * reference.cd());
  }

  @Test
  void iterationLimitGivesNotConvergedWithAReason() {
    AeroResult r = new ViscousPanelSolver(SolverConfig.defaults().withMaxIterations(1))
        .solve(NACA0012, new FlowCondition(3, 1e6));
    assertEquals(SolverStatus.NOT_CONVERGED, r.status());
    assertTrue(r.reason().contains("Newton iterations"), r.reason());
    assertEquals(1, r.iterations());
  }

  @Test
  void inputsOutOfRangeAreRefusedWithTheirValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FlowCondition(25, 1e6));
    assertTrue(e.getMessage().contains("angle of attack") && e.getMessage().contains("25"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FlowCondition(2, 3e4));
    assertTrue(e.getMessage().contains("Reynolds") && e.getMessage().contains("30000"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SolverConfig.defaults().withPanels(121));
    assertTrue(e.getMessage().contains("121"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SolverConfig.defaults().withCriticalAmplification(0));
    assertTrue(e.getMessage().contains("N_crit"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> solver.polar(NACA0012, 1e6, List.of(0.0, 30.0)));
    assertTrue(e.getMessage().contains("30"), e.getMessage());
  }

  @Test
  void unusableShapesAreRefused() {
    Airfoil crossed = CstShape.of(List.of(0.15, 0.10, -0.20), List.of(-0.15, -0.10, 0.05), 0).toAirfoil("crossed", 61);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> solver.solve(crossed, new FlowCondition(0, 1e6)));
    assertTrue(e.getMessage().contains("crossed") && e.getMessage().contains("SELF_INTERSECTION"), e.getMessage());
  }
}
