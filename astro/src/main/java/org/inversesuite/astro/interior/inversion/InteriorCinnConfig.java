package org.inversesuite.astro.interior.inversion;

import org.inversesuite.core.nn.MlpConfig;

/**
 * The architecture of the interior cINN: {@code couplings} × [GLOW affine coupling (atan clamp
 * 2), random permutation] on x = (v₁, v₂, ln M), every subnet seeing the standardised
 * {@link InteriorCondition} directly.
 *
 * @param couplings number of coupling blocks, ≥ 1
 * @param subnet hidden layers of each coupling subnet
 */
public record InteriorCinnConfig(int couplings, MlpConfig subnet) {
  /** Validates the values. */
  public InteriorCinnConfig {
    if (couplings < 1 || subnet == null) {
      throw new IllegalArgumentException("need couplings >= 1 and a subnet, got " + couplings + ", " + subnet);
    }
  }
}
