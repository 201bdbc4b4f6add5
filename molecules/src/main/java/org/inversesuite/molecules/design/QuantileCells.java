package org.inversesuite.molecules.design;

import java.util.Arrays;

/**
 * One column's cells on ℝ: the probability integral transform of a discrete law with m values,
 * value r owning the interval [F_{r−1}, F_r) of (0, 1) mapped to ℝ by the logit. Dequantisation
 * puts a value at \( \operatorname{logit}(F_{r-1} + (F_r - F_{r-1})(\tfrac{1-c}{2} + c\,u)) \), and
 * decoding finds the cell holding σ(x). Immutable.
 */
final class QuantileCells {
  private final double[] widths;
  private final double[] edges;
  private final double[] thresholds;

  /**
   * @param widths the m cell widths, positive and finite (normalised here)
   * @param where names the column in messages
   */
  QuantileCells(double[] widths, String where) {
    int m = widths.length;
    if (m < 1) {
      throw new IllegalArgumentException(where + " has no cells");
    }
    double sum = 0;
    for (double v : widths) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("cell widths must be positive and finite, got " + v + " at " + where);
      }
      sum += v;
    }
    this.widths = new double[m];
    this.edges = new double[m + 1];
    this.thresholds = new double[m - 1];
    for (int r = 0; r < m; r++) {
      this.widths[r] = widths[r] / sum;
      edges[r + 1] = edges[r] + widths[r] / sum;
    }
    edges[m] = 1;
    for (int r = 0; r < m - 1; r++) {
      thresholds[r] = logit(edges[r + 1]);
    }
  }

  /** @return the normalised widths (a copy) */
  double[] widths() {
    return widths.clone();
  }

  /** @return a point of cell r: c·u of its central part, mapped by the logit */
  double dequantise(int r, double noise, double u) {
    return logit(edges[r] + (edges[r + 1] - edges[r]) * (0.5 * (1 - noise) + noise * u));
  }

  /** @return the cell holding σ(x); NaN falls into the first */
  int cell(double x) {
    if (Double.isNaN(x)) {
      return 0;
    }
    int at = Arrays.binarySearch(thresholds, x);
    return at >= 0 ? at + 1 : -at - 1;
  }

  static double logit(double u) {
    return Math.log(u) - Math.log1p(-u);
  }
}
