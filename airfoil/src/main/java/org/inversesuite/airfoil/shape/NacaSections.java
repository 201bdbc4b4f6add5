package org.inversesuite.airfoil.shape;

/**
 * Builds NACA coordinates from a mean line and the NACA thickness distribution, with the
 * thickness laid off perpendicular to the mean line (Abbott &amp; von Doenhoff 1959, §6.4):
 *
 * <pre>
 *   x_U = x − y_t sin θ,  y_U = y_c + y_t cos θ,   x_L = x + y_t sin θ,  y_L = y_c − y_t cos θ,
 *   θ = arctan(dy_c/dx)
 * </pre>
 *
 * at cosine-spaced stations x ({@link CosineSpacing}).
 */
final class NacaSections {
  private NacaSections() {}

  static Airfoil build(String name, CamberLine mean, double thickness, TrailingEdge te, int pointsPerSide) {
    if (pointsPerSide < 3) {
      throw new IllegalArgumentException("need at least 3 points per side, got " + pointsPerSide);
    }
    double[] xc = CosineSpacing.points(pointsPerSide);
    int n = 2 * pointsPerSide - 1;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < pointsPerSide; k++) {
      double xs = xc[k];
      double yt = te.halfThickness(thickness, xs);
      double theta = Math.atan(mean.slope(xs));
      double yc = mean.camber(xs);
      double s = Math.sin(theta);
      double c = Math.cos(theta);
      int upper = pointsPerSide - 1 - k;
      int lower = pointsPerSide - 1 + k;
      x[upper] = xs - yt * s;
      y[upper] = yc + yt * c;
      x[lower] = xs + yt * s;
      y[lower] = yc - yt * c;
    }
    return new Airfoil(name, x, y);
  }
}
