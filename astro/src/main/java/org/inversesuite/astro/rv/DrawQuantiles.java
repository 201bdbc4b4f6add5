package org.inversesuite.astro.rv;

import java.util.Arrays;
import org.inversesuite.core.tensor.Matrix;

/** The 5, 50 and 95 % quantiles of each column of a set of posterior draws (order statistics, no interpolation). */
public final class DrawQuantiles {
  private DrawQuantiles() {}

  /** @return [column][q05, q50, q95]: the sorted column's entries at ⌊0.05 (n − 1)⌋, ⌊(n − 1) / 2⌋, ⌊0.95 (n − 1)⌋ */
  public static double[][] of(Matrix draws) {
    double[][] q = new double[draws.cols()][];
    for (int j = 0; j < draws.cols(); j++) {
      double[] col = new double[draws.rows()];
      for (int r = 0; r < col.length; r++) {
        col[r] = draws.get(r, j);
      }
      Arrays.sort(col);
      int n = col.length;
      q[j] = new double[] {col[(int) (0.05 * (n - 1))], col[(n - 1) / 2], col[(int) (0.95 * (n - 1))]};
    }
    return q;
  }
}
