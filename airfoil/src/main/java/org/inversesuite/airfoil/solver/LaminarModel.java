package org.inversesuite.airfoil.solver;

/** The integral method of the laminar boundary layer. */
public enum LaminarModel {
  /** Thwaites' one-equation method (1949); laminar separation at λ = −0.09 is taken as transition. */
  THWAITES,
  /**
   * Momentum and kinetic-energy integral equations with the Falkner–Skan closures of Drela &amp;
   * Giles (1987), the laminar model of XFOIL; past laminar separation (C_f = 0, H ≈ 3.85) the
   * layer stays laminar with a prescribed shape-factor growth ({@link SeparatedLaminar}) until
   * the transition criterion fires: laminar separation bubbles.
   */
  TWO_EQUATION
}
