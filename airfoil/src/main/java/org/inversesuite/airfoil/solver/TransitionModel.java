package org.inversesuite.airfoil.solver;

/** How the laminar boundary layer decides where to become turbulent. */
public enum TransitionModel {
  /**
   * Envelope e^N method of Drela &amp; Giles (1987), the method of XFOIL: transition where the
   * integrated amplification reaches N_crit.
   */
  ENVELOPE_EN,
  /** Michel's criterion (1951): transition where Re_θ ≥ 2.9 Re_s^0.4. */
  MICHEL
}
