package org.inversesuite.airfoil.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * The checks a designer runs on a contour before trusting an analysis of it: no
 * self-intersection, positive thickness everywhere, counter-clockwise (Selig) order and
 * surfaces that do not double back; and the figures of merit: maximum thickness and camber
 * with their positions, leading-edge radius and area.
 *
 * <ul>
 *   <li>Surfaces are split at the point of smallest x; y_U(x), y_L(x) are linear interpolants.
 *   <li>Area is the shoelace sum ½ Σ (x_i y_{i+1} − x_{i+1} y_i) over the closed contour; it is
 *       negative for clockwise order.
 *   <li>The leading-edge radius is estimated from a least-squares parabola x = a + b y + c y²
 *       through the points within 0.5 % chord of the leading edge (at least two per side),
 *       r = 1 / (2|c|), exact for the CST and parabolic noses, r = A_0²/2 (Kulfan 2008).
 * </ul>
 */
public final class ShapeAnalysis {
  private static final int SAMPLES = 2000;
  private static final double NOSE_WINDOW = 0.005;

  private ShapeAnalysis() {}

  /** @return figures of merit and issues of {@code airfoil} */
  public static ShapeReport analyse(Airfoil airfoil) {
    List<ShapeIssue> issues = new ArrayList<>();
    double area = area(airfoil);
    if (area < 0) {
      issues.add(new ShapeIssue(ShapeIssue.Kind.CLOCKWISE_ORDER, String.format(Locale.ROOT,
          "signed area %.6f < 0: points run clockwise; Selig order is trailing edge, upper surface, leading edge, lower surface", area)));
    }
    selfIntersection(airfoil, issues);
    int le = airfoil.leadingEdgeIndex();
    int last = airfoil.size() - 1;
    double[][] up = side(airfoil, le, 0);
    double[][] lo = side(airfoil, le, last);
    boolean monotone = monotone("upper", up, issues) & monotone("lower", lo, issues);
    double tMax = Double.NaN;
    double tX = Double.NaN;
    double cMax = Double.NaN;
    double cX = Double.NaN;
    if (monotone) {
      double x0 = airfoil.x(le);
      double x1 = Math.min(up[0][up[0].length - 1], lo[0][lo[0].length - 1]);
      double worst = Double.POSITIVE_INFINITY;
      double worstX = 0;
      tMax = Double.NEGATIVE_INFINITY;
      cMax = 0;
      cX = x0;
      for (int k = 1; k < SAMPLES; k++) {
        double x = x0 + (x1 - x0) * k / SAMPLES;
        double yu = interpolate(up, x);
        double yl = interpolate(lo, x);
        double t = yu - yl;
        double c = 0.5 * (yu + yl);
        if (t > tMax) {
          tMax = t;
          tX = x;
        }
        if (Math.abs(c) > Math.abs(cMax)) {
          cMax = c;
          cX = x;
        }
        if (t < worst) {
          worst = t;
          worstX = x;
        }
      }
      if (!(worst > 0)) {
        issues.add(new ShapeIssue(ShapeIssue.Kind.NON_POSITIVE_THICKNESS, String.format(Locale.ROOT,
            "thickness %.6f at x/c = %.4f: the upper surface is not above the lower surface", worst, worstX)));
      }
    }
    return new ShapeReport(tMax, tX, cMax, cX, leadingEdgeRadius(airfoil), area, airfoil.trailingEdgeGap(), issues);
  }

