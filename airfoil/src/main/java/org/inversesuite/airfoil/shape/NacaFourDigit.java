package org.inversesuite.airfoil.shape;

/**
 * A NACA four-digit section "MPTT": maximum camber m = M/100 at x = p = P/10, thickness
 * t = TT/100 (Jacobs, Ward &amp; Pinkerton, NACA Report 460, 1933; Abbott &amp; von Doenhoff 1959,
 * §6.4). The mean line is two parabolas joined at the point of maximum camber:
 *
 * <pre>
 *   y_c = m/p² (2 p x − x²)                     for 0 ≤ x &lt; p
 *   y_c = m/(1 − p)² (1 − 2p + 2 p x − x²)      for p ≤ x ≤ 1
 * </pre>
 *
 * and the thickness is {@link TrailingEdge#halfThickness}.
 *
 * @param maxCamber m, in [0, 0.095]
 * @param camberPosition p, in [0.05, 0.95] when m &gt; 0 (ignored for m = 0)
 * @param thickness t, in (0, 0.4]
 * @param trailingEdge open (original) or closed trailing edge
 */
public record NacaFourDigit(double maxCamber, double camberPosition, double thickness, TrailingEdge trailingEdge) {

  /** Validates the ranges of the designation digits. */
  public NacaFourDigit {
    if (!(maxCamber >= 0 && maxCamber <= 0.095)) {
      throw new IllegalArgumentException("NACA 4-digit maximum camber must be in [0, 0.095], got " + maxCamber);
    }
    if (maxCamber > 0 && !(camberPosition >= 0.05 && camberPosition <= 0.95)) {
      throw new IllegalArgumentException("NACA 4-digit camber position must be in [0.05, 0.95], got " + camberPosition);
    }
    if (!(thickness > 0 && thickness <= 0.4)) {
      throw new IllegalArgumentException("NACA 4-digit thickness must be in (0, 0.4], got " + thickness);
    }
    if (trailingEdge == null) {
      throw new IllegalArgumentException("trailing edge must be given (OPEN or CLOSED)");
    }
  }

  /**
   * @param designation four digits, e.g. "2412" (an optional "NACA" prefix and spaces are ignored)
   * @throws IllegalArgumentException if it is not four digits
   */
  public static NacaFourDigit of(String designation, TrailingEdge trailingEdge) {
    String d = designation.replaceFirst("(?i)^\\s*naca\\s*", "").trim();
    if (!d.matches("\\d{4}")) {
      throw new IllegalArgumentException("a NACA 4-digit designation has four digits, got '" + designation + "'");
    }
    double m = (d.charAt(0) - '0') / 100.0;
    double p = (d.charAt(1) - '0') / 10.0;
    double t = Integer.parseInt(d.substring(2)) / 100.0;
    return new NacaFourDigit(m, p, t, trailingEdge);
  }

  /** @return the designation, e.g. "NACA 2412" */
  public String name() {
    return String.format(java.util.Locale.ROOT, "NACA %d%d%02d", Math.round(maxCamber * 100),
        maxCamber > 0 ? Math.round(camberPosition * 10) : 0, Math.round(thickness * 100));
  }

  /** @return y_c(x) */
  public double camber(double x) {
    if (maxCamber == 0) {
      return 0;
    }
    double m = maxCamber;
    double p = camberPosition;
    return x < p ? m / (p * p) * (2 * p * x - x * x) : m / ((1 - p) * (1 - p)) * (1 - 2 * p + 2 * p * x - x * x);
  }

  /** @return dy_c/dx */
  public double camberSlope(double x) {
    if (maxCamber == 0) {
      return 0;
    }
    double m = maxCamber;
    double p = camberPosition;
    return x < p ? 2 * m / (p * p) * (p - x) : 2 * m / ((1 - p) * (1 - p)) * (p - x);
  }

  /**
   * @param pointsPerSide cosine-spaced stations per surface (≥ 3); the leading edge is shared
   * @return Selig-ordered coordinates with 2·pointsPerSide − 1 points
   */
  public Airfoil toAirfoil(int pointsPerSide) {
    CamberLine mean = new CamberLine() {
      @Override
      public double camber(double x) {
        return NacaFourDigit.this.camber(x);
      }

      @Override
      public double slope(double x) {
        return camberSlope(x);
      }
    };
    return NacaSections.build(name(), mean, thickness, trailingEdge, pointsPerSide);
  }
}
