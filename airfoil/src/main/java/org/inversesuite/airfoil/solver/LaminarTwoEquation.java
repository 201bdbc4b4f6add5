package org.inversesuite.airfoil.solver;

/**
 * The two-equation laminar boundary layer with e^N amplification over one interval on which
 * U_e varies linearly (Drela &amp; Giles 1987):
 *
 * <pre>
 *   dθ/ds  = C_f/2 − (H + 2) (θ/U_e) U_e'
 *   dH* / ds = (2 C_D − H* C_f/2 + H* (H − 1) (θ/U_e) U_e') / θ
 *   dN/ds  = rate(H, θ, Re_θ)                                   ({@link Amplification})
 * </pre>
 *
 * with {@link FalknerSkanClosure}. Near the stagnation point Re_θ is small and the equations
 * are stiff (H relaxes over a few θ·Re_θ), so each interval is one implicit θ-method step,
 *
 * <pre>
 *   y_b − y_a = Δs ((1 − w) f(y_a) + w f(y_b)),   w = ½ for κΔs ≤ 2, else 1 − 1/(κΔs),
 * </pre>
 *
 * κ ≈ 3/(Re_θ θ) being the relaxation rate: the trapezoidal rule where it resolves the
 * relaxation, fully damped where it cannot. The 2 × 2 system for (θ_b, H_b) is solved by
 * Newton's method; N uses the same weights. The direct march is singular where dH* / dH = 0
 * (H = 4, the Goldstein singularity at separation); H is held below {@link #MAX_H} and the
 * caller switches at C_f = 0 (H ≈ 3.85) to {@link SeparatedLaminar}. The layer starts at the first station
 * after the stagnation point from the Hiemenz solution, H = 2.216, θ² = 0.075 s/(U_e Re)
 * (Thwaites' value for U_e ∝ s).
 */
final class LaminarTwoEquation {
  static final double STAGNATION_H = 2.216;
  static final double MAX_H = 3.95;
  static final double MIN_H = 1.8;
  private static final int NEWTON = 20;
  /** Re_θ C_f of the closure at {@link #MAX_H}. */
  private static final double FRICTION_AT_MAX_H = FalknerSkanClosure.friction(MAX_H);

  private LaminarTwoEquation() {}

  /**
   * @param y in: θ, H, N at the start of the interval; out: at its end
   * @return whether Newton's method converged with H strictly inside (MIN_H, MAX_H): the end
   *     state is then a smooth root of the θ-method equations, which
   *     {@link LaminarIntervalDerivatives} differentiates
   */
  static boolean step(double[] y, double ua, double ub, double ds, double re) {
    if (ds <= 0) {
      return false;
    }
    double g = (ub - ua) / ds;
    double[] fa = new double[2];
    rhs(y[0], y[1], ua, g, re, fa);
    double reTheta = Math.max(Math.max(ua, StationStep.MIN_U) * y[0] * re, 1);
    double kd = 3.0 / (reTheta * Math.max(y[0], 1e-12)) * ds;
    double w = kd <= 2 ? 0.5 : 1 - 1 / kd;
    double hsA = FalknerSkanClosure.hStar(y[1]);
    // explicit predictor where the step resolves the relaxation, the old state where it cannot
    double t = kd <= 1 ? Math.max(0.5 * y[0], y[0] + ds * fa[0]) : y[0];
    double h = y[1];
    if (kd <= 1) {
      double hs = hsA + ds * fa[1];
      h = Math.max(MIN_H, Math.min(MAX_H, y[1] + (hs - hsA) / FalknerSkanClosure.hStarSlope(y[1])));
    }
    double[] fb = new double[2];
    double[] fp = new double[2];
    boolean smooth = false;
    for (int it = 0; it < NEWTON; it++) {
      // the closures depend on H only: evaluated once for (θ, H) and (θ + ε, H)
      double hc = Math.max(MIN_H, Math.min(MAX_H, h));
      double friction = FalknerSkanClosure.friction(hc);
      double hStar = FalknerSkanClosure.hStar(hc);
      double dissipation = FalknerSkanClosure.dissipation(hc);
      slopes(t, hc, friction, hStar, dissipation, ub, g, re, fb);
      double r0 = t - y[0] - ds * ((1 - w) * fa[0] + w * fb[0]);
      double r1 = FalknerSkanClosure.hStar(h) - hsA - ds * ((1 - w) * fa[1] + w * fb[1]);
      double et = 1e-7 * t;
      slopes(t + et, hc, friction, hStar, dissipation, ub, g, re, fp);
      double a00 = 1 - ds * w * (fp[0] - fb[0]) / et;
      double a10 = -ds * w * (fp[1] - fb[1]) / et;
      double eh = 1e-7;
      rhs(t, h + eh, ub, g, re, fp);
      double a01 = -ds * w * (fp[0] - fb[0]) / eh;
      double a11 = FalknerSkanClosure.hStarSlope(h) - ds * w * (fp[1] - fb[1]) / eh;
      double det = a00 * a11 - a01 * a10;
      double dt = -(r0 * a11 - a01 * r1) / det;
      double dh = -(a00 * r1 - a10 * r0) / det;
      double scale = Math.min(1, Math.min(0.3 / Math.max(Math.abs(dh), 1e-300), 0.5 * t / Math.max(Math.abs(dt), 1e-300)));
      dt *= scale;
      dh *= scale;
      t += dt;
      h = Math.max(MIN_H, Math.min(MAX_H, h + dh));
      if (Math.abs(dt) < 1e-11 * t && Math.abs(dh) < 1e-11) {
        smooth = h > MIN_H && h < MAX_H;
        break;
      }
      if (h == MAX_H && it >= 2) {
        // separating within the interval: no solution below MAX_H; hold H there, solve for θ
        t = thetaAtMaxH(y[0], t, fa[0], ua, ub, g, ds, w, re);
        break;
      }
    }
    double ra = Amplification.rate(y[1], y[0], Math.max(ua, StationStep.MIN_U) * y[0] * re);
    double rb = Amplification.rate(h, t, Math.max(ub, StationStep.MIN_U) * t * re);
    y[0] = t;
    y[1] = h;
    y[2] += ds * ((1 - w) * ra + w * rb);
    return smooth;
  }

