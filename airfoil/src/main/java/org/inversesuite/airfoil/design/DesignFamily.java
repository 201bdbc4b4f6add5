package org.inversesuite.airfoil.design;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one inverse design: the re-simulated shapes ranked best first, what happened to
 * the others, and the statistics a designer judges the family by.
 *
 * @param target what was asked
 * @param ranked converged candidates, best score first
 * @param drawn shapes drawn from the posterior
 * @param invalidShape shapes that failed the shape checks
 * @param tooThin valid shapes thinner than the minimum thickness
 * @param notConverged shapes whose re-simulation did not converge (or separated)
 * @param warnings out-of-distribution warnings for the target (empty when inside the training range)
 * @param seconds wall time of sampling, checks and re-simulation
 */
public record DesignFamily(DesignTarget target, List<DesignCandidate> ranked, int drawn, int invalidShape, int tooThin,
    int notConverged, List<String> warnings, double seconds) {

  /** Copies the lists. */
  public DesignFamily {
    ranked = List.copyOf(ranked);
    warnings = List.copyOf(warnings);
  }

  /** @return fraction of drawn shapes that passed the shape checks and the thickness limit */
  public double validityRate() {
    return drawn == 0 ? 0 : (drawn - invalidShape - tooThin) / (double) drawn;
  }

  /** @return the better half of the ranked candidates (at least one when any exist) */
  public List<DesignCandidate> topHalf() {
    return ranked.subList(0, ranked.isEmpty() ? 0 : Math.max(1, ranked.size() / 2));
  }

  /** @return median |ΔC_l| over the top half, NaN without candidates */
  public double medianClErrorTopHalf() {
    return median(topHalf().stream().mapToDouble(DesignCandidate::clError).toArray());
  }

  /** @return median relative |Δ(L/D)| over the top half, NaN without candidates */
  public double medianLiftToDragErrorTopHalf() {
    return median(topHalf().stream().mapToDouble(DesignCandidate::liftToDragError).toArray());
  }

  /**
   * Diversity of the family: the mean pairwise Euclidean distance between the CST coefficient
   * vectors of the top half (0 for a single shape).
   */
  public double diversity() {
    List<DesignCandidate> top = topHalf();
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < top.size(); i++) {
      for (int j = i + 1; j < top.size(); j++) {
        double[] a = top.get(i).result().point().coefficients();
        double[] b = top.get(j).result().point().coefficients();
        double s = 0;
        for (int k = 0; k < a.length; k++) {
          s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        sum += Math.sqrt(s);
        pairs++;
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  /** @return true when at least one candidate meets both tolerances */
  public boolean anyMeetsTolerance() {
    return ranked.stream().anyMatch(DesignCandidate::meetsTolerance);
  }

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }
}
