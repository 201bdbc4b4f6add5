package org.inversesuite.airfoil.solver;

/**
 * Laminar closure relations fitted to the Falkner–Skan profiles (Drela &amp; Giles, AIAA J.
 * 25(10), 1987, eqs. 16–18), incompressible (H_k = H):
 *
 * <pre>
 *   H* = 1.515 + 0.076 (4 − H)²/H         (H &lt; 4),   1.515 + 0.040 (H − 4)²/H   (H ≥ 4)
 *   Re_θ C_f = −0.07 + 0.0727 (5.5 − H)³/(H + 1)            (H &lt; 5.5)
 *   Re_θ C_f = −0.07 + 0.015 (1 − 1/(H − 4.5))²              (H ≥ 5.5, separated; XFOIL's CFL)
 *   Re_θ 2C_D/H* = 0.207 + 0.00205 (4 − H)^5.5   (H &lt; 4),   0.207 − 0.0016 (H − 4)²/(1 + 0.02 (H − 4)²)
 * </pre>
 *
 * H* is the kinetic-energy shape factor θ* / θ and C_D the dissipation coefficient. At the
 * Blasius value H = 2.59 they give Re_θ C_f = 0.429 and Re_θ 2C_D/H* = 0.2206 (exact: 0.441
 * and 0.2205).
 */
final class FalknerSkanClosure {
  private FalknerSkanClosure() {}

  /** @return H*(H) */
  static double hStar(double h) {
    double d = 4 - h;
    return h < 4 ? 1.515 + 0.076 * d * d / h : 1.515 + 0.040 * d * d / h;
  }

  /** @return the slope dH* / dH */
  static double hStarSlope(double h) {
    double d = 4 - h;
    double c = h < 4 ? 0.076 : 0.040;
    return c * (-2 * d / h - d * d / (h * h));
  }

  /** @return Re_θ C_f */
  static double friction(double h) {
    if (h >= 5.5) {
      double t = 1 - 1 / (h - 4.5);
      return -0.07 + 0.015 * t * t;
    }
    double d = 5.5 - h;
    return -0.07 + 0.0727 * d * d * d / (h + 1);
  }

  /** @return d(Re_θ C_f)/dH, the slope of {@link #friction} */
  static double frictionSlope(double h) {
    if (h >= 5.5) {
      double a = h - 4.5;
      return 0.03 * (1 - 1 / a) / (a * a);
    }
    double d = 5.5 - h;
    double e = h + 1;
    return -0.0727 * (3 * d * d / e + d * d * d / (e * e));
  }

  /** @return d(Re_θ 2 C_D / H*)/dH, the slope of {@link #dissipation} */
  static double dissipationSlope(double h) {
    if (h < 4) {
      return -0.00205 * 5.5 * Math.pow(4 - h, 4.5);
    }
    double d = h - 4;
    double e = 1 + 0.02 * d * d;
    return -0.0032 * d / (e * e);
  }

  /** @return Re_θ 2 C_D / H* */
  static double dissipation(double h) {
    if (h < 4) {
      return 0.207 + 0.00205 * Math.pow(4 - h, 5.5);
    }
    double d = h - 4;
    return 0.207 - 0.0016 * d * d / (1 + 0.02 * d * d);
  }
}
