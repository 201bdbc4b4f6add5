package org.inversesuite.astro.interior;

/**
 * Physical constants and the dimensionless units of the interior integration.
 *
 * <p>Lengths are measured in Earth radii, masses in Earth masses, and pressures and densities in
 * the units that make G = 1:
 *
 * <pre>
 *   P_unit = G M⊕² / R⊕⁴ ≈ 1.4436e12 Pa,     ρ_unit = M⊕ / R⊕³ ≈ 2.3103e4 kg m⁻³
 * </pre>
 *
 * so that the structure equations read dm/dr = 4π r² ρ and dP/dr = −m ρ / r² in these units.
 */
public final class PlanetUnits {
  /** Newtonian constant of gravitation, m³ kg⁻¹ s⁻² (CODATA 2018). */
  public static final double G = 6.67430e-11;
  /** Nominal terrestrial mass parameter G M⊕, m³ s⁻² (IAU 2015 Resolution B3). */
  public static final double GM_EARTH = 3.986004e14;
  /** Earth mass M⊕ = G M⊕ / G ≈ 5.9722e24 kg. */
  public static final double EARTH_MASS = GM_EARTH / G;
  /** Earth's volumetric mean radius R⊕ = 6371.0 km, in m (the radius unit of mass-radius diagrams). */
  public static final double EARTH_RADIUS = 6.3710e6;
  /** Pressure unit G M⊕² / R⊕⁴ in Pa. */
  public static final double PRESSURE_UNIT = GM_EARTH * EARTH_MASS / Math.pow(EARTH_RADIUS, 4);
  /** Density unit M⊕ / R⊕³ in kg m⁻³. */
  public static final double DENSITY_UNIT = EARTH_MASS / Math.pow(EARTH_RADIUS, 3);

  private PlanetUnits() {}
}
