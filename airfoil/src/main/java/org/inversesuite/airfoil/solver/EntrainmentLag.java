package org.inversesuite.airfoil.solver;

/**
 * A lag of Head's entrainment: the entrainment coefficient E = (1/U_e) d(U_e θ H₁)/ds becomes a
 * state that relaxes towards Head's equilibrium value F(H₁) over a few boundary-layer thicknesses,
 * as in the lag-entrainment method (J. E. Green, D. J. Weeks, J. W. F. Brooman, "Prediction of
 * turbulent boundary layers and wakes in compressible flow by a lag-entrainment method", ARC
 * R&amp;M 3791, 1973) and in XFOIL's shear-stress lag (M. Drela, "XFOIL", Low Reynolds Number
 * Aerodynamics, Springer 1989):
 *
 * <pre>
 *   d(θH₁)/ds = E − θH₁ (1/U_e) dU_e/ds
 *   dE/ds     = (F(H₁) − E) / (λ δ),      δ = θ (3.15 + 1.72/(H − 1)) + δ*
 *   E_tr      = √C_TR · F(H₁,tr),          C_TR = 1.8 exp(−3.3/(H_tr − 1))
 * </pre>
 *
 * λ = 2/(K √C_τ,eq) ≈ 9: XFOIL's lag equation (δ/√C_τ) d√C_τ/ds = (K/2)(√C_τ,eq − √C_τ) with
 * K = 5.6 · 1.333/(1 + U_s) ≈ 5.0 relaxes √C_τ over 2δ/(K √C_τ); at an equilibrium layer of
 * H ≈ 1.45 (C_τ,eq ≈ 0.0016, its closure) that is 9–10 δ. E_tr: XFOIL starts the turbulent layer
 * with C_τ = C_TR C_τ,eq(H_tr); the entrainment velocity scales with the turbulent velocity √C_τ.
 * In equilibrium (E = F) the method is Head's.
 */
final class EntrainmentLag {
  /** Relaxation length of E in boundary-layer thicknesses δ. */
  static final double LAMBDA = 9;

  private EntrainmentLag() {}

  /** @return E at transition from the laminar shape factor h (capped at maxH) and Head's F there */
  static double atTransition(double h, double maxH, double f) {
    double hk = Math.min(h, maxH);
    return Math.sqrt(1.8 * Math.exp(-3.3 / Math.max(hk - 1, 0.05))) * f;
  }

  /** @return dE/ds = (F − E)/(λ δ) at momentum thickness theta and shape factor h */
  static double rate(double f, double e, double theta, double h) {
    double delta = theta * (3.15 + 1.72 / Math.max(h - 1, 0.05)) + h * theta;
    return (f - e) / (LAMBDA * delta);
  }
}