  /** @return the shoelace area of the closed contour (positive for counter-clockwise order) */
  public static double area(Airfoil a) {
    double s = 0;
    int n = a.size();
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      s += a.x(i) * a.y(j) - a.x(j) * a.y(i);
    }
    return 0.5 * s;
  }

  /** @return the leading-edge radius estimate described in the class comment, NaN if undefined */
  public static double leadingEdgeRadius(Airfoil a) {
    int le = a.leadingEdgeIndex();
    int last = a.size() - 1;
    double x0 = a.x(le);
    double chord = Math.max(a.x(0), a.x(last)) - x0;
    int from = le;
    while (from > 0 && (a.x(from - 1) - x0 <= NOSE_WINDOW * chord || le - from < 2)) {
      from--;
    }
    int to = le;
    while (to < last && (a.x(to + 1) - x0 <= NOSE_WINDOW * chord || to - le < 2)) {
      to++;
    }
    int m = to - from + 1;
    if (m < 3) {
      return Double.NaN;
    }
    Array2DRowRealMatrix design = new Array2DRowRealMatrix(m, 3);
    ArrayRealVector rhs = new ArrayRealVector(m);
    for (int k = 0; k < m; k++) {
      double y = a.y(from + k) - a.y(le);
      design.setEntry(k, 0, 1);
      design.setEntry(k, 1, y);
      design.setEntry(k, 2, y * y);
      rhs.setEntry(k, a.x(from + k) - x0);
    }
    double c = new QRDecomposition(design).getSolver().solve(rhs).getEntry(2);
    return c == 0 ? Double.POSITIVE_INFINITY : 1.0 / (2.0 * Math.abs(c));
  }

  /** Points from the leading edge to one trailing edge: [0] = x, [1] = y. */
  private static double[][] side(Airfoil a, int le, int end) {
    int n = Math.abs(end - le) + 1;
    int step = end >= le ? 1 : -1;
    double[][] s = new double[2][n];
    for (int k = 0; k < n; k++) {
      s[0][k] = a.x(le + step * k);
      s[1][k] = a.y(le + step * k);
    }
    return s;
  }

  private static boolean monotone(String name, double[][] s, List<ShapeIssue> issues) {
    for (int k = 1; k < s[0].length; k++) {
      if (s[0][k] < s[0][k - 1]) {
        issues.add(new ShapeIssue(ShapeIssue.Kind.NON_MONOTONIC_SURFACE, String.format(Locale.ROOT,
            "%s surface turns back at x/c = %.5f (point %d from the leading edge goes from x = %.5f to %.5f)",
            name, s[0][k], k, s[0][k - 1], s[0][k])));
        return false;
      }
    }
    return true;
  }

  /** Linear interpolation on a surface with non-decreasing x, constant extrapolation. */
  static double interpolate(double[][] s, double x) {
    double[] xs = s[0];
    int n = xs.length;
    if (x <= xs[0]) {
      return s[1][0];
    }
    if (x >= xs[n - 1]) {
      return s[1][n - 1];
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double dx = xs[hi] - xs[lo];
    double f = dx > 0 ? (x - xs[lo]) / dx : 0;
    return s[1][lo] + f * (s[1][hi] - s[1][lo]);
  }

  private static void selfIntersection(Airfoil a, List<ShapeIssue> issues) {
    int segments = a.size() - 1;
    boolean sharp = a.trailingEdgeGap() < 1e-10;  // coincident within round-off: shared endpoint
    for (int i = 0; i < segments; i++) {
      for (int j = i + 2; j < segments; j++) {
        if (sharp && i == 0 && j == segments - 1) {
          continue;
        }
        if (cross(a.x(i), a.y(i), a.x(i + 1), a.y(i + 1), a.x(j), a.y(j), a.x(j + 1), a.y(j + 1))) {
          issues.add(new ShapeIssue(ShapeIssue.Kind.SELF_INTERSECTION, String.format(Locale.ROOT,
              "segment %d-%d (x/c = %.4f) crosses segment %d-%d (x/c = %.4f)",
              i, i + 1, a.x(i), j, j + 1, a.x(j))));
          return;
        }
      }
    }
  }

  private static boolean cross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
    double d1 = orient(cx, cy, dx, dy, ax, ay);
    double d2 = orient(cx, cy, dx, dy, bx, by);
    double d3 = orient(ax, ay, bx, by, cx, cy);
    double d4 = orient(ax, ay, bx, by, dx, dy);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double orient(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }
}
