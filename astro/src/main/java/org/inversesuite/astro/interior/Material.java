package org.inversesuite.astro.interior;

/**
 * The three planet-building materials of this package with their modified polytropic fits from
 * Seager et al. 2007, ApJ 669, 1279, Table 3 (ρ = ρ₀ + c Pⁿ, SI units, valid for P &lt; 10¹⁶ Pa).
 */
public enum Material {
  /** Iron, ε (hcp) phase: ρ₀ = 8300 kg m⁻³, c = 0.00349, n = 0.528. */
  IRON(new PolytropicEos(8300, 0.00349, 0.528)),
  /** MgSiO₃ perovskite: ρ₀ = 4100 kg m⁻³, c = 0.00161, n = 0.541. */
  PEROVSKITE(new PolytropicEos(4100, 0.00161, 0.541)),
  /** H₂O ice (ice VII, VIII, X at high pressure): ρ₀ = 1460 kg m⁻³, c = 0.00311, n = 0.513. */
  WATER_ICE(new PolytropicEos(1460, 0.00311, 0.513));

  private final PolytropicEos eos;

  Material(PolytropicEos eos) {
    this.eos = eos;
  }

  /** @return the equation of state ρ(P) */
  public PolytropicEos eos() {
    return eos;
  }
}
