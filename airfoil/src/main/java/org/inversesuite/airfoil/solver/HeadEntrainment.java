package org.inversesuite.airfoil.solver;

/**
 * Head's entrainment method for the turbulent boundary layer (M. R. Head, "Entrainment in the
 * turbulent boundary layer", ARC R&amp;M 3152, 1958), with the Ludwieg–Tillmann skin friction:
 *
 * <pre>
 *   dθ/ds      = C_f/2 − (H + 2) (θ/U_e) dU_e/ds
 *   d(θH₁)/ds  = F(H₁) − θH₁ (1/U_e) dU_e/ds,       F = 0.0306 (H₁ − 3)^(−0.6169)
 *   H₁ = 3.3 + 0.8234 (H − 1.1)^(−1.287)     (H ≤ 1.6)
 *   H₁ = 3.3 + 1.5501 (H − 0.6778)^(−3.064)  (1.6 &lt; H ≤ 4)
 *   H₁ = H₁(4) + H₁'(4) (H − 4)              (H &gt; 4, H₁'(4) = −0.0361)
 *   C_f = 0.246 · 10^(−0.678 H) Re_θ^(−0.268)
 * </pre>
 *
 * (correlations as given by Cebeci &amp; Bradshaw 1977). H(H₁) inverts each branch exactly,
 * switching at H₁(1.6) and H₁(4). H is capped at {@link #MAX_H} so that the march can continue past
 * separation (flagged by the caller at H ≥ {@link #SEPARATION_H}); in the wake C_f = 0.
 *
 * <p>Beyond H = {@link #LINEAR_H} Head's correlation, fitted to attached layers, flattens towards
 * H₁ = 3.3, and its inverse H(H₁), which the march evaluates, steepens like H^4.3: |dH/dH₁| is 28 at
 * H = 4, 81 at 5 and 188 at 6. There a trailing-edge station's H moved from 6 to 5.2 for a speed
 * change of 10⁻⁶ and the polars' Newton iterations collected at such stations (model ibl-8). The
 * continuation, tangent to the correlation at H = 4 (value and slope), keeps |dH/dH₁| at 28 up to
 * the cap (docs/airfoil.md, "Solver speed (session 27)"); a layer below H = 4 sees Head's correlation
 * unchanged.
 */
final class HeadEntrainment {
  /** Shape factor taken as turbulent separation. */
  static final double SEPARATION_H = 2.5;
  /**
   * Largest shape factor the march carries: high enough for the separated turbulent layer that a
   * laminar layer separated to the trailing edge turns into (XFOIL: H ≈ 6 there).
   */
  static final double MAX_H = 6.0;
  /** Shape factor above which H₁(H) continues as its tangent at this point (see the class comment). */
  static final double LINEAR_H = 4.0;
  /** H₁ and dH₁/dH of Head's H &gt; 1.6 branch at {@link #LINEAR_H}. */
  private static final double LINEAR_H1 = highShapeFactorBranch(LINEAR_H);
  private static final double LINEAR_SLOPE = -3.064 * 1.5501 * Math.pow(LINEAR_H - 0.6778, -4.064);
  /** The cap of the direct-mode fallback ({@link ViscousIteration#solveDirect}). */
  static final double DIRECT_MAX_H = 4.0;
  private static final double SWITCH_H1 = 3.3 + 0.8234 * Math.pow(0.5, -1.287);
  private static final double MIN_H1 = minH1(MAX_H);
  private static final double LN10 = Math.log(10);

  private HeadEntrainment() {}

  /** @return H₁ at the cap maxH: the smallest H₁ the march carries */
  static double minH1(double maxH) {
    return h1(maxH, maxH);
  }

  /** @return H₁(H) */
  static double h1(double h) {
    return h1(h, MAX_H);
  }

  /** @return H₁(min(H, maxH)) */
  static double h1(double h, double maxH) {
    double hh = Math.min(h, maxH);
    if (hh > LINEAR_H) {
      return LINEAR_H1 + LINEAR_SLOPE * (hh - LINEAR_H);
    }
    return hh <= 1.6 ? 3.3 + 0.8234 * Math.pow(hh - 1.1, -1.287) : highShapeFactorBranch(hh);
  }

  /** Head's H₁(H) for H &gt; 1.6: 3.3 + 1.5501 (H − 0.6778)^(−3.064). */
  private static double highShapeFactorBranch(double h) {
    return 3.3 + 1.5501 * Math.pow(h - 0.6778, -3.064);
  }

  /** @return H(H₁), the inverse of {@link #h1}, capped at {@link #MAX_H} */
  static double h(double h1) {
    return h(h1, MIN_H1);
  }

  /** @return H(max(H₁, minH1)) */
  static double h(double h1, double minH1) {
    double v = Math.max(h1, minH1);
    if (v < LINEAR_H1) {
      return LINEAR_H + (v - LINEAR_H1) / LINEAR_SLOPE;
    }
    return v >= SWITCH_H1 ? 1.1 + Math.pow((v - 3.3) / 0.8234, -1 / 1.287) : 0.6778 + Math.pow((v - 3.3) / 1.5501, -1 / 3.064);
  }

  /** @return entrainment function F(max(H₁, minH1)) */
  static double entrainment(double h1, double minH1) {
    return 0.0306 * Math.pow(Math.max(h1, minH1) - 3.0, -0.6169);
  }

  /** @return Ludwieg–Tillmann C_f(H, Re_θ) */
  static double skinFriction(double h, double reTheta) {
    // 10^(−0.678 H) Re_θ^(−0.268) as one exponential: two Math.pow cost about four times one Math.exp
    return 0.246 * Math.exp(-0.678 * LN10 * h - 0.268 * Math.log(Math.max(reTheta, 10)));
  }
}
