package org.inversesuite.molecules.evaluation;

/**
 * Inverts a measured response curve: the median logP m(a_j) of designs asked for a_j, at a
 * grid a_1 &lt; … &lt; a_J. The curve is first made non-decreasing by its running maximum,
 * \[ \tilde m_j = \max_{i \le j} m(a_i), \]
 * (undefined medians are skipped), then the asked value for a target t is the linear interpolation
 * a = a_{j−1} + (a_j − a_{j−1}) (t − m̃_{j−1}) / (m̃_j − m̃_{j−1}) at the first j with m̃_j ≥ t.
 * A target below m̃_1 gets a_1 and one above m̃_J gets a_J: the curve is not extrapolated.
 */
public final class MedianCurve {
  private MedianCurve() {}

  /** Refuses a grid that is empty, not finite or not strictly increasing. */
  static void checkGrid(double[] grid) {
    if (grid.length < 2) {
      throw new IllegalArgumentException("the response-curve grid needs at least two asked values, got " + grid.length);
    }
    for (int j = 0; j < grid.length; j++) {
      if (!Double.isFinite(grid[j]) || (j > 0 && !(grid[j] > grid[j - 1]))) {
        throw new IllegalArgumentException("the response-curve grid must be finite and strictly increasing, got " + grid[j]
            + " at position " + j);
      }
    }
  }

  /**
   * @param grid the asked values a_j, strictly increasing
   * @param medians m(a_j); NaN where no design was valid
   * @param target t
   * @return the asked value whose (monotone) median is t, clamped to the grid
   */
  public static double invert(double[] grid, double[] medians, double target) {
    checkGrid(grid);
    if (medians.length != grid.length) {
      throw new IllegalArgumentException("need one median per grid point, got " + medians.length + " for " + grid.length);
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("target must be finite, got " + target);
    }
    double previous = Double.NaN;
    double previousA = Double.NaN;
    for (int j = 0; j < grid.length; j++) {
      if (Double.isNaN(medians[j])) {
        continue;
      }
      double m = Double.isNaN(previous) ? medians[j] : Math.max(previous, medians[j]);
      if (m >= target) {
        if (Double.isNaN(previous) || m == previous) {
          return grid[j];
        }
        return previousA + (grid[j] - previousA) * (target - previous) / (m - previous);
      }
      previous = m;
      previousA = grid[j];
    }
    if (Double.isNaN(previous)) {
      throw new IllegalArgumentException("no grid point has a median: no design was valid");
    }
    return grid[grid.length - 1];
  }
}
