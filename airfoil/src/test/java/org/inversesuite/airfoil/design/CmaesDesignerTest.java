package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/** CMA-ES's stopping rule on the fake solver: exactly at the goal, never earlier with a tighter goal, and the budget. */
class CmaesDesignerTest {
  private final DesignSpace space = DesignSpace.defaults();
  private final double[] naca2412 = {0.1913, 0.2214, 0.1896, 0.2163, -0.1504, -0.0832, -0.0931, -0.0715};

  /** The fake solver, recording the score of every call against a target. */
  private static final class Recording implements AirfoilSolver {
    final FakeSolver inner = new FakeSolver();
    final List<Double> scores = new ArrayList<>();
    DesignTarget target;

    @Override
    public synchronized AeroResult solve(Airfoil airfoil, FlowCondition condition) {
      AeroResult r = inner.solve(airfoil, condition);
      if (target != null) {
        scores.add(Math.max(target.clError(r.cl()) / DesignCandidate.CL_TOLERANCE,
            target.liftToDragError(r.cl() / r.cd()) / DesignCandidate.LD_TOLERANCE));
      }
      return r;
    }
  }

  /** NACA 2412's own C_l and L/D at {@code alpha} and Re 2·10⁶, with an 8 % minimum thickness. */
  private DesignTarget target(Recording solver, double alpha) {
    DesignCase truth = DesignCase.evaluate(new DesignPoint(naca2412, 4, alpha, 2e6, 0), solver);
    DesignTarget t = new DesignTarget(alpha, 2e6, truth.cl(), truth.liftToDrag(), 0.08);
    solver.target = t;
    return t;
  }

  @Test
  void stopsAtTheFirstSolverCallWhoseScoreReachesTheGoal() {
    for (double goal : new double[] {1.0, 0.4, 0.1}) {
      Recording solver = new Recording();
      DesignTarget target = target(solver, 3);
      OptimizationResult r = new CmaesDesigner(space, solver, 3000).design(target, goal, new Rng(3));
      List<Double> s = solver.scores;
      assertTrue(r.reachedTolerance(), "goal " + goal + " not reached in " + s.size() + " calls");
      assertEquals(s.size(), r.solverCalls(), "every solver call counted");
      assertTrue(s.get(s.size() - 1) <= goal, "the last call reached the goal " + goal + ": " + s.get(s.size() - 1));
      for (int i = 0; i < s.size() - 1; i++) {
        assertTrue(s.get(i) > goal, "call " + (i + 1) + " of " + s.size() + " already reached " + goal);
      }
      assertEquals(s.get(s.size() - 1), r.best().score(), 1e-12, "the design reported is the one that reached it");
    }
  }

  @Test
  void theCinnErrorGoalNeverStopsEarlierThanTheTolerance() {
    for (double alpha : new double[] {1, 3, 5}) {
      for (double cinnScore : new double[] {0.9, 0.5, 0.2}) {
        Recording solver = new Recording();
        DesignTarget target = target(solver, alpha);
        DesignCandidate accepted = new DesignCandidate(null, 0.02 * cinnScore, 0.03 * cinnScore * 0.5);
        double tolerance = CmaesGoal.TOLERANCE.goal(accepted);
        double cinnError = CmaesGoal.CINN_ERROR.goal(accepted);
        assertEquals(1.0, tolerance);
        assertEquals(cinnScore, cinnError, 1e-12);
        CmaesDesigner cmaes = new CmaesDesigner(space, solver, 3000);
        OptimizationResult toTolerance = cmaes.design(target, tolerance, new Rng(7));
        OptimizationResult toError = cmaes.design(target, cinnError, new Rng(7));
        assertTrue(toTolerance.reachedTolerance() && toError.reachedTolerance());
        assertTrue(toError.solverCalls() >= toTolerance.solverCalls(), "alpha " + alpha + ", s " + cinnScore
            + ": cinn-error stopped after " + toError.solverCalls() + " calls, tolerance after "
            + toTolerance.solverCalls());
        assertTrue(toError.best().score() <= cinnError);
        // one search towards both goals records each as a search towards it alone would
        List<OptimizationResult> both = cmaes.design(target, new double[] {cinnError, tolerance}, new Rng(7));
        assertEquals(toError.solverCalls(), both.get(0).solverCalls());
        assertEquals(toTolerance.solverCalls(), both.get(1).solverCalls());
        assertEquals(toTolerance.best().score(), both.get(1).best().score(), 0.0);
      }
    }
  }

  @Test
  void theGoalOfTheCinnErrorIsTheAcceptedDesignsScoreFlooredAndTheToleranceWithoutOne() {
    DesignCandidate accepted = new DesignCandidate(null, 0.004, 0.021);
    assertEquals(0.7, CmaesGoal.CINN_ERROR.goal(accepted), 1e-12, "the larger scaled error: 0.021 / 0.03");
    assertEquals(CmaesGoal.FLOOR, CmaesGoal.CINN_ERROR.goal(new DesignCandidate(null, 0, 0)));
    assertEquals(1.0, CmaesGoal.CINN_ERROR.goal(null), "no accepted design: the tolerance");
    assertEquals("cinn-error", CmaesGoal.CINN_ERROR.label());
  }

  @Test
  void aGoalTheBudgetEndsFirstIsReportedAsNotReachedAfterExactlyTheBudget() {
    Recording solver = new Recording();
    DesignTarget target = target(solver, 3);
    List<OptimizationResult> r = new CmaesDesigner(space, solver, 300).design(target, new double[] {1.0, 1e-9},
        new Rng(3));
    assertTrue(r.get(0).reachedTolerance(), "the tolerance is reached on the way");
    assertTrue(r.get(0).solverCalls() < 300);
    assertFalse(r.get(1).reachedTolerance(), "a score of 1e-9 is out of reach in 300 calls");
    assertEquals(300, r.get(1).solverCalls());
    assertEquals(300, solver.scores.size(), "the search ran to the budget and no further");
    assertTrue(r.get(1).best().score() > 1e-9);
    Recording never = new Recording();
    DesignTarget impossible = new DesignTarget(3, 2e6, 5.0, 80, 0.08);
    never.target = impossible;
    OptimizationResult spent = new CmaesDesigner(space, never, 50).design(impossible, 1.0, new Rng(4));
    assertFalse(spent.reachedTolerance());
    assertEquals(50, spent.solverCalls());
    assertEquals(50, never.scores.size());
  }

  @Test
  void goalsMustBePositive() {
    Recording solver = new Recording();
    DesignTarget target = target(solver, 3);
    CmaesDesigner cmaes = new CmaesDesigner(space, solver, 100);
    assertThrows(IllegalArgumentException.class,
        () -> cmaes.design(target, new double[] {1.0, 0.0}, new Rng(1)));
    assertThrows(IllegalArgumentException.class,
        () -> cmaes.design(target, new double[0], new Rng(1)));
  }
}
