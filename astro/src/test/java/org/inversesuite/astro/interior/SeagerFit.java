package org.inversesuite.astro.interior;

/**
 * The scaled mass-radius relation of Seager et al. 2007 (ApJ 669, 1279), fitted there to their
 * cold-planet models of one material:
 *
 * <pre>
 *   log₁₀ R_s = k₁ + ⅓ log₁₀ M_s − k₂ M_s^k₃,    M_s = M / m₁,  R_s = R / r₁
 * </pre>
 *
 * The paper quotes it as good to a few per cent up to M_s ≈ 4 (M ≈ 20 M⊕ for iron and water,
 * 40 M⊕ for MgSiO₃); beyond that it is an extrapolation. Constants: their Table 4, as
 * transcribed in two independent public codes (castro-gzlz/mr-plotter, function seager2007_MR;
 * EGXPhys, HabitableZoneComposition.inl). The scales m₁ and r₁ are not free: they follow from
 * the Table 3 equation of state (see {@link #scaleMass} and {@link #scaleRadius}), which
 * {@code SeagerValidationTest} checks against the quoted values.
 *
 * @param m1 mass scale in M⊕
 * @param r1 radius scale in R⊕
 * @param k1 constant term
 * @param k2 coefficient of the correction
 * @param k3 exponent of the correction
 */
record SeagerFit(double m1, double r1, double k1, double k2, double k3) {
  /** Fe(ε): m₁ = 5.80 M⊕, r₁ = 2.52 R⊕, k = (−0.20949, 0.0804, 0.394). */
  static final SeagerFit IRON = new SeagerFit(5.80, 2.52, -0.209490, 0.0804, 0.394);
  /** MgSiO₃ perovskite: m₁ = 10.55 M⊕, r₁ = 3.90 R⊕, k = (−0.209594, 0.0799, 0.413). */
  static final SeagerFit PEROVSKITE = new SeagerFit(10.55, 3.90, -0.209594, 0.0799, 0.413);
  /** H₂O ice: m₁ = 5.52 M⊕, r₁ = 4.43 R⊕, k = (−0.209396, 0.0807, 0.375). */
  static final SeagerFit WATER_ICE = new SeagerFit(5.52, 4.43, -0.209396, 0.0807, 0.375);

  /** @return R in R⊕ for M in M⊕ */
  double radius(double mass) {
    double ms = mass / m1;
    return r1 * Math.pow(10, k1 + Math.log10(ms) / 3 - k2 * Math.pow(ms, k3));
  }

  /**
   * The natural pressure, length and mass of ρ = ρ₀ + c Pⁿ: the pressure P₁ = (ρ₀ / c)^{1/n} at
   * which both terms are equal, r₁ = √(P₁ / (G ρ₀²)) and m₁ = ρ₀ r₁³. (Derived here from
   * dimensional analysis of the structure equations; they reproduce the quoted Table 4 scales to
   * their rounding, which is what the test uses them for.)
   *
   * @return r₁ in R⊕
   */
  static double scaleRadius(PolytropicEos eos) {
    double p1 = Math.pow(eos.rho0() / eos.c(), 1 / eos.n());
    return Math.sqrt(p1 / (PlanetUnits.G * eos.rho0() * eos.rho0())) / PlanetUnits.EARTH_RADIUS;
  }

  /** @return m₁ = ρ₀ r₁³ in M⊕ */
  static double scaleMass(PolytropicEos eos) {
    double r1 = scaleRadius(eos) * PlanetUnits.EARTH_RADIUS;
    return eos.rho0() * r1 * r1 * r1 / PlanetUnits.EARTH_MASS;
  }
}
