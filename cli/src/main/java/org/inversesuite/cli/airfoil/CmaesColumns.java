package org.inversesuite.cli.airfoil;

import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.CmaesDesigner;
import org.inversesuite.airfoil.design.CmaesGoal;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.random.Rng;

/**
 * The CMA-ES columns of {@code inverse airfoil compare}: one per goal ({@link CmaesGoal}) and, for
 * the goal that depends on the cINN's accepted design, one per surrogate order. All goals of a
 * target are reached in one CMA-ES search ({@link CmaesDesigner#design(DesignTarget, double[], Rng)}),
 * which records when each was first reached.
 */
final class CmaesColumns {
  private CmaesColumns() {}

  /** The CMA-ES tallies of every goal and surrogate order; goals that do not depend on the order share one. */
  static SearchTally[][] tallies(List<CmaesGoal> goals, List<SurrogateKind> kinds, String cores) {
    SearchTally[][] t = new SearchTally[goals.size()][kinds.size()];
    for (int g = 0; g < goals.size(); g++) {
      CmaesGoal goal = goals.get(g);
      for (int k = 0; k < kinds.size(); k++) {
        if (goal == CmaesGoal.TOLERANCE) {
          t[g][k] = k == 0 ? new SearchTally(goals.size() == 1 ? "CMA-ES, " + cores : "CMA-ES to tolerance, " + cores)
              : t[g][0];
        } else {
          t[g][k] = new SearchTally("CMA-ES to the cINN " + kinds.get(k).name().toLowerCase(Locale.ROOT)
              + " order's error, " + cores);
        }
      }
    }
    return t;
  }

  /**
   * Runs one CMA-ES search towards every goal of the target (the goals of cinn-error from the designs in
   * {@code accepted}, one per surrogate order), records each in its tally and returns the row's cells.
   */
  static String cells(CmaesDesigner cmaes, DesignTarget target, List<CmaesGoal> goals,
      List<InverseDesigner.FirstDesign> accepted, SearchTally[][] tallies, Rng rng) {
    double[] scores = new double[goals.size() * accepted.size()];
    for (int g = 0; g < goals.size(); g++) {
      for (int k = 0; k < accepted.size(); k++) {
        scores[g * accepted.size() + k] = goals.get(g).goal(accepted.get(k).design());
      }
    }
    List<OptimizationResult> reached = cmaes.design(target, scores, rng);
    StringBuilder cells = new StringBuilder();
    for (int g = 0; g < goals.size(); g++) {
      for (int k = 0; k < accepted.size(); k++) {
        if (k > 0 && tallies[g][k] == tallies[g][0]) {
          continue;
        }
        int i = g * accepted.size() + k;
        cells.append(' ').append(tallies[g][k].add(reached.get(i)));
        if (goals.get(g) == CmaesGoal.CINN_ERROR) {
          cells.append(String.format(Locale.ROOT, ", g %.3f", scores[i]));
        }
        cells.append(" |");
      }
    }
    return cells.toString();
  }
}
