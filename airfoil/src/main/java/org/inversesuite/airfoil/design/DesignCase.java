package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;

/**
 * One simulated design: the point, what became of it, and its aerodynamic and geometric
 * properties (NaN where the status leaves them undefined). L/D = C_l / C_d.
 *
 * @param point shape and flow condition
 * @param status whether the numbers can be used
 * @param reason empty when converged, {@link AeroResult#DIRECT_MODE} when converged by the solver's
 *     direct-mode fallback, otherwise why not
 * @param cl lift coefficient
 * @param cd drag coefficient
 * @param cm quarter-chord moment coefficient
 * @param maxThickness maximum thickness, chords
 * @param maxThicknessX its position, x/c
 */
public record DesignCase(DesignPoint point, CaseStatus status, String reason, double cl, double cd, double cm,
    double maxThickness, double maxThicknessX) {

  /** Names of the columns of {@link #row()}, in order. */
  public static List<String> columns(int shapeDimension, int upperCount) {
    List<String> c = new ArrayList<>();
    for (int i = 0; i < shapeDimension; i++) {
      c.add(i < upperCount ? "au" + i : "al" + (i - upperCount));
    }
    c.addAll(List.of("alpha", "reynolds", "status", "cl", "cd", "cm", "ld", "t_max", "x_t_max"));
    return c;
  }

  /** @return C_l / C_d */
  public double liftToDrag() {
    return cl / cd;
  }

  /** @return true when the case is usable for training */
  public boolean usable() {
    return status == CaseStatus.CONVERGED;
  }

  /** @return the values in the order of {@link #columns} */
  public double[] row() {
    double[] x = point.coefficients();
    double[] r = new double[x.length + 9];
    System.arraycopy(x, 0, r, 0, x.length);
    int k = x.length;
    r[k] = point.alphaDegrees();
    r[k + 1] = point.reynolds();
    r[k + 2] = status.code();
    r[k + 3] = cl;
    r[k + 4] = cd;
    r[k + 5] = cm;
    r[k + 6] = liftToDrag();
    r[k + 7] = maxThickness;
    r[k + 8] = maxThicknessX;
    return r;
  }

  /**
   * Checks the shape and, if it is valid, analyses it at the point's flow condition.
   *
   * @return the case; never throws for a bad shape or a solver failure, which become statuses
   */
  public static DesignCase evaluate(DesignPoint point, AirfoilSolver solver) {
    Checked checked = Checked.of(point);
    if (checked.rejection() != null) {
      return checked.rejection();
    }
    AeroResult r;
    try {
      r = solver.solve(checked.airfoil(), point.condition());
    } catch (IllegalArgumentException | ArithmeticException e) {
      return failed(point, checked.report(), e);
    }
    return of(point, checked.report(), r);
  }

  /**
   * A design's shape, checked once before it is simulated.
   *
   * @param airfoil its contour (null when invalid)
   * @param report its shape report (null when the contour could not be built)
   * @param rejection the {@link CaseStatus#INVALID_SHAPE} case, or null when the shape is valid
   */
  record Checked(Airfoil airfoil, ShapeReport report, DesignCase rejection) {
    static Checked of(DesignPoint point) {
      Airfoil airfoil;
      ShapeReport report;
      try {
        airfoil = point.airfoil("cst");
        report = ShapeAnalysis.analyse(airfoil);
      } catch (IllegalArgumentException e) {
        return new Checked(null, null, invalid(point, e.getMessage()));
      }
      return report.valid() ? new Checked(airfoil, report, null) : new Checked(airfoil, report,
          invalid(point, report.summary()));
    }
  }

  /** @return the case of a valid shape whose solver run threw {@code e}: not converged, with the reason */
  static DesignCase failed(DesignPoint point, ShapeReport report, RuntimeException e) {
    return new DesignCase(point, CaseStatus.NOT_CONVERGED, "solver failed: " + e.getMessage(), Double.NaN,
        Double.NaN, Double.NaN, report.maxThickness(), report.maxThicknessX());
  }

  /** @return the case of a valid shape from the solver's result (numbers only where its status allows) */
  static DesignCase of(DesignPoint point, ShapeReport report, AeroResult r) {
    CaseStatus status = CaseStatus.of(r.status());
    boolean numbers = status == CaseStatus.CONVERGED || status == CaseStatus.SEPARATED;
    return new DesignCase(point, status, r.reason(), numbers ? r.cl() : Double.NaN, numbers ? r.cd() : Double.NaN,
        numbers ? r.cm() : Double.NaN, report.maxThickness(), report.maxThicknessX());
  }

  private static DesignCase invalid(DesignPoint point, String why) {
    return new DesignCase(point, CaseStatus.INVALID_SHAPE, why, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
  }
}
