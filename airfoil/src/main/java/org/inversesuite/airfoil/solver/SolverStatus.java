package org.inversesuite.airfoil.solver;

/** The outcome of a viscous solution; only {@link #CONVERGED} values are within the model's range. */
public enum SolverStatus {
  /** The coupled iteration converged and the flow stays attached to the trailing edge. */
  CONVERGED,
  /**
   * The iteration converged but the turbulent boundary layer separates ahead of 95 % chord
   * (H ≥ 2.5 in Head's method): the integral model no longer describes the flow and the
   * coefficients are indicative only.
   */
  SEPARATED,
  /** The iteration did not converge; the coefficients belong to the last iterate. */
  NOT_CONVERGED
}
