package org.inversesuite.airfoil.solver;

import java.util.List;

/**
 * Results of one airfoil at one Reynolds number over a sequence of angles of attack, in the
 * order requested.
 *
 * @param airfoil the airfoil's name
 * @param reynolds chord Reynolds number
 * @param points one result per angle
 */
public record Polar(String airfoil, double reynolds, List<AeroResult> points) {
  /** Copies the list. */
  public Polar {
    points = List.copyOf(points);
  }

  /** @return how many points have {@link SolverStatus#CONVERGED} */
  public long convergedCount() {
    return points.stream().filter(AeroResult::converged).count();
  }
}
