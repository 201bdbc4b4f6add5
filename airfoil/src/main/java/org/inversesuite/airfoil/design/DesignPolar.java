package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.Polar;

/**
 * One design simulated as a polar: its shape and Reynolds number at each angle of a fixed list,
 * solved as one sweep ({@link AirfoilSolver#polar}, which the embedded solver warm-starts from
 * angle to angle), so that a data set of polars costs what the "100,000 polars" count
 * (docs/airfoil.md, part 2). The design's own drawn angle is not used.
 *
 * <p>A row ({@link #columns}) holds the coefficients, Re, then per angle j α_j, status_j, C_l,j,
 * C_d,j, C_m,j, then t_max and its position; {@link #singleAngleRows} turns it into one row per
 * angle in the layout of {@link DesignCase#columns}, which is how a polar data set is read back.
 *
 * @param point the design (shape, Reynolds number)
 * @param cases one case per angle, in the order of the angle list
 */
public record DesignPolar(DesignPoint point, List<DesignCase> cases) {
  /** Values per angle in a row: α, status, C_l, C_d, C_m. */
  private static final int PER_ANGLE = 5;

  /** Copies the cases. */
  public DesignPolar {
    cases = List.copyOf(cases);
  }

  /** @return the column names of a polar row for a shape of {@code shapeDimension} coefficients and {@code angles} angles */
  public static List<String> columns(int shapeDimension, int upperCount, int angles) {
    List<String> single = DesignCase.columns(shapeDimension, upperCount);
    List<String> c = new ArrayList<>(single.subList(0, shapeDimension));
    c.add("reynolds");
    for (int j = 0; j < angles; j++) {
      c.addAll(List.of("alpha_" + j, "status_" + j, "cl_" + j, "cd_" + j, "cm_" + j));
    }
    c.addAll(List.of("t_max", "x_t_max"));
    return c;
  }

  /** @return the values in the order of {@link #columns} */
  public double[] row() {
    double[] x = point.coefficients();
    int d = x.length;
    double[] r = new double[d + 1 + PER_ANGLE * cases.size() + 2];
    System.arraycopy(x, 0, r, 0, d);
    r[d] = point.reynolds();
    for (int j = 0; j < cases.size(); j++) {
      DesignCase c = cases.get(j);
      int k = d + 1 + PER_ANGLE * j;
      r[k] = c.point().alphaDegrees();
      r[k + 1] = c.status().code();
      r[k + 2] = c.cl();
      r[k + 3] = c.cd();
      r[k + 4] = c.cm();
    }
    DesignCase any = cases.get(0);
    r[r.length - 2] = any.maxThickness();
    r[r.length - 1] = any.maxThicknessX();
    return r;
  }

  /**
   * @param row a polar row of a shape with {@code shapeDimension} coefficients
   * @return one row per angle in the layout of {@link DesignCase#columns} (L/D = C_l / C_d)
   * @throws IllegalArgumentException if the row's length does not fit a polar row
   */
  public static double[][] singleAngleRows(double[] row, int shapeDimension) {
    int angles = (row.length - shapeDimension - 3) / PER_ANGLE;
    if (angles < 1 || row.length != shapeDimension + 3 + PER_ANGLE * angles) {
      throw new IllegalArgumentException("a polar row of a " + shapeDimension + "-coefficient shape has "
          + shapeDimension + " + 3 + 5 per angle values, got " + row.length);
    }
    double[][] out = new double[angles][shapeDimension + 9];
    for (int j = 0; j < angles; j++) {
      double[] o = out[j];
      System.arraycopy(row, 0, o, 0, shapeDimension);
      int k = shapeDimension + 1 + PER_ANGLE * j;
      o[shapeDimension] = row[k];
      o[shapeDimension + 1] = row[shapeDimension];
      o[shapeDimension + 2] = row[k + 1];
      o[shapeDimension + 3] = row[k + 2];
      o[shapeDimension + 4] = row[k + 3];
      o[shapeDimension + 5] = row[k + 4];
      o[shapeDimension + 6] = row[k + 2] / row[k + 3];
      o[shapeDimension + 7] = row[row.length - 2];
      o[shapeDimension + 8] = row[row.length - 1];
    }
    return out;
  }

  /**
   * Checks the shape once and, if it is valid, solves its polar at {@code alphas}.
   *
   * @return the polar; never throws for a bad shape or a solver failure, which become the status
   *     of every angle
   */
  public static DesignPolar evaluate(DesignPoint point, List<Double> alphas, AirfoilSolver solver) {
    List<DesignPoint> at = new ArrayList<>(alphas.size());
    for (double a : alphas) {
      at.add(new DesignPoint(point.coefficients(), point.upperCount(), a, point.reynolds(),
          point.trailingEdgeThickness()));
    }
    DesignCase.Checked checked = DesignCase.Checked.of(point);
    List<DesignCase> cases = new ArrayList<>(alphas.size());
    if (checked.rejection() != null) {
      for (DesignPoint p : at) {
        cases.add(new DesignCase(p, checked.rejection().status(), checked.rejection().reason(), Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN));
      }
      return new DesignPolar(point, cases);
    }
    Polar polar;
    try {
      polar = solver.polar(checked.airfoil(), point.reynolds(), alphas);
    } catch (IllegalArgumentException | ArithmeticException e) {
      for (DesignPoint p : at) {
        cases.add(DesignCase.failed(p, checked.report(), e));
      }
      return new DesignPolar(point, cases);
    }
    List<AeroResult> results = polar.points();
    for (int j = 0; j < at.size(); j++) {
      cases.add(DesignCase.of(at.get(j), checked.report(), results.get(j)));
    }
    return new DesignPolar(point, cases);
  }
}
