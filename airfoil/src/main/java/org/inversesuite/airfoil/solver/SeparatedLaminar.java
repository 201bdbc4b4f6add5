package org.inversesuite.airfoil.solver;

/**
 * The laminar layer downstream of laminar separation (C_f = 0), over one interval on which U_e
 * varies linearly: the separated part of a laminar separation bubble, up to transition, or a
 * laminar layer that stays separated to the trailing edge.
 *
 * <p>A march with prescribed edge speed cannot pass laminar separation: the kinetic-energy
 * equation determines H through H*(H), whose minimum at H = 4 is the Goldstein singularity
 * ({@link LaminarTwoEquation}). Past it the shape factor is prescribed instead (inverse mode),
 * with the growth XFOIL's own march uses when it switches to inverse mode at separation
 * (M. Drela, "XFOIL: an analysis and design system for low Reynolds number airfoils", Lecture
 * Notes in Engineering 54, 1989; routine MRCHUE, laminar target):
 *
 * <pre>
 *   H_b = H_a + 0.03 Δs / θ_a                             (capped at {@link #MAX_H})
 *   dθ/ds = C_f/2 − (H + 2) (θ/U_e) U_e'                    (trapezoidal rule, implicit in θ_b)
 *   dN/ds = rate(H, θ, Re_θ)                                 ({@link Amplification})
 * </pre>
 *
 * with the separated-flow branches of {@link FalknerSkanClosure} (C_f &lt; 0). The momentum
 * equation and the amplification still see the coupled edge speed; only the kinetic-energy
 * equation is replaced. The layer keeps growing in H until the e^N criterion makes it turbulent
 * (transition in the bubble) or the trailing edge is reached.
 */
final class SeparatedLaminar {
  /** Growth of H per momentum thickness of arc length (XFOIL's laminar inverse-mode target). */
  static final double GROWTH = 0.03;
  /** Largest shape factor the separated laminar layer reaches. */
  static final double MAX_H = 10;
  private static final int NEWTON = 30;

  private SeparatedLaminar() {}

  /** @param y in: θ, H, N at the start of the interval; out: at its end */
  static void step(double[] y, double ua, double ub, double ds, double re) {
    if (ds <= 0) {
      return;
    }
    double g = (ub - ua) / ds;
    double ta = Math.max(y[0], 1e-12);
    double ha = y[1];
    double hb = Math.min(MAX_H, ha + GROWTH * ds / ta);
    double fa = slope(ta, ha, ua, g, re);
    // θ_b − θ_a − Δs/2 (f_a + f_b) = 0 with f = c/θ − (H + 2) θ g/U: Newton from the explicit predictor
    double ubb = Math.max(ub, StationStep.MIN_U);
    double c = 0.5 * FalknerSkanClosure.friction(hb) / (ubb * re);
    double p = (hb + 2) * g / ubb;
    double t = Math.max(0.5 * ta, ta + ds * fa);
    for (int it = 0; it < NEWTON; it++) {
      double r = t - ta - 0.5 * ds * (fa + c / t - p * t);
      double dr = 1 - 0.5 * ds * (-c / (t * t) - p);
      double nt = t - r / dr;
      nt = Math.max(0.5 * t, Math.min(2 * t, nt));
      boolean done = Math.abs(nt - t) < 1e-13 * t;
      t = nt;
      if (done) {
        break;
      }
    }
    double ra = Amplification.rate(ha, ta, Math.max(ua, StationStep.MIN_U) * ta * re);
    double rb = Amplification.rate(hb, t, ubb * t * re);
    y[0] = t;
    y[1] = hb;
    y[2] += 0.5 * ds * (ra + rb);
  }

  private static double slope(double theta, double h, double u, double g, double re) {
    double uu = Math.max(u, StationStep.MIN_U);
    return 0.5 * FalknerSkanClosure.friction(h) / (uu * theta * re) - (h + 2) * theta * g / uu;
  }
}
