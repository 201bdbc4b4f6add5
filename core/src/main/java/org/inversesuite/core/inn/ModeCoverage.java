package org.inversesuite.core.inn;

import org.inversesuite.core.tensor.Matrix;

/**
 * Counts of posterior samples near each mode of {@link EightModes}, their spread, and the
 * fraction of samples that lie between the modes of a label: a sample belongs to mode m if m is
 * its nearest centre and it lies within the radius. For the true posterior of a label (modes
 * N(μ_m, σ² I), σ = 0.2, 2-D), a radius of 3σ leaves out
 * \( P(\|x - \mu\| > 3\sigma) = e^{-9/2} = 0.0111 \) of the samples, and the standard deviation
 * of each coordinate inside it is \( \sigma\sqrt{(2 - 9e^{-9/2}/(1 - e^{-9/2}))/2} = 0.195 \).
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
   * The share of samples that a label's posterior puts between its modes.
   *
   * @param x samples, shape [n, 2]
   * @param labels the label map
   * @param label the label whose modes count
   * @param radius distance from a mode centre
   * @return the fraction of samples farther than {@code radius} from every mode m with
   *     labels.of(m) == label (0.0111 for the true posterior at radius 3σ = 0.6)
   */
  public static double outsideFraction(Matrix x, EightModes.Labels labels, int label, double radius) {
    if (x.rows() == 0) {
      throw new IllegalArgumentException("no samples");
    }
    int outside = 0;
    for (int r = 0; r < x.rows(); r++) {
      boolean near = false;
      for (int m = 0; m < EightModes.MODES.length && !near; m++) {
        near = labels.of(m) == label && Math.hypot(x.get(r, 0) - EightModes.MODES[m][0],
            x.get(r, 1) - EightModes.MODES[m][1]) <= radius;
      }
      outside += near ? 0 : 1;
    }
    return (double) outside / x.rows();
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
