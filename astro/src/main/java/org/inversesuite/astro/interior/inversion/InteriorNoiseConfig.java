package org.inversesuite.astro.interior.inversion;

/**
 * The observation model the cINN is trained with: every time a database planet is used, its
 * measurement errors are drawn afresh and its mass and radius perturbed by them, and the errors
 * go into the condition, so that one network serves planets measured to any precision in the
 * trained range:
 *
 * <pre>
 *   s_M ~ log-U[massErrorMin, massErrorMax],   ln M_obs = ln M + s_M ε₁
 *   s_R ~ log-U[radiusErrorMin, radiusErrorMax], ln R_obs = ln R + s_R ε₂
 *   with probability feSiFraction:  σ ~ U[feSiErrorMin, feSiErrorMax] dex,
 *                                   log₁₀ Fe/Si_obs = log₁₀ Fe/Si(composition) + σ ε₃
 * </pre>
 *
 * (ε ~ N(0, 1)). The errors are fractional (s = σ/value): log-normal errors keep the perturbed
 * mass positive even at 50 % errors, and equal the Gaussian ones to first order.
 *
 * @param massErrorMin smallest fractional mass error, &gt; 0
 * @param massErrorMax largest fractional mass error, ≥ massErrorMin
 * @param radiusErrorMin smallest fractional radius error, &gt; 0
 * @param radiusErrorMax largest fractional radius error, ≥ radiusErrorMin
 * @param feSiFraction probability that a training planet comes with its star's Fe/Si, in [0, 1]
 * @param feSiErrorMin smallest Fe/Si error in dex, &gt; 0
 * @param feSiErrorMax largest Fe/Si error in dex, ≥ feSiErrorMin
 */
public record InteriorNoiseConfig(double massErrorMin, double massErrorMax, double radiusErrorMin,
    double radiusErrorMax, double feSiFraction, double feSiErrorMin, double feSiErrorMax) {
  /** Checks the ranges. */
  public InteriorNoiseConfig {
    range("massError", massErrorMin, massErrorMax);
    range("radiusError", radiusErrorMin, radiusErrorMax);
    range("feSiError", feSiErrorMin, feSiErrorMax);
    if (!(feSiFraction >= 0 && feSiFraction <= 1)) {
      throw new IllegalArgumentException("feSiFraction must be in [0, 1], got " + feSiFraction);
    }
  }

  /** Mass 2-50 %, radius 1-20 %, Fe/Si given for half the planets with 0.02-0.2 dex. */
  public static InteriorNoiseConfig defaults() {
    return new InteriorNoiseConfig(0.02, 0.5, 0.01, 0.2, 0.5, 0.02, 0.2);
  }

  private static void range(String name, double lo, double hi) {
    if (!(lo > 0) || !(hi >= lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException(name + " range must satisfy 0 < min <= max < inf, got [" + lo + ", " + hi
          + "]");
    }
  }
}
