package org.inversesuite.airfoil.shape;

import java.util.Locale;

/**
 * A NACA five-digit section "LPQTT": design lift coefficient C_l,i = 0.15 L, maximum camber
 * near x = P/20, Q = 0 for the simple mean line and Q = 1 for the reflexed one, thickness
 * TT/100 (Jacobs &amp; Pinkerton, NACA Report 537, 1935; Abbott &amp; von Doenhoff 1959, §6.5).
 *
 * <p>Simple mean line (a cubic joined to a straight line at x = r):
 *
 * <pre>
 *   y_c = k₁/6 (x³ − 3 r x² + r²(3 − r) x)      for 0 ≤ x &lt; r
 *   y_c = k₁ r³/6 (1 − x)                        for r ≤ x ≤ 1
 * </pre>
 *
 * Reflexed mean line (two cubics):
 *
 * <pre>
 *   y_c = k₁/6 ((x − r)³ − (k₂/k₁)(1 − r)³ x − r³ x + r³)          for 0 ≤ x &lt; r
 *   y_c = k₁/6 ((k₂/k₁)(x − r)³ − (k₂/k₁)(1 − r)³ x − r³ x + r³)    for r ≤ x ≤ 1
 * </pre>
 *
 * The constants r, k₁ (tabulated for C_l,i = 0.3, scaled linearly with C_l,i) and k₂/k₁ are
 * those of Abbott &amp; von Doenhoff and NASA TM 4741 (Ladson et al. 1996).
 *
 * @param designLift the digit L, 1..6 (C_l,i = 0.15 L)
 * @param camberPosition the digit P, 1..5 (2..5 when reflexed)
 * @param reflexed true for Q = 1
 * @param thickness t, in (0, 0.4]
 * @param trailingEdge open (original) or closed trailing edge
 */
public record NacaFiveDigit(int designLift, int camberPosition, boolean reflexed, double thickness,
    TrailingEdge trailingEdge) {
  private static final double[] R = {0.0580, 0.1260, 0.2025, 0.2900, 0.3910};
  private static final double[] K1 = {361.400, 51.640, 15.957, 6.643, 3.230};
  private static final double[] R_REFLEX = {Double.NaN, 0.1300, 0.2170, 0.3180, 0.4410};
  private static final double[] K1_REFLEX = {Double.NaN, 51.990, 15.793, 6.520, 3.191};
  private static final double[] K21_REFLEX = {Double.NaN, 0.000764, 0.00677, 0.0303, 0.1355};

  /** Validates the designation digits. */
  public NacaFiveDigit {
    if (designLift < 1 || designLift > 6) {
      throw new IllegalArgumentException("NACA 5-digit first digit (design lift) must be 1..6, got " + designLift);
    }
    if (camberPosition < (reflexed ? 2 : 1) || camberPosition > 5) {
      throw new IllegalArgumentException("NACA 5-digit second digit must be " + (reflexed ? "2" : "1")
          + "..5 for a " + (reflexed ? "reflexed" : "simple") + " mean line, got " + camberPosition);
    }
    if (!(thickness > 0 && thickness <= 0.4)) {
      throw new IllegalArgumentException("NACA 5-digit thickness must be in (0, 0.4], got " + thickness);
    }
    if (trailingEdge == null) {
      throw new IllegalArgumentException("trailing edge must be given (OPEN or CLOSED)");
    }
  }

  /**
   * @param designation five digits, e.g. "23012" (an optional "NACA" prefix is ignored)
   * @throws IllegalArgumentException if it is not five digits or the third digit is not 0 or 1
   */
  public static NacaFiveDigit of(String designation, TrailingEdge trailingEdge) {
    String d = designation.replaceFirst("(?i)^\\s*naca\\s*", "").trim();
    if (!d.matches("\\d{5}")) {
      throw new IllegalArgumentException("a NACA 5-digit designation has five digits, got '" + designation + "'");
    }
    char q = d.charAt(2);
    if (q != '0' && q != '1') {
      throw new IllegalArgumentException("third digit of a NACA 5-digit designation must be 0 or 1, got '" + designation + "'");
    }
    return new NacaFiveDigit(d.charAt(0) - '0', d.charAt(1) - '0', q == '1',
        Integer.parseInt(d.substring(3)) / 100.0, trailingEdge);
  }

  /** @return the designation, e.g. "NACA 23012" */
  public String name() {
    return String.format(Locale.ROOT, "NACA %d%d%d%02d", designLift, camberPosition, reflexed ? 1 : 0,
        Math.round(thickness * 100));
  }

  /** @return the design lift coefficient 0.15 L */
  public double designLiftCoefficient() {
    return 0.15 * designLift;
  }

  private double r() {
    return reflexed ? R_REFLEX[camberPosition - 1] : R[camberPosition - 1];
  }

  private double k1() {
    double k = reflexed ? K1_REFLEX[camberPosition - 1] : K1[camberPosition - 1];
    return k * designLiftCoefficient() / 0.3;
  }

  /** @return y_c(x) */
  public double camber(double x) {
    double r = r();
    double k1 = k1();
    if (!reflexed) {
      return x < r ? k1 / 6 * (x * x * x - 3 * r * x * x + r * r * (3 - r) * x) : k1 * r * r * r / 6 * (1 - x);
    }
    double k21 = K21_REFLEX[camberPosition - 1];
    double common = -k21 * Math.pow(1 - r, 3) * x - r * r * r * x + r * r * r;
    double d = x - r;
    return x < r ? k1 / 6 * (d * d * d + common) : k1 / 6 * (k21 * d * d * d + common);
  }

  /** @return dy_c/dx */
  public double camberSlope(double x) {
    double r = r();
    double k1 = k1();
    if (!reflexed) {
      return x < r ? k1 / 6 * (3 * x * x - 6 * r * x + r * r * (3 - r)) : -k1 * r * r * r / 6;
    }
    double k21 = K21_REFLEX[camberPosition - 1];
    double common = -k21 * Math.pow(1 - r, 3) - r * r * r;
    double d = x - r;
    return x < r ? k1 / 6 * (3 * d * d + common) : k1 / 6 * (3 * k21 * d * d + common);
  }

  /**
   * @param pointsPerSide cosine-spaced stations per surface (≥ 3)
   * @return Selig-ordered coordinates with 2·pointsPerSide − 1 points
   */
  public Airfoil toAirfoil(int pointsPerSide) {
    CamberLine mean = new CamberLine() {
      @Override
      public double camber(double x) {
        return NacaFiveDigit.this.camber(x);
      }

      @Override
      public double slope(double x) {
        return camberSlope(x);
      }
    };
    return NacaSections.build(name(), mean, thickness, trailingEdge, pointsPerSide);
  }
}
