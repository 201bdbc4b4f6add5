package org.inversesuite.airfoil.shape;

import java.util.List;
import java.util.Locale;

/**
 * An airfoil in Kulfan's class-shape transformation (CST; B. M. Kulfan, "Universal parametric
 * geometry representation method", J. Aircraft 45(1), 2008):
 *
 * <pre>
 *   y_U(x) = C(x) S_U(x) + x Δ_TE/2,    y_L(x) = C(x) S_L(x) − x Δ_TE/2,
 *   C(x)   = x^N1 (1 − x)^N2,
 *   S(x)   = Σ_{i=0..n} A_i K_i x^i (1 − x)^(n−i),   K_i = n! / (i! (n − i)!)
 * </pre>
 *
 * with one Bernstein polynomial of order n per surface (the orders may differ), N1 = 0.5 and
 * N2 = 1 for a round-nosed airfoil with a finite trailing-edge angle, and Δ_TE the total
 * trailing-edge thickness. Lower-surface coefficients are usually negative. For N1 = 0.5 the
 * leading-edge radius of each surface is A_0²/2 (Kulfan 2008, eq. 9).
 *
 * @param upper A_U,0 … A_U,n (at least one)
 * @param lower A_L,0 … A_L,m (at least one)
 * @param trailingEdgeThickness Δ_TE ≥ 0, in chords
 * @param classN1 N1 &gt; 0 (0.5 for a round nose)
 * @param classN2 N2 &gt; 0 (1 for a sharp aft end)
 */
public record CstShape(List<Double> upper, List<Double> lower, double trailingEdgeThickness, double classN1,
    double classN2) {

  /** Validates the coefficients and class exponents. */
  public CstShape {
    upper = List.copyOf(upper);
    lower = List.copyOf(lower);
    if (upper.isEmpty() || lower.isEmpty()) {
      throw new IllegalArgumentException("CST needs at least one coefficient per surface, got "
          + upper.size() + " upper and " + lower.size() + " lower");
    }
    for (int i = 0; i < upper.size(); i++) {
      requireFinite("upper", i, upper.get(i));
    }
    for (int i = 0; i < lower.size(); i++) {
      requireFinite("lower", i, lower.get(i));
    }
    if (!(trailingEdgeThickness >= 0) || !Double.isFinite(trailingEdgeThickness)) {
      throw new IllegalArgumentException("trailing-edge thickness must be finite and >= 0, got " + trailingEdgeThickness);
    }
    if (!(classN1 > 0 && classN2 > 0)) {
      throw new IllegalArgumentException("class exponents N1, N2 must be > 0, got " + classN1 + ", " + classN2);
    }
  }

  /** @return a round-nosed airfoil (N1 = 0.5, N2 = 1) */
  public static CstShape of(List<Double> upper, List<Double> lower, double trailingEdgeThickness) {
    return new CstShape(upper, lower, trailingEdgeThickness, 0.5, 1.0);
  }

  private static void requireFinite(String side, int i, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(side + " CST coefficient " + i + " must be finite, got " + v);
    }
  }

  /** @return Bernstein order n of the upper surface */
  public int upperOrder() {
    return upper.size() - 1;
  }

  /** @return Bernstein order of the lower surface */
  public int lowerOrder() {
    return lower.size() - 1;
  }

  /** @return the class function C(x) = x^N1 (1 − x)^N2 */
  public double classFunction(double x) {
    return Math.pow(x, classN1) * Math.pow(1 - x, classN2);
  }

  /**
   * The Bernstein basis polynomial K_i x^i (1 − x)^(n−i).
   *
   * @param n order, ≥ 0
   * @param i index in 0..n
   */
  public static double bernstein(int n, int i, double x) {
    double k = 1;
    for (int j = 1; j <= i; j++) {
      k = k * (n - i + j) / j;
    }
    return k * Math.pow(x, i) * Math.pow(1 - x, n - i);
  }

  private static double shape(List<Double> a, double x) {
    int n = a.size() - 1;
    double s = 0;
    for (int i = 0; i <= n; i++) {
      s += a.get(i) * bernstein(n, i, x);
    }
    return s;
  }

  /** @return y_U(x), x in [0, 1] */
  public double upperY(double x) {
    return classFunction(x) * shape(upper, x) + 0.5 * x * trailingEdgeThickness;
  }

  /** @return y_L(x), x in [0, 1] */
  public double lowerY(double x) {
    return classFunction(x) * shape(lower, x) - 0.5 * x * trailingEdgeThickness;
  }

  /** @return leading-edge radius of the upper surface, A_U,0²/2 (exact for N1 = 0.5) */
  public double upperLeadingEdgeRadius() {
    return 0.5 * upper.get(0) * upper.get(0);
  }

  /**
   * @param pointsPerSide cosine-spaced stations per surface (≥ 3); the leading edge is shared
   * @return Selig-ordered coordinates with 2·pointsPerSide − 1 points
   */
  public Airfoil toAirfoil(String name, int pointsPerSide) {
    if (pointsPerSide < 3) {
      throw new IllegalArgumentException("need at least 3 points per side, got " + pointsPerSide);
    }
    double[] xc = CosineSpacing.points(pointsPerSide);
    int n = 2 * pointsPerSide - 1;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < pointsPerSide; k++) {
      int up = pointsPerSide - 1 - k;
      int lo = pointsPerSide - 1 + k;
      x[up] = xc[k];
      y[up] = upperY(xc[k]);
      x[lo] = xc[k];
      y[lo] = lowerY(xc[k]);
    }
    return new Airfoil(name, x, y);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CST[upper=%s, lower=%s, te=%.5f, N1=%.2f, N2=%.2f]",
        upper, lower, trailingEdgeThickness, classN1, classN2);
  }
}
