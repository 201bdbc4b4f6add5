package org.inversesuite.airfoil.design;

import org.inversesuite.airfoil.solver.SolverStatus;

/** What became of one simulated design, stored as its numeric {@link #code()} in data files. */
public enum CaseStatus {
  /** The solver converged with attached flow: the row is usable. */
  CONVERGED(0),
  /** The solver converged but the turbulent layer separated ahead of 95 % chord. */
  SEPARATED(1),
  /** The solver did not converge. */
  NOT_CONVERGED(2),
  /** The shape failed the shape checks (crossing surfaces, negative thickness, …): not simulated. */
  INVALID_SHAPE(3);

  private final int code;

  CaseStatus(int code) {
    this.code = code;
  }

  /** @return the code written to data files */
  public int code() {
    return code;
  }

  /** @return the status of a code read back from a file */
  public static CaseStatus ofCode(double code) {
    for (CaseStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown case status code " + code + " (expected 0-3)");
  }

  /** @return the case status of a solver status */
  public static CaseStatus of(SolverStatus s) {
    return switch (s) {
      case CONVERGED -> CONVERGED;
      case SEPARATED -> SEPARATED;
      case NOT_CONVERGED -> NOT_CONVERGED;
    };
  }
}
