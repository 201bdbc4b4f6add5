package org.inversesuite.astro.interior;

/**
 * The modified polytropic equation of state of Seager et al. 2007, "Mass-radius relationships
 * for solid exoplanets", ApJ 669, 1279 (arXiv:0707.2895), their eq. (11) with Table 3:
 *
 * <pre>
 *   ρ(P) = ρ₀ + c Pⁿ        ρ in kg m⁻³, P in Pa, P ≥ 0
 * </pre>
 *
 * It fits their merged Vinet / Birch-Murnaghan (low pressure) and Thomas-Fermi-Dirac (high
 * pressure) equations of state of cold (300 K) materials for P &lt; 10¹⁶ Pa. A negative pressure
 * (only ever probed by the integrator just beyond the surface) is treated as zero, so ρ(P &lt; 0)
 * = ρ₀. With c = 0 this is an incompressible material of density ρ₀, used by the tests for the
 * exact uniform-density solutions.
 *
 * @param rho0 zero-pressure density ρ₀ in kg m⁻³, finite and &gt; 0 (a positive surface density is
 *     what makes the pressure cross zero at the surface)
 * @param c coefficient in kg m⁻³ Pa⁻ⁿ, finite and ≥ 0
 * @param n exponent, in (0, 1]
 */
public record PolytropicEos(double rho0, double c, double n) {

  /** Checks the ranges. */
  public PolytropicEos {
    if (!(rho0 > 0) || !Double.isFinite(rho0)) {
      throw new IllegalArgumentException("rho0 must be finite and > 0 kg/m^3, got " + rho0);
    }
    if (!(c >= 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be finite and >= 0, got " + c);
    }
    if (!(n > 0 && n <= 1)) {
      throw new IllegalArgumentException("n must be in (0, 1], got " + n);
    }
  }

  /** @return an incompressible material, ρ = ρ₀ at every pressure */
  public static PolytropicEos incompressible(double rho0) {
    return new PolytropicEos(rho0, 0, 1);
  }

  /**
   * @param pressure P in Pa (negative values are treated as 0)
   * @return ρ in kg m⁻³
   */
  public double density(double pressure) {
    return pressure > 0 ? rho0 + c * Math.pow(pressure, n) : rho0;
  }

  /**
   * The same law in the units of {@link PlanetUnits}: ρ̃(P̃) = ρ(P̃ · P_unit) / ρ_unit.
   *
   * @param pressure P̃, pressure in units of G M⊕² / R⊕⁴
   * @return ρ̃, density in units of M⊕ / R⊕³
   */
  double dimensionlessDensity(double pressure) {
    return density(pressure * PlanetUnits.PRESSURE_UNIT) / PlanetUnits.DENSITY_UNIT;
  }
}
