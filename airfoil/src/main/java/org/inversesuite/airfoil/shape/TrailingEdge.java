package org.inversesuite.airfoil.shape;

/**
 * Trailing-edge form of the NACA thickness distribution
 *
 * <pre>
 *   y_t = 5 t (0.2969 √x − 0.1260 x − 0.3516 x² + 0.2843 x³ + a₄ x⁴)
 * </pre>
 *
 * (Abbott &amp; von Doenhoff, Theory of Wing Sections, 1959, §6.4; Ladson et al., NASA TM
 * 4741, 1996). {@link #OPEN} is the original definition, a₄ = −0.1015, with a finite
 * trailing-edge thickness of 0.021 t (0.25 % chord for 12 % thickness; XFOIL's NACA command
 * uses it); {@link #CLOSED} uses a₄ = −0.1036, which closes the trailing edge exactly.
 */
public enum TrailingEdge {
  /** a₄ = −0.1015: the original, slightly blunt trailing edge. */
  OPEN(-0.1015),
  /** a₄ = −0.1036: a sharp trailing edge. */
  CLOSED(-0.1036);

  private final double a4;

  TrailingEdge(double a4) {
    this.a4 = a4;
  }

  /** @return the quartic coefficient a₄ */
  public double a4() {
    return a4;
  }

  /**
   * @param thickness maximum thickness t as a fraction of chord
   * @param x chordwise station in [0, 1]
   * @return the half thickness y_t(x)
   */
  public double halfThickness(double thickness, double x) {
    return 5.0 * thickness * (0.2969 * Math.sqrt(x) + x * (-0.1260 + x * (-0.3516 + x * (0.2843 + x * a4))));
  }
}
