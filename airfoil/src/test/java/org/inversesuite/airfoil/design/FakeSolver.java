package org.inversesuite.airfoil.design;

import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.airfoil.solver.SolverStatus;

/**
 * A cheap analytic stand-in for the solver, for tests of the design loop's logic: thin-airfoil
 * lift C_l = 2π(α + 2·mean camber slope proxy) from the contour's camber at mid chord, and a drag
 * that grows with thickness. Not physics: only smooth and shape-dependent.
 */
final class FakeSolver implements AirfoilSolver {
  int calls;

  @Override
  public synchronized AeroResult solve(Airfoil airfoil, FlowCondition condition) {
    calls++;
    int le = airfoil.leadingEdgeIndex();
    double camber = 0;
    double thickness = 0;
    int n = 0;
    for (int i = 0; i < le; i++) {
      int j = airfoil.size() - 1 - i;
      camber += 0.5 * (airfoil.y(i) + airfoil.y(j));
      thickness = Math.max(thickness, airfoil.y(i) - airfoil.y(j));
      n++;
    }
    camber /= n;
    double cl = 2 * Math.PI * (Math.toRadians(condition.alphaDegrees()) + 4 * camber);
    double cd = 0.005 + 0.05 * thickness * thickness + 0.002 * cl * cl;
    return new AeroResult(condition, SolverStatus.CONVERGED, "", cl, cd, cd / 2, 0, 1, 1, Double.NaN, Double.NaN, 1,
        null);
  }
}
