package org.inversesuite.core.inn;

import org.inversesuite.core.tensor.Matrix;

/**
 * Counts of posterior samples near each mode of {@link EightModes}, and their spread: a sample
 * belongs to mode m if m is its nearest centre and it lies within the radius.
 */
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

  /**
   * @return the standard deviation of each coordinate of the samples that belong to the mode
   *     (NaN for fewer than 2); each true mode has 0.2 (slightly less inside a radius of 0.6)
   */
  public static double[] spread(Matrix x, int mode, double radius) {
    double[] sum = new double[2];
    double[] squares = new double[2];
    int n = 0;
    for (int r = 0; r < x.rows(); r++) {
      double a = x.get(r, 0);
      double b = x.get(r, 1);
      if (EightModes.nearestMode(a, b) == mode
          && Math.hypot(a - EightModes.MODES[mode][0], b - EightModes.MODES[mode][1]) <= radius) {
        n++;
        for (int j = 0; j < 2; j++) {
          double v = j == 0 ? a : b;
          sum[j] += v;
          squares[j] += v * v;
        }
      }
    }
    double[] sd = new double[2];
    for (int j = 0; j < 2; j++) {
      sd[j] = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (squares[j] - sum[j] * sum[j] / n) / (n - 1)));
    }
    return sd;
  }
}
