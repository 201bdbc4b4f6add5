package org.inversesuite.airfoil.solver;

/**
 * The two-equation laminar layer over one interval in inverse mode: the mass defect m_b = U_b δ*_b
 * at the end of the interval is given and the edge speed U_b is computed, so that the
 * kinetic-energy equation, not a prescribed growth, sets the shape factor past laminar
 * separation (M. Drela, "XFOIL: an analysis and design system for low Reynolds number airfoils",
 * Lecture Notes in Engineering 54, 1989, §4: the Goldstein singularity is one of the direct
 * problem only; with δ* prescribed the equations are regular through H = 4). The equations are
 * those of {@link LaminarTwoEquation} with U_e linear in s over the interval,
 *
 * <pre>
 *   θ_b − θ_a   = Δs ((1 − w) f_θ(a) + w f_θ(b)),     f_θ  = C_f/2 − (H + 2) (θ/U_e) U_e'
 *   H*_b − H*_a = Δs ((1 − w) f_H(a) + w f_H(b)),     f_H  = (2 C_D − H* C_f/2 + H* (H − 1)(θ/U_e) U_e') / θ
 *   H_b = m_b / (U_b θ_b),  U_e' = (U_b − U_a)/Δs,
 * </pre>
 *
 * solved for (θ_b, U_b) by Newton's method, with the full {@link FalknerSkanClosure} (both sides
 * of H = 4, the separated C_f branch) and the weights w of {@link LaminarTwoEquation}. The e^N
 * amplification integrates with the same weights.
 */
final class InverseLaminar {
  private static final int NEWTON = 40;
  private static final double MIN_H = 1.8;
  private static final double MAX_H = 12;

  private InverseLaminar() {}

  /**
   * @param y in: θ, H, N at the start of the interval; out: at its end
   * @param guess a starting value for U_b (the speed of the last coupled iterate)
   * @return U_b, or NaN when no solution was found
   */
  static double step(double[] y, double ua, double mb, double guess, double ds, double re) {
    double ta = Math.max(y[0], 1e-12);
    double ha = y[1];
    double uaa = Math.max(ua, StationStep.MIN_U);
    double reTheta = Math.max(uaa * ta * re, 1);
    double kd = 3.0 / (reTheta * ta) * ds;
    double w = kd <= 2 ? 0.5 : 1 - 1 / kd;
    double hsA = FalknerSkanClosure.hStar(ha);
    double u = guess > StationStep.MIN_U ? guess : uaa;
    double t = ta;
    double[] r = new double[2];
    double[] p = new double[2];
    boolean done = false;
    for (int it = 0; it < NEWTON && !done; it++) {
      residual(t, u, ta, ha, hsA, ua, mb, ds, w, re, r);
      double et = 1e-7 * t;
      residual(t + et, u, ta, ha, hsA, ua, mb, ds, w, re, p);
      double a00 = (p[0] - r[0]) / et;
      double a10 = (p[1] - r[1]) / et;
      double eu = 1e-7 * u;
      residual(t, u + eu, ta, ha, hsA, ua, mb, ds, w, re, p);
      double a01 = (p[0] - r[0]) / eu;
      double a11 = (p[1] - r[1]) / eu;
      double det = a00 * a11 - a01 * a10;
      if (det == 0 || !Double.isFinite(det)) {
        return Double.NaN;
      }
      double dt = -(r[0] * a11 - a01 * r[1]) / det;
      double du = -(a00 * r[1] - a10 * r[0]) / det;
      double scale = Math.min(1, Math.min(0.3 * t / Math.max(Math.abs(dt), 1e-300), 0.05 * u / Math.max(Math.abs(du), 1e-300)));
      t += scale * dt;
      u += scale * du;
      done = scale == 1 && Math.abs(dt) < 1e-13 * t && Math.abs(du) < 1e-13 * u;
    }
    if (!done || !Double.isFinite(u) || !Double.isFinite(t)) {
      return Double.NaN;
    }
    double hb = shape(mb, u, t);
    double ra = Amplification.rate(ha, ta, reTheta);
    double rb = Amplification.rate(hb, t, u * t * re);
    y[0] = t;
    y[1] = hb;
    y[2] += ds * ((1 - w) * ra + w * rb);
    return u;
  }

  private static double shape(double m, double u, double t) {
    return Math.max(MIN_H, Math.min(MAX_H, m / (Math.max(u, StationStep.MIN_U) * t)));
  }

  private static void residual(double t, double u, double ta, double ha, double hsA, double ua, double mb, double ds,
      double w, double re, double[] r) {
    double g = (u - ua) / ds;
    double[] fa = new double[2];
    double[] fb = new double[2];
    LaminarTwoEquation.slopes(ta, ha, ua, g, re, fa);
    double hb = shape(mb, u, t);
    LaminarTwoEquation.slopes(t, hb, u, g, re, fb);
    r[0] = t - ta - ds * ((1 - w) * fa[0] + w * fb[0]);
    r[1] = FalknerSkanClosure.hStar(hb) - hsA - ds * ((1 - w) * fa[1] + w * fb[1]);
  }

}
