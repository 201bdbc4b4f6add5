package org.inversesuite.astro.interior;

/**
 * The molar Fe/Si ratio of a {@link Composition}: all iron is in the core (pure Fe, 55.845 g/mol)
 * and all silicon in the MgSiO₃ mantle (100.389 g/mol, one Si per formula unit),
 *
 * <pre>
 *   Fe/Si = (core / μ_Fe) / (mantle / μ_MgSiO₃)
 * </pre>
 *
 * e.g. 0.866 for the Earth-like 32.5 % core. Taking the host star's Fe/Si as the planet's is the
 * assumption of Dorn et al. 2015 ("Can we constrain the interior structure of rocky exoplanets
 * from mass and radius measurements?", A&amp;A 577, A83): refractory ratios pass from the
 * protoplanetary disc to the planet. In this three-material model the mantle is pure MgSiO₃,
 * so the planet's Mg/Si is 1 whatever the fractions: a stellar Mg/Si carries no information on
 * them here and is not used.
 */
public final class RefractoryRatio {
  /** Molar mass of Fe, g/mol. */
  public static final double IRON_MOLAR_MASS = 55.845;
  /** Molar mass of MgSiO₃, g/mol. */
  public static final double PEROVSKITE_MOLAR_MASS = 100.389;
  /** log₁₀(Fe/Si) is clamped into [−LIMIT, LIMIT] (no mantle or no core gives ±∞). */
  public static final double LOG_LIMIT = 3;

  private RefractoryRatio() {}

  /** @return the molar Fe/Si of the composition (+∞ without mantle, 0 without core) */
  public static double feSi(Composition c) {
    return (c.core() / IRON_MOLAR_MASS) / (c.mantle() / PEROVSKITE_MOLAR_MASS);
  }

  /** @return log₁₀ Fe/Si, clamped into [−{@value #LOG_LIMIT}, {@value #LOG_LIMIT}] */
  public static double log10FeSi(Composition c) {
    double r = Math.log10(feSi(c));
    return Double.isNaN(r) ? 0 : Math.max(-LOG_LIMIT, Math.min(LOG_LIMIT, r));
  }
}
