package org.inversesuite.airfoil.solver;

/**
 * The wake cut behind the trailing edge: {@code count} straight panels from the trailing-edge
 * midpoint, the first one along the bisector of the trailing-edge panels, the others along the
 * local inviscid velocity (a streamline traced with the midpoint rule), lengths growing
 * geometrically from the mean trailing-edge panel length to a total of {@code length} chords.
 * As in XFOIL (Drela 1989) the wake is fixed per angle of attack; it carries the source
 * distribution of the wake's displacement thickness.
 */
final class Wake {
  final PanelGeometry panels;

  private Wake(PanelGeometry panels) {
    this.panels = panels;
  }

  static Wake of(PanelMethod pm, double[] gamma, double alpha, int count, double length) {
    PanelGeometry g = pm.geometry;
    int n = g.panels;
    double first = 0.5 * (g.length[0] + g.length[n - 1]);
    double ratio = ratio(first, count, length);
    double[] x = new double[count + 1];
    double[] y = new double[count + 1];
    x[0] = 0.5 * (g.x[0] + g.x[n]);
    y[0] = 0.5 * (g.y[0] + g.y[n]);
    double dx = -g.tx[0] + g.tx[n - 1];
    double dy = -g.ty[0] + g.ty[n - 1];
    double d = Math.hypot(dx, dy);
    dx /= d;
    dy /= d;
    double step = first;
    double[] v = new double[2];
    for (int k = 0; k < count; k++) {
      if (k > 0) {
        pm.velocity(gamma, alpha, x[k] + 0.5 * step * dx, y[k] + 0.5 * step * dy, v);
        double q = Math.hypot(v[0], v[1]);
        if (q > 1e-9) {
          dx = v[0] / q;
          dy = v[1] / q;
        }
      }
      x[k + 1] = x[k] + step * dx;
      y[k + 1] = y[k] + step * dy;
      step *= ratio;
    }
    return new Wake(new PanelGeometry(x, y));
  }

  /** Growth ratio r with first·(1 + r + … + r^(count−1)) = length (bisection on [1, 3]). */
  private static double ratio(double first, int count, double length) {
    if (first * count >= length) {
      return 1.0;
    }
    double lo = 1.0;
    double hi = 3.0;
    for (int it = 0; it < 100; it++) {
      double mid = 0.5 * (lo + hi);
      double sum = first * (Math.pow(mid, count) - 1) / (mid - 1);
      if (sum > length) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
