package org.inversesuite.airfoil.solver;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;

/** The checks every {@link AirfoilSolver} makes on a polar request before it computes anything. */
final class SolverInput {
  private SolverInput() {}

  /**
   * @return one validated condition per angle, in order
   * @throws IllegalArgumentException if an angle or the Reynolds number is out of range
   */
  static List<FlowCondition> conditions(double reynolds, List<Double> alphasDegrees) {
    List<FlowCondition> conditions = new ArrayList<>(alphasDegrees.size());
    for (double a : alphasDegrees) {
      conditions.add(new FlowCondition(a, reynolds));
    }
    return conditions;
  }

  /**
   * @return the airfoil scaled to unit chord ({@link Airfoil#scaledToUnitChord()})
   * @throws IllegalArgumentException naming the airfoil and its problems if the shape checks fail
   */
  static Airfoil unitChord(Airfoil airfoil) {
    Airfoil normalized = airfoil.scaledToUnitChord();
    ShapeReport report = ShapeAnalysis.analyse(normalized);
    if (!report.valid()) {
      throw new IllegalArgumentException("cannot analyse '" + airfoil.name() + "': " + report.summary());
    }
    return normalized;
  }
}
