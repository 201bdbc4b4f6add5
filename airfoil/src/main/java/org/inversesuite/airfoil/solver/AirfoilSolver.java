package org.inversesuite.airfoil.solver;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Aerodynamic analysis of a two-dimensional airfoil section: the forward model of inverse
 * airfoil design. Implementations scale the airfoil to unit chord with the leading edge at
 * the origin, without rotating it: the angle of attack is measured from the x-axis of the
 * given coordinates ({@link Airfoil#scaledToUnitChord()}), as in XFOIL. Every result carries a {@link SolverStatus}: a value that did not converge is never
 * returned silently.
 */
public interface AirfoilSolver {
  /**
   * @param airfoil a valid contour (see {@link org.inversesuite.airfoil.shape.ShapeAnalysis})
   * @param condition angle of attack and Reynolds number
   * @return the analysis, with its status
   * @throws IllegalArgumentException if the shape is unusable
   */
  AeroResult solve(Airfoil airfoil, FlowCondition condition);

  /**
   * Solves each angle in turn. The default calls {@link #solve} per angle; implementations may
   * reuse work between angles.
   *
   * @param alphasDegrees angles of attack in degrees, each within {@link FlowCondition}'s range
   * @throws IllegalArgumentException if an angle or the Reynolds number is out of range
   */
  default Polar polar(Airfoil airfoil, double reynolds, List<Double> alphasDegrees) {
    List<AeroResult> out = new ArrayList<>(alphasDegrees.size());
    for (double a : alphasDegrees) {
      out.add(solve(airfoil, new FlowCondition(a, reynolds)));
    }
    return new Polar(airfoil.name(), reynolds, out);
  }
}
