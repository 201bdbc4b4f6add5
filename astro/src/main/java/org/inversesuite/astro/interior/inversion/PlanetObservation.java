package org.inversesuite.astro.interior.inversion;

/**
 * What is measured of one planet: mass and radius with their 1σ errors and, optionally, the host
 * star's molar Fe/Si with its error in dex. Errors are symmetric; an asymmetric catalogue error
 * (+e₁ / −e₂) enters as their mean (e₁ + e₂) / 2.
 *
 * @param name the planet's name
 * @param mass in Earth masses, finite and &gt; 0
 * @param massError 1σ in Earth masses, finite and &gt; 0
 * @param radius in Earth radii, finite and &gt; 0
 * @param radiusError 1σ in Earth radii, finite and &gt; 0
 * @param feSi the host star's molar Fe/Si (&gt; 0), or NaN when not given
 * @param feSiErrorDex 1σ of log₁₀ Fe/Si in dex (&gt; 0), or NaN when Fe/Si is not given
 * @param metallicity the host star's [Fe/H] in dex, or NaN; carried for the record, not a
 *     condition ([Fe/H] alone does not fix Fe/Si)
 */
public record PlanetObservation(String name, double mass, double massError, double radius, double radiusError,
    double feSi, double feSiErrorDex, double metallicity) {
  /** Checks the values, naming the planet. */
  public PlanetObservation {
    positive(name, "mass", mass);
    positive(name, "mass error", massError);
    positive(name, "radius", radius);
    positive(name, "radius error", radiusError);
    if (!Double.isNaN(feSi) || !Double.isNaN(feSiErrorDex)) {
      positive(name, "Fe/Si", feSi);
      positive(name, "Fe/Si error", feSiErrorDex);
    }
  }

  /** @return an observation without Fe/Si and [Fe/H] */
  public static PlanetObservation of(String name, double mass, double massError, double radius, double radiusError) {
    return new PlanetObservation(name, mass, massError, radius, radiusError, Double.NaN, Double.NaN, Double.NaN);
  }

  /** @return a copy with the host star's Fe/Si */
  public PlanetObservation withFeSi(double ratio, double errorDex) {
    return new PlanetObservation(name, mass, massError, radius, radiusError, ratio, errorDex, metallicity);
  }

  /** @return whether Fe/Si is given */
  public boolean hasFeSi() {
    return !Double.isNaN(feSi);
  }

  /** @return σ_M / M, the error of ln M */
  public double relativeMassError() {
    return massError / mass;
  }

  /** @return σ_R / R, the error of ln R */
  public double relativeRadiusError() {
    return radiusError / radius;
  }

  private static void positive(String name, String what, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + ": " + what + " must be finite and > 0, got " + v);
    }
  }
}
