package org.inversesuite.astro.interior;

import java.util.Objects;

/**
 * One spherical shell of a planet, listed from the centre outwards: its material and the
 * fraction of the planet's mass it holds.
 *
 * @param eos the equation of state of the shell
 * @param massFraction the shell's share of the total mass, in (0, 1]
 */
public record Layer(PolytropicEos eos, double massFraction) {
  /** Checks the fraction. */
  public Layer {
    Objects.requireNonNull(eos, "eos");
    if (!(massFraction > 0 && massFraction <= 1)) {
      throw new IllegalArgumentException("layer mass fraction must be in (0, 1], got " + massFraction);
    }
  }

  /** @return a layer of a named material */
  public static Layer of(Material material, double massFraction) {
    return new Layer(material.eos(), massFraction);
  }
}
