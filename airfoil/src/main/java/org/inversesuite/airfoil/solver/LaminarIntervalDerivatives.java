package org.inversesuite.airfoil.solver;

/**
 * Partial derivatives of one two-equation laminar interval ({@link LaminarTwoEquation#step}) with
 * respect to its inputs p = (θ_a, H_a, N_a, U_a, U_b), by the implicit function theorem on the
 * interval's θ-method equations instead of re-solving them once per perturbed input. At the
 * converged end state X = (θ_b, H_b)
 *
 * <pre>
 *   R_0 = θ_b − θ_a − Δs ((1 − w) f_0(a) + w f_0(b)) = 0,
 *   R_1 = H*(H_b) − H*(H_a) − Δs ((1 − w) f_1(a) + w f_1(b)) = 0,
 *   dX/dp = −(∂R/∂X)⁻¹ ∂R/∂p,
 * </pre>
 *
 * f = (dθ/ds, dH*∕ds) at either end with U_e' = (U_b − U_a)/Δs, and the weight w = 1 − 1/(κΔs)
 * (κΔs = 3Δs/(Re_θ,a θ_a) &gt; 2, else ½) differentiated too; then N_b = N_a + Δs ((1 − w) rate_a
 * + w rate_b) along X(p) ({@link Amplification#rateGradient}). One 2 × 2 solve replaces the five
 * Newton re-solves of the finite differences; valid where the step returned a smooth root (H
 * strictly inside the direct march's range). The chain rule through an implicit solve is that of
 * adjoint/direct sensitivity of nonlinear systems (e.g. Drela &amp; Giles 1987, whose XFOIL forms the
 * same partials analytically for its block Newton system).
 */
final class LaminarIntervalDerivatives {
  // Scratch reused across intervals (one instance per march): fresh arrays per interval were a
  // seventh of the solver's allocation (JFR, docs/airfoil.md, session 26). Every entry is written
  // before it is read in each call.
  private final Slopes a = new Slopes();
  private final Slopes b = new Slopes();
  private final double[][] rp = new double[5][2];
  private final double[] ga = new double[3];
  private final double[] gb = new double[3];
  private final double[] raDirect = new double[5];
  private final double[] dw = new double[5];

  /**
   * @param d out: d[p][o] = ∂ out_o/∂ p for p = (θ_a, H_a, N_a, U_a, U_b), o = (θ_b, H_b, N_b)
   */
  void of(double thetaA, double hA, double ua, double ub, double ds, double re, double thetaB, double hB,
      double[][] d) {
    double g = (ub - ua) / ds;
    double hcA = Math.max(LaminarTwoEquation.MIN_H, Math.min(LaminarTwoEquation.MAX_H, hA));
    // a forward difference of H_a at the upper bound leaves the clamped closures unchanged
    double onA = hA >= LaminarTwoEquation.MIN_H && hA < LaminarTwoEquation.MAX_H ? 1 : 0;
    a.set(thetaA, hcA, ua, g, re);
    b.set(thetaB, hB, ub, g, re);
    // the weight and its partials in θ_a and U_a
    double uua = Math.max(ua, StationStep.MIN_U);
    double raw = uua * thetaA * re;
    double reTheta = Math.max(raw, 1);
    double tc = Math.max(thetaA, 1e-12);
    double kd = 3.0 / (reTheta * tc) * ds;
    double w = 0.5;
    double dwTheta = 0;
    double dwU = 0;
    if (kd > 2) {
      w = 1 - 1 / kd;
      double dkdTheta = -kd * ((raw > 1 ? uua * re : 0) / reTheta + (thetaA > 1e-12 ? 1 / tc : 0));
      double dkdU = -kd * (raw > 1 && ua > StationStep.MIN_U ? thetaA * re / reTheta : 0);
      dwTheta = dkdTheta / (kd * kd);
      dwU = dkdU / (kd * kd);
    }
    double v = 1 - w;
    double j00 = 1 - ds * w * b.dTheta[0];
    double j01 = -ds * w * b.dH[0];
    double j10 = -ds * w * b.dTheta[1];
    double j11 = FalknerSkanClosure.hStarSlope(hB) - ds * w * b.dH[1];
    double det = j00 * j11 - j01 * j10;
    for (int i = 0; i < 2; i++) {
      double jump = b.f[i] - a.f[i];
      rp[0][i] = (i == 0 ? -1 : 0) - ds * v * a.dTheta[i] - ds * jump * dwTheta;
      rp[1][i] = (i == 1 ? -FalknerSkanClosure.hStarSlope(hA) : 0) - ds * v * a.dH[i] * onA;
      rp[2][i] = 0;
      rp[3][i] = -ds * v * a.dU[i] + v * a.dG[i] + w * b.dG[i] - ds * jump * dwU;
      rp[4][i] = -v * a.dG[i] - ds * w * b.dU[i] - w * b.dG[i];
    }
    // the amplification at both ends
    double uub = Math.max(ub, StationStep.MIN_U);
    Amplification.rateGradient(hA, thetaA, uua * thetaA * re, ga);
    Amplification.rateGradient(hB, thetaB, uub * thetaB * re, gb);
    double ra = Amplification.rate(hA, thetaA, uua * thetaA * re);
    double rb = Amplification.rate(hB, thetaB, uub * thetaB * re);
    double rbTheta = gb[1] + gb[2] * uub * re;
    raDirect[0] = ga[1] + ga[2] * uua * re;
    raDirect[1] = ga[0];
    raDirect[2] = 0;
    raDirect[3] = ua > StationStep.MIN_U ? ga[2] * thetaA * re : 0;
    raDirect[4] = 0;
    double rbU = ub > StationStep.MIN_U ? gb[2] * thetaB * re : 0;
    dw[0] = dwTheta;
    dw[1] = 0;
    dw[2] = 0;
    dw[3] = dwU;
    dw[4] = 0;
    for (int p = 0; p < 5; p++) {
      double dTheta = -(j11 * rp[p][0] - j01 * rp[p][1]) / det;
      double dH = -(j00 * rp[p][1] - j10 * rp[p][0]) / det;
      double drb = rbTheta * dTheta + gb[0] * dH + (p == 4 ? rbU : 0);
      d[p][0] = dTheta;
      d[p][1] = dH;
      d[p][2] = (p == 2 ? 1 : 0) + ds * (v * raDirect[p] + w * drb + (rb - ra) * dw[p]);
    }
  }

