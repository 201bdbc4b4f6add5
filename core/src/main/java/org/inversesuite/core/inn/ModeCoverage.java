package org.inversesuite.core.inn;

import org.inversesuite.core.tensor.Matrix;

/** Counts of posterior samples near each mode of {@link EightModes}. */
public final class ModeCoverage {
  private ModeCoverage() {}

  /**
   * @param x samples, shape [n, 2]
   * @param radius a sample counts for its nearest mode only if it lies within this distance
   * @return counts[m] = number of samples within {@code radius} of mode m and nearest to it
   */
  public static int[] counts(Matrix x, double radius) {
    int[] counts = new int[EightModes.MODES.length];
    for (int r = 0; r < x.rows(); r++) {
      double a = x.get(r, 0);
      double b = x.get(r, 1);
      int m = EightModes.nearestMode(a, b);
      double dx = a - EightModes.MODES[m][0];
      double dy = b - EightModes.MODES[m][1];
      if (dx * dx + dy * dy <= radius * radius) {
        counts[m]++;
      }
    }
    return counts;
  }
}
