package org.inversesuite.airfoil.io;

import java.math.BigDecimal;

/**
 * Writes coordinates so that they read back bit for bit. Each number is the decimal of
 * {@link Double#toString(double)} (as many digits as are needed to distinguish the value from its
 * neighbouring doubles, Java SE specification; Steele &amp; White 1990), written out without an exponent,
 * so {@link Double#parseDouble} returns the same double: x = parse(format(x)) for every finite x.
 *
 * <p>Why not a fixed number of decimals: the viscous solver's answer at a laminar-bubble angle can
 * change under a 10⁻⁷ change of the coordinates (docs/airfoil.md, "Exported designs re-simulate to
 * what was reported (session 15)"), so a file rounded to 7 decimals was another shape than the one
 * the design command reported on. Plain decimals (no "E-5") are read by every .dat reader we know,
 * XFOIL's included.
 */
final class CoordinateText {
  /** Width of the x column, enough for a sign, "0." and the 17 significant digits of a double. */
  private static final int X_WIDTH = 24;

  private CoordinateText() {}

  /** @return the shortest round-trip decimal of {@code v}, without exponent (−0.0 keeps its sign) */
  static String number(double v) {
    if (v == 0) {
      return Double.toString(v);
    }
    return new BigDecimal(Double.toString(v)).toPlainString();
  }

  /** @return "x y" with non-negative numbers led by a space, so the columns of a file line up */
  static String pair(double x, double y) {
    StringBuilder s = new StringBuilder(signed(x));
    while (s.length() < X_WIDTH) {
      s.append(' ');
    }
    return s.append(' ').append(signed(y)).toString();
  }

  private static String signed(double v) {
    String t = number(v);
    return t.startsWith("-") ? t : " " + t;
  }
}
