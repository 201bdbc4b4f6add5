package org.inversesuite.airfoil.solver;

import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Straight panels between consecutive nodes of a Selig-ordered (counter-clockwise) contour:
 * panel j runs from node j to node j + 1, with length L_j, unit tangent t_j (in the node
 * order), outward normal n_j = (t_y, −t_x) and midpoint (the collocation point).
 */
final class PanelGeometry {
  final int panels;
  final double[] x;
  final double[] y;
  final double[] length;
  final double[] tx;
  final double[] ty;
  final double[] xm;
  final double[] ym;

  PanelGeometry(Airfoil a) {
    this(a.xs(), a.ys());
  }

  PanelGeometry(double[] x, double[] y) {
    this.x = x;
    this.y = y;
    this.panels = x.length - 1;
    length = new double[panels];
    tx = new double[panels];
    ty = new double[panels];
    xm = new double[panels];
    ym = new double[panels];
    for (int j = 0; j < panels; j++) {
      double dx = x[j + 1] - x[j];
      double dy = y[j + 1] - y[j];
      double l = Math.hypot(dx, dy);
      if (!(l > 0)) {
        throw new IllegalArgumentException("panel " + j + " has zero length at (" + x[j] + ", " + y[j] + ")");
      }
      length[j] = l;
      tx[j] = dx / l;
      ty[j] = dy / l;
      xm[j] = 0.5 * (x[j] + x[j + 1]);
      ym[j] = 0.5 * (y[j] + y[j + 1]);
    }
  }

  /** @return outward normal x-component of panel j */
  double nx(int j) {
    return ty[j];
  }

  /** @return outward normal y-component of panel j */
  double ny(int j) {
    return -tx[j];
  }
}
