package org.inversesuite.core.block;

/** Where the scale s and shift t of an affine coupling come from. */
public enum CouplingForm {
  /** One subnet per half outputs [ŝ, t] (Kingma and Dhariwal 2018, Glow; FrEIA GLOWCouplingBlock). */
  GLOW,
  /** Two subnets per half, one for ŝ and one for t (Dinh et al. 2017, RealNVP; FrEIA RNVPCouplingBlock). */
  REAL_NVP
}
