package org.inversesuite.airfoil.design;

/**
 * When the optimisation baseline stops on a target, given the design the cINN accepted on it. The
 * issue asks for "the same targets solved by optimisation ... until the same re-simulation
 * error"; the two readings of that phrase differ in the goal score g CMA-ES must reach with the
 * score s = max(|ΔC_l| / 0.02, |Δ(L/D)| / (0.03 (L/D)*)) of its best re-simulated design
 * ({@link DesignCandidate#score()}), ΔC_l = C_l − C_l* and Δ(L/D) = L/D − (L/D)* being
 * re-simulated minus target:
 *
 * <ul>
 *   <li>{@link #TOLERANCE}: g = 1, the fixed acceptance tolerance (|ΔC_l| ≤ 0.02 and
 *       |Δ(L/D)| ≤ 3 % of (L/D)*), which the cINN's accepted design also meets;
 *   <li>{@link #CINN_ERROR}: g = max(s_cINN, 10⁻³), s_cINN being the score of the design the
 *       cINN accepted on that target, i.e. CMA-ES stops only when its larger scaled error is at
 *       most the cINN's larger scaled error. Since the cINN accepts only designs with
 *       s_cINN ≤ 1, this goal is never looser than the tolerance. The floor 10⁻³ (|ΔC_l| ≤
 *       2·10⁻⁵ and 0.003 % in L/D, below the solver's convergence tolerance) keeps the goal
 *       positive when the cINN hit a target exactly.
 * </ul>
 *
 * When the cINN accepted no design on a target there is no error to match, and
 * {@link #CINN_ERROR} falls back to the tolerance (g = 1).
 */
public enum CmaesGoal {
  /** Stop at the acceptance tolerance, g = 1. */
  TOLERANCE,
  /** Stop at the re-simulation score of the cINN's accepted design, g = max(s_cINN, 10⁻³). */
  CINN_ERROR;

  /** Lowest goal score: an exact hit by the cINN asks for this. */
  public static final double FLOOR = 1e-3;

  /**
   * @param accepted the design the cINN accepted on the target, null if it accepted none
   * @return the goal score g CMA-ES must reach on that target
   */
  public double goal(DesignCandidate accepted) {
    if (this == TOLERANCE || accepted == null) {
      return 1.0;
    }
    return Math.max(accepted.score(), FLOOR);
  }

  /** @return the name on the command line, e.g. "cinn-error" */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
