package org.inversesuite.airfoil.design;

/**
 * One proposed shape after re-simulation, with its errors against the target.
 *
 * @param result the re-simulated case
 * @param clError |C_l − C_l,target|
 * @param liftToDragError |L/D − (L/D)_target| / (L/D)_target
 */
public record DesignCandidate(DesignCase result, double clError, double liftToDragError) {
  /** Tolerances the ranking score is scaled by: 0.02 in C_l and 3 % in L/D (the targets). */
  public static final double CL_TOLERANCE = 0.02;
  /** Relative L/D tolerance. */
  public static final double LD_TOLERANCE = 0.03;

  /** @return the candidate of a re-simulated case */
  public static DesignCandidate of(DesignCase c, DesignTarget target) {
    return new DesignCandidate(c, target.clError(c.cl()), target.liftToDragError(c.liftToDrag()));
  }

  /** @return max(|ΔC_l| / 0.02, |Δ(L/D)| / 0.03): at most 1 when both tolerances are met */
  public double score() {
    return Math.max(clError / CL_TOLERANCE, liftToDragError / LD_TOLERANCE);
  }

  /** @return true when both tolerances are met */
  public boolean meetsTolerance() {
    return score() <= 1;
  }
}
