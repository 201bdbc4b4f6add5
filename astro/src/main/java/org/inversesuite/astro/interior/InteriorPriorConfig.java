package org.inversesuite.astro.interior;

/**
 * Range of the planet mass in {@link InteriorPrior}; the composition prior has no settings
 * (uniform on the simplex).
 *
 * @param massMin smallest mass in Earth masses, finite and &gt; 0
 * @param massMax largest mass in Earth masses, finite and &gt; massMin
 */
public record InteriorPriorConfig(double massMin, double massMax) {
  /** Checks the range. */
  public InteriorPriorConfig {
    if (!(massMin > 0) || !(massMax > massMin) || !Double.isFinite(massMax)) {
      throw new IllegalArgumentException("mass range must satisfy 0 < min < max < inf, got [" + massMin + ", "
          + massMax + "]");
    }
  }

  /** 0.1 to 30 Earth masses: the range over which the solver is validated against Seager et al. 2007. */
  public static InteriorPriorConfig defaults() {
    return new InteriorPriorConfig(0.1, 30);
  }
}
