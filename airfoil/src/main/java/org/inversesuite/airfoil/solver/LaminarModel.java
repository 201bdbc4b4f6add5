package org.inversesuite.airfoil.solver;

/** The integral method of the laminar boundary layer. */
public enum LaminarModel {
  /** Thwaites' one-equation method (1949), laminar separation at λ = −0.09. */
  THWAITES,
  /**
   * Momentum and kinetic-energy integral equations with the Falkner–Skan closures of Drela &amp;
   * Giles (1987), the laminar model of XFOIL; laminar separation where C_f = 0 (H ≈ 3.8).
   */
  TWO_EQUATION
}
