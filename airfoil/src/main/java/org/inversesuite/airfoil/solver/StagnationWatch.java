package org.inversesuite.airfoil.solver;

/**
 * Counts Newton steps since the residual norm last fell below half of its reference: the stall
 * test of {@link ViscousIteration}, which freezes the transition points after
 * {@link ViscousIteration#STALL} such steps. (Giving up a frozen solve after K more such steps,
 * early failure detection, was measured and not kept: docs/airfoil-validation.md, "Early failure
 * detection (session 8)".) With r_k the accepted residual norms since the last reset,
 *
 * <pre>
 *   ref ← r_k and s ← 0   if r_k &lt; ½ ref,      else s ← s + 1;      stalled for K  ⇔  s ≥ K.
 * </pre>
 *
 * A Newton iteration that converges at least linearly with rate ρ halves the residual every
 * ln 2 / ln(1/ρ) steps, so it never stalls for K steps unless ρ &gt; 2^(−1/K).
 */
final class StagnationWatch {
  private double reference = Double.POSITIVE_INFINITY;
  private int since;

  /** Starts a new reference (after a change of the system: new unknowns, frozen or moved points). */
  void reset() {
    reference = Double.POSITIVE_INFINITY;
    since = 0;
  }

  /**
   * @param norm the residual norm of an accepted step
   * @return steps since the residual last halved its reference
   */
  int record(double norm) {
    if (norm < 0.5 * reference) {
      reference = norm;
      since = 0;
    } else {
      since++;
    }
    return since;
  }

  /** @return whether the residual has not halved for at least the given number of steps */
  boolean stalledFor(int steps) {
    return since >= steps;
  }
}
