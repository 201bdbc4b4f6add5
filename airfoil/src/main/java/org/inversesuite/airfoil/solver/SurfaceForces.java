package org.inversesuite.airfoil.solver;

/**
 * Lift, pressure drag and quarter-chord moment from nodal surface speeds by integrating the
 * pressure coefficient Cp = 1 − (q/V∞)² over the panels (trapezoidal rule), force per panel
 * F = −Cp L n (n outward), in chord and dynamic-pressure units, the base of a blunt trailing
 * edge included with the mean of the two trailing-edge pressures (as XFOIL does):
 *
 * <pre>
 *   C_l = Σ (F_y cos α − F_x sin α),   C_d,p = Σ (F_x cos α + F_y sin α),
 *   C_m = −Σ ((x_m − ¼) F_y − y_m F_x)      (nose-up positive, about (¼, 0))
 * </pre>
 *
 * @param cl lift coefficient
 * @param cdPressure pressure-drag coefficient (≈ 0 in inviscid flow: d'Alembert)
 * @param cm quarter-chord pitching-moment coefficient
 */
record SurfaceForces(double cl, double cdPressure, double cm) {
  static SurfaceForces integrate(PanelGeometry g, double[] speed, double alpha) {
    double fx = 0;
    double fy = 0;
    double mz = 0;
    int n = g.panels;
    for (int j = 0; j <= n; j++) {
      int k = j == n ? 0 : j + 1;
      double cp = 1 - 0.5 * (speed[j] * speed[j] + speed[k] * speed[k]);
      double dx = g.x[k] - g.x[j];
      double dy = g.y[k] - g.y[j];
      double px = -cp * dy;
      double py = cp * dx;
      fx += px;
      fy += py;
      mz += (0.5 * (g.x[j] + g.x[k]) - 0.25) * py - 0.5 * (g.y[j] + g.y[k]) * px;
    }
    double c = Math.cos(alpha);
    double s = Math.sin(alpha);
    return new SurfaceForces(fy * c - fx * s, fx * c + fy * s, -mz);
  }
}