  /**
   * f = (dθ/ds, dH*∕ds) of {@link LaminarTwoEquation#slopes} and its partials in θ, H, U_e and U_e',
   * zero where a floor of the slopes (U_e, θ, Re_θ) is active.
   */
  private static final class Slopes {
    final double[] f = new double[2];
    final double[] dTheta = new double[2];
    final double[] dH = new double[2];
    final double[] dU = new double[2];
    final double[] dG = new double[2];

    void set(double theta, double h, double u, double g, double re) {
      double uu = Math.max(u, StationStep.MIN_U);
      double duu = u > StationStep.MIN_U ? 1 : 0;
      double t = Math.max(theta, 1e-12);
      double dtt = theta > 1e-12 ? 1 : 0;
      double raw = uu * t * re;
      double reTheta = Math.max(raw, 1e-6);
      double reT = raw > 1e-6 ? uu * re * dtt : 0;
      double reU = raw > 1e-6 ? t * re * duu : 0;
      double fr = FalknerSkanClosure.friction(h);
      double hs = FalknerSkanClosure.hStar(h);
      double di = FalknerSkanClosure.dissipation(h);
      double hsH = FalknerSkanClosure.hStarSlope(h);
      double cf2 = 0.5 * fr / reTheta;
      double cd2 = hs * di / reTheta;
      double pg = t * g / uu;
      double n1 = cd2 - hs * cf2 + hs * (h - 1) * pg;
      f[0] = cf2 - (h + 2) * pg;
      f[1] = n1 / t;
      double cf2H = 0.5 * FalknerSkanClosure.frictionSlope(h) / reTheta;
      double cd2H = (hsH * di + hs * FalknerSkanClosure.dissipationSlope(h)) / reTheta;
      dH[0] = cf2H - pg;
      dH[1] = (cd2H - hsH * cf2 - hs * cf2H + hsH * (h - 1) * pg + hs * pg) / t;
      double cf2T = -cf2 / reTheta * reT;
      double cd2T = -cd2 / reTheta * reT;
      double pgT = g / uu * dtt;
      dTheta[0] = cf2T - (h + 2) * pgT;
      dTheta[1] = (cd2T - hs * cf2T + hs * (h - 1) * pgT) / t - n1 / (t * t) * dtt;
      double cf2U = -cf2 / reTheta * reU;
      double cd2U = -cd2 / reTheta * reU;
      double pgU = -pg / uu * duu;
      dU[0] = cf2U - (h + 2) * pgU;
      dU[1] = (cd2U - hs * cf2U + hs * (h - 1) * pgU) / t;
      double pgG = t / uu;
      dG[0] = -(h + 2) * pgG;
      dG[1] = hs * (h - 1) * pgG / t;
    }
  }
}
