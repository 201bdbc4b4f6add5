package org.inversesuite.core.inn;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The 8-mode Gaussian mixture of Ardizzone et al. 2019 (section 4.1, figure 2; FrEIA
 * {@code experiments/data.py}): x ∈ R² is drawn from one of eight equally likely modes
 * \( N(\mu_m, 0.2^2 I) \) on the octagon (±2.4142, ±1), (±1, ±2.4142); y is the one-hot label
 * (8 columns) of the mode under a label map: ALL gives every mode its own label, SOME merges
 * modes 0–3 into label 0 and gives modes 4, 5, 6, 7 labels 1, 1, 2, 3, NONE gives all modes
 * label 0. The true posterior p(x | y) is the mixture of the modes that carry label y.
 */
public final class EightModes implements PairSampler {
  /** Mode centres, in FrEIA's order. */
  public static final double[][] MODES = {
      {-2.4142, 1.0}, {-1.0, 2.4142}, {1.0, 2.4142}, {2.4142, 1.0},
      {2.4142, -1.0}, {1.0, -2.4142}, {-1.0, -2.4142}, {-2.4142, -1.0}};
  /** Standard deviation of each mode. */
  public static final double SIGMA = 0.2;
  /** Number of label columns. */
  public static final int LABELS = 8;

  /** Which modes share a label. */
  public enum Labels {
    /** every mode its own label */
    ALL(0, 1, 2, 3, 4, 5, 6, 7),
    /** modes 0-3 share label 0; 4 and 5 share label 1; 6 and 7 have labels 2 and 3 */
    SOME(0, 0, 0, 0, 1, 1, 2, 3),
    /** one label for all */
    NONE(0, 0, 0, 0, 0, 0, 0, 0);

    private final int[] map;

    Labels(int... map) {
      this.map = map;
    }

    /** @return the label of mode m */
    public int of(int mode) {
      return map[mode];
    }

    /** @return the distinct labels in use, ascending */
    public int[] used() {
      return java.util.Arrays.stream(map).distinct().sorted().toArray();
    }
  }

  private final Labels labels;

  /** @param labels the label map */
  public EightModes(Labels labels) {
    if (labels == null) {
      throw new IllegalArgumentException("labels are required (ALL, SOME or NONE)");
    }
    this.labels = labels;
  }

  /** @return the label map */
  public Labels labels() {
    return labels;
  }

  /** @return the one-hot observation of label l */
  public static double[] oneHot(int label) {
    double[] y = new double[LABELS];
    y[label] = 1;
    return y;
  }

  /** @return the index of the mode centre nearest to (x0, x1) */
  public static int nearestMode(double x0, double x1) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int m = 0; m < MODES.length; m++) {
      double d = (x0 - MODES[m][0]) * (x0 - MODES[m][0]) + (x1 - MODES[m][1]) * (x1 - MODES[m][1]);
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return best;
  }

  @Override
  public Pairs sample(int n, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 2);
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, LABELS);
    for (int r = 0; r < n; r++) {
      int m = rng.nextInt(MODES.length);
      x.set(r, 0, MODES[m][0] + SIGMA * rng.gaussian());
      x.set(r, 1, MODES[m][1] + SIGMA * rng.gaussian());
      y.set(r, labels.of(m), 1.0);
    }
    return new Pairs(x, y);
  }
}