  /** Solves the θ equation alone with H = MAX_H at the end of the interval (secant method). */
  private static double thetaAtMaxH(double theta0, double guess, double fa, double ua, double ub, double g, double ds,
      double w, double re) {
    double t1 = guess;
    double r1 = t1 - theta0 - ds * ((1 - w) * fa + w * thetaSlopeAtMaxH(t1, ub, g, re));
    double t0 = t1 * (1 + 1e-4);
    double r0 = t0 - theta0 - ds * ((1 - w) * fa + w * thetaSlopeAtMaxH(t0, ub, g, re));
    for (int it = 0; it < NEWTON && Math.abs(r1) > 1e-14 * t1 && r1 != r0; it++) {
      double t2 = Math.max(0.5 * t1, t1 - r1 * (t1 - t0) / (r1 - r0));
      t0 = t1;
      r0 = r1;
      t1 = t2;
      r1 = t1 - theta0 - ds * ((1 - w) * fa + w * thetaSlopeAtMaxH(t1, ub, g, re));
    }
    return t1;
  }

  /**
   * dθ/ds of {@link #slopes} at H = {@link #MAX_H}, with the closure's friction taken from the
   * constant {@link #FRICTION_AT_MAX_H}: the same operations in the same order, so the same value
   * bit for bit, without re-evaluating the closures (this secant is the hottest loop of the
   * direct laminar march).
   */
  static double thetaSlopeAtMaxH(double theta, double u, double g, double re) {
    double uu = Math.max(u, StationStep.MIN_U);
    double t = Math.max(theta, 1e-12);
    double reTheta = Math.max(uu * t * re, 1e-6);
    double cf2 = 0.5 * FRICTION_AT_MAX_H / reTheta;
    double pg = t * g / uu;
    return cf2 - (MAX_H + 2) * pg;
  }

  /** d = (dθ/ds, dH* / ds), H clamped to the direct march's range */
  private static void rhs(double theta, double hIn, double u, double g, double re, double[] d) {
    slopes(theta, Math.max(MIN_H, Math.min(MAX_H, hIn)), u, g, re, d);
  }

  /** d = (dθ/ds, dH* / ds) at any H (the inverse march, {@link InverseLaminar}, crosses H = 4) */
  static void slopes(double theta, double h, double u, double g, double re, double[] d) {
    slopes(theta, h, FalknerSkanClosure.friction(h), FalknerSkanClosure.hStar(h), FalknerSkanClosure.dissipation(h), u, g,
        re, d);
  }

  /** {@link #slopes} with the closure values Re_θ C_f, H* and Re_θ 2 C_D / H* at H given. */
  private static void slopes(double theta, double h, double friction, double hs, double dissipation, double u, double g,
      double re, double[] d) {
    double uu = Math.max(u, StationStep.MIN_U);
    double t = Math.max(theta, 1e-12);
    double reTheta = Math.max(uu * t * re, 1e-6);
    double cf2 = 0.5 * friction / reTheta;
    double cd2 = hs * dissipation / reTheta;
    double pg = t * g / uu;
    d[0] = cf2 - (h + 2) * pg;
    d[1] = (cd2 - hs * cf2 + hs * (h - 1) * pg) / t;
  }
}
