package org.inversesuite.airfoil.design;

import java.util.Locale;

/**
 * What {@link RobustnessCheck} found for one exported design: the answer of the file as read back,
 * and the range of the answers of its perturbed copies.
 *
 * @param reproduced whether the contour read back from the file re-simulated to the reported C_l and C_d
 *     bit for bit
 * @param directMode whether the file's answer came from the solver's direct-mode fallback
 *     ({@link org.inversesuite.airfoil.solver.AeroResult#DIRECT_MODE})
 * @param cl C_l of the read-back contour
 * @param liftToDrag L/D of the read-back contour
 * @param copies perturbed copies solved
 * @param converged copies that converged
 * @param directCopies converged copies whose answer came from the direct-mode fallback
 * @param clMin smallest C_l over the read-back contour and the converged copies
 * @param clMax largest C_l over the same
 * @param liftToDragMin smallest L/D over the same
 * @param liftToDragMax largest L/D over the same
 * @param size largest change of a coordinate in a random copy, chords
 */
public record Robustness(boolean reproduced, boolean directMode, double cl, double liftToDrag, int copies,
    int converged, int directCopies, double clMin,
    double clMax, double liftToDragMin, double liftToDragMax, double size) {

  /** Largest |ΔC_l| of a copy from the reported value that still counts as the same answer: 10 % of the design tolerance. */
  public static final double CL_SPREAD = 0.1 * DesignCandidate.CL_TOLERANCE;
  /** Largest relative Δ(L/D) of a copy that still counts as the same answer: 10 % of the design tolerance. */
  public static final double LD_SPREAD = 0.1 * DesignCandidate.LD_TOLERANCE;

  /**
   * @return true when every copy converged and stayed within {@link #CL_SPREAD} in C_l and
   *     {@link #LD_SPREAD} (relative) in L/D of the read-back answer
   */
  public boolean robust() {
    return converged == copies && Math.max(clMax - cl, cl - clMin) <= CL_SPREAD
        && Math.max(liftToDragMax - liftToDrag, liftToDrag - liftToDragMin) <= LD_SPREAD * Math.abs(liftToDrag);
  }

  /** @return one line: the copies' ranges and the verdict, e.g. "8 of 8 copies converged (0 in direct mode), C_l 0.6606-0.6901, …: NOT robust" */
  public String summary() {
    return String.format(Locale.ROOT, "%d of %d copies converged (%d in direct mode), C_l %.4f-%.4f, L/D %.1f-%.1f: %s",
        converged, copies, directCopies, clMin, clMax, liftToDragMin, liftToDragMax, robust() ? "robust" : "NOT robust");
  }
}
