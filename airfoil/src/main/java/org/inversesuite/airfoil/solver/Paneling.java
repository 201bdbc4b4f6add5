package org.inversesuite.airfoil.solver;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Redistributes the points of an airfoil for the panel method. The contour is interpolated
 * by natural cubic splines x(t), y(t) in the cumulative chord length t (Commons Math
 * {@link SplineInterpolator}); the leading edge is the spline point farthest from the
 * trailing-edge midpoint (the definition XFOIL uses, Drela 1989); each surface then receives
 * half of the panels with cosine spacing in arc length,
 *
 * <pre>
 *   t_k = t_LE ± S (1 − cos(π k / n)) / 2,   k = 0 … n,
 * </pre>
 *
 * so that panels are short where curvature (leading edge) and pressure gradients (trailing
 * edge) are large (Katz &amp; Plotkin 2001, §11.1).
 */
public final class Paneling {
  /** Smallest accepted number of panels. */
  public static final int MIN_PANELS = 40;
  /** Largest accepted number of panels. */
  public static final int MAX_PANELS = 600;

  private Paneling() {}

  /**
   * @param airfoil Selig-ordered contour (any point density, ≥ 5 points)
   * @param panels number of panels, even, in [{@link #MIN_PANELS}, {@link #MAX_PANELS}]
   * @return a contour with panels + 1 points in Selig order, same name
   * @throws IllegalArgumentException if the panel count is out of range or odd, or the
   *     contour has repeated points only
   */
  public static Airfoil repanel(Airfoil airfoil, int panels) {
    if (panels < MIN_PANELS || panels > MAX_PANELS || panels % 2 != 0) {
      throw new IllegalArgumentException("panel count must be even and in [" + MIN_PANELS + ", " + MAX_PANELS
          + "], got " + panels);
    }
    int m = airfoil.size();
    double[] t = new double[m];
    double[] xs = new double[m];
    double[] ys = new double[m];
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (k > 0) {
        double d = Math.hypot(airfoil.x(i) - xs[k - 1], airfoil.y(i) - ys[k - 1]);
        if (d <= 1e-12) {
          continue;
        }
        t[k] = t[k - 1] + d;
      }
      xs[k] = airfoil.x(i);
      ys[k] = airfoil.y(i);
      k++;
    }
    if (k < Airfoil.MIN_POINTS) {
      throw new IllegalArgumentException("'" + airfoil.name() + "' has only " + k + " distinct points");
    }
    double[] tt = java.util.Arrays.copyOf(t, k);
    PolynomialSplineFunction sx = new SplineInterpolator().interpolate(tt, java.util.Arrays.copyOf(xs, k));
    PolynomialSplineFunction sy = new SplineInterpolator().interpolate(tt, java.util.Arrays.copyOf(ys, k));
    double tLe = leadingEdge(sx, sy, tt, xs, ys, k);
    double tEnd = tt[k - 1];
    int nu = panels / 2;
    int nl = panels - nu;
    double[] x = new double[panels + 1];
    double[] y = new double[panels + 1];
    for (int j = 0; j <= nu; j++) {
      double u = 1.0 - (double) j / nu;
      double tj = j == nu ? tLe : tLe - tLe * 0.5 * (1 - Math.cos(Math.PI * u));
      x[j] = sx.value(Math.max(0, tj));
      y[j] = sy.value(Math.max(0, tj));
    }
    for (int j = 1; j <= nl; j++) {
      double u = (double) j / nl;
      double tj = j == nl ? tEnd : tLe + (tEnd - tLe) * 0.5 * (1 - Math.cos(Math.PI * u));
      x[nu + j] = sx.value(Math.min(tEnd, tj));
      y[nu + j] = sy.value(Math.min(tEnd, tj));
    }
    return new Airfoil(airfoil.name(), x, y);
  }

  /** Parameter of the point farthest from the trailing-edge midpoint (golden-section refined). */
  private static double leadingEdge(PolynomialSplineFunction sx, PolynomialSplineFunction sy, double[] t,
      double[] xs, double[] ys, int k) {
    double xte = 0.5 * (xs[0] + xs[k - 1]);
    double yte = 0.5 * (ys[0] + ys[k - 1]);
    int best = 0;
    double far = -1;
    for (int i = 0; i < k; i++) {
      double d = Math.hypot(xs[i] - xte, ys[i] - yte);
      if (d > far) {
        far = d;
        best = i;
      }
    }
    double a = t[Math.max(0, best - 1)];
    double b = t[Math.min(k - 1, best + 1)];
    double g = 0.5 * (Math.sqrt(5) - 1);
    for (int it = 0; it < 80 && b - a > 1e-13; it++) {
      double c = b - g * (b - a);
      double d = a + g * (b - a);
      double fc = Math.hypot(sx.value(c) - xte, sy.value(c) - yte);
      double fd = Math.hypot(sx.value(d) - xte, sy.value(d) - yte);
      if (fc > fd) {
        b = d;
      } else {
        a = c;
      }
    }
    return 0.5 * (a + b);
  }
}
