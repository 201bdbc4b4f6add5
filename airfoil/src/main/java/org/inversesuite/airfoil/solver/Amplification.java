package org.inversesuite.airfoil.solver;

/**
 * Transition criteria for the laminar boundary layer.
 *
 * <p>Envelope e^N method (Drela &amp; Giles, "Viscous-inviscid analysis of transonic and low
 * Reynolds number airfoils", AIAA J. 25(10), 1987, eqs. 29–31; the method of XFOIL): the
 * envelope amplification N grows downstream of the critical Reynolds number at the rate
 *
 * <pre>
 *   dN/ds = dN/dRe_θ · ½ (m + 1) ℓ / θ,
 *   dN/dRe_θ = 0.01 √((2.4 H − 3.7 + 2.5 tanh(1.5 H − 4.65))² + 0.25),
 *   ½ (m + 1) ℓ = ½ (0.058 (H − 4)²/(H − 1) − 0.068 + (6.54 H − 14.07)/H²),
 *   log₁₀ Re_θ,crit = (1.415/(H − 1) − 0.489) tanh(20/(H − 1) − 12.9) + 3.295/(H − 1) + 0.44,
 * </pre>
 *
 * switched on smoothly by XFOIL's cubic ramp over |log₁₀(Re_θ/Re_θ,crit)| &lt; 0.08; transition
 * where N reaches N_crit (9 for a quiet wind tunnel).
 *
 * <p>Michel's criterion (R. Michel, ONERA Rapport 1/1578A, 1951): transition where
 * Re_θ ≥ 2.9 Re_s^0.4, Re_s = U_e s Re.
 */
final class Amplification {
  private static final double RAMP = 0.08;

  private Amplification() {}

  /** @return dN/ds for shape factor h, momentum thickness theta and Re_θ */
  static double rate(double h, double theta, double reTheta) {
    double hk = Math.max(h, 1.05);
    double hmi = 1.0 / (hk - 1.0);
    double logRe = Math.log10(Math.max(reTheta, 1e-3));
    // |tanh| ≤ 1 bounds log Re_θ,crit from below: far enough below it the ramp is zero whatever
    // tanh gives, so skip it (the same result, 0, without the tanh; 1e-9 covers rounding)
    if (logRe < 3.295 * hmi + 0.44 - Math.abs(1.415 * hmi - 0.489) - RAMP - 1e-9) {
      return 0;
    }
    double logCrit = (1.415 * hmi - 0.489) * Tanh.of(20.0 * hmi - 12.9) + 3.295 * hmi + 0.44;
    double r = (logRe - (logCrit - RAMP)) / (2 * RAMP);
    if (r <= 0) {
      return 0;
    }
    double ramp = r >= 1 ? 1 : r * r * (3 - 2 * r);
    double a = 2.4 * hk - 3.7 + 2.5 * Tanh.of(1.5 * hk - 4.65);
    double dndre = 0.01 * Math.sqrt(a * a + 0.25);
    double mPlusOneL = 0.5 * (0.058 * (hk - 4) * (hk - 4) * hmi - 0.068 + (6.54 * hk - 14.07) / (hk * hk));
    return Math.max(0, ramp * dndre * mPlusOneL / theta);
  }

  /**
   * The partial derivatives of {@link #rate}: d = (∂/∂H, ∂/∂θ, ∂/∂Re_θ), zero where the rate is
   * (below the ramp, or clipped at 0), with tanh' = 1 − tanh² and the cubic ramp's slope 6r(1 − r).
   */
  static void rateGradient(double h, double theta, double reTheta, double[] d) {
    d[0] = 0;
    d[1] = 0;
    d[2] = 0;
    double hk = Math.max(h, 1.05);
    double dhk = h > 1.05 ? 1 : 0;
    double hmi = 1.0 / (hk - 1.0);
    double dhmi = -hmi * hmi * dhk;
    double logRe = Math.log10(Math.max(reTheta, 1e-3));
    if (logRe < 3.295 * hmi + 0.44 - Math.abs(1.415 * hmi - 0.489) - RAMP - 1e-9) {
      return;
    }
    double dLogRe = reTheta > 1e-3 ? 1 / (reTheta * Math.log(10)) : 0;
    double t1 = Tanh.of(20.0 * hmi - 12.9);
    double c = 1.415 * hmi - 0.489;
    double logCrit = c * t1 + 3.295 * hmi + 0.44;
    double dLogCrit = (1.415 * t1 + c * (1 - t1 * t1) * 20.0 + 3.295) * dhmi;
    double r = (logRe - (logCrit - RAMP)) / (2 * RAMP);
    if (r <= 0) {
      return;
    }
    double ramp = r >= 1 ? 1 : r * r * (3 - 2 * r);
    double dRamp = r >= 1 ? 0 : 6 * r * (1 - r);
    double t2 = Tanh.of(1.5 * hk - 4.65);
    double a = 2.4 * hk - 3.7 + 2.5 * t2;
    double da = (2.4 + 3.75 * (1 - t2 * t2)) * dhk;
    double dndre = 0.01 * Math.sqrt(a * a + 0.25);
    double dDndre = 1e-4 * a / dndre * da;
    double hm4 = hk - 4;
    double m = 0.5 * (0.058 * hm4 * hm4 * hmi - 0.068 + (6.54 * hk - 14.07) / (hk * hk));
    double dm = 0.5 * (0.058 * (2 * hm4 * hmi * dhk + hm4 * hm4 * dhmi)
        + (6.54 / (hk * hk) - 2 * (6.54 * hk - 14.07) / (hk * hk * hk)) * dhk);
    double v = ramp * dndre * m / theta;
    if (!(v > 0)) {
      return;
    }
    d[0] = (-dRamp * dLogCrit / (2 * RAMP) * dndre * m + ramp * dDndre * m + ramp * dndre * dm) / theta;
    d[1] = -v / theta;
    d[2] = dRamp * dLogRe / (2 * RAMP) * dndre * m / theta;
  }

  /** @return Michel's margin Re_θ / (2.9 Re_s^0.4) − 1, ≥ 0 once transition is due */
  static double michelMargin(double reTheta, double reS) {
    return reTheta / (2.9 * Math.pow(Math.max(reS, 1), 0.4)) - 1;
  }
}
