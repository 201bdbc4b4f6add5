package org.inversesuite.airfoil.shape;

/**
 * Cosine ("half-cosine in angle") point spacing on [0, 1]:
 *
 * <pre>
 *   x_k = ½ (1 − cos(π k / (n − 1))),   k = 0 … n − 1
 * </pre>
 *
 * which clusters points at both ends, where the curvature of an airfoil surface (leading
 * edge) and the pressure gradient (trailing edge) are largest. It is the standard spacing
 * for airfoil coordinates and panel methods (Katz &amp; Plotkin, Low-Speed Aerodynamics,
 * 2nd ed., 2001, §11.1).
 */
public final class CosineSpacing {
  private CosineSpacing() {}

  /**
   * @param n number of points, ≥ 2
   * @return n increasing values from exactly 0 to exactly 1
   * @throws IllegalArgumentException if n &lt; 2
   */
  public static double[] points(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("cosine spacing needs at least 2 points, got " + n);
    }
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = 0.5 * (1.0 - Math.cos(Math.PI * k / (n - 1)));
    }
    x[0] = 0.0;
    x[n - 1] = 1.0;
    return x;
  }
}
