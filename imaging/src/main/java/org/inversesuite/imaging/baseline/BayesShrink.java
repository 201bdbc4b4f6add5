package org.inversesuite.imaging.baseline;

import org.inversesuite.core.tensor.Matrix;

/**
 * The BayesShrink soft threshold of Chang, Yu and Vetterli (2000, IEEE TIP 9(9)) for one detail
 * band c of one row: \( T = \sigma^2 / \hat\sigma_x \), \( \hat\sigma_x = \sqrt{\max(\overline{c^2} -
 * \sigma^2, 0)} \), \( \hat c = \operatorname{sign}(c)\max(|c| - T, 0) \); a band with σ̂_x = 0 gets
 * T = max|c| (it is zeroed). The rule of {@link HaarShrinkage} and of the learned shrinkage
 * {@code imaging.winnet}, which starts from it.
 */
public final class BayesShrink {
  private BayesShrink() {}

  /**
   * Writes the soft-thresholded band {@code in[row, from .. from+count)} into
   * {@code out[row, to .. to+count)}; in and out may be the same matrix and range.
   */
  public static void apply(Matrix in, int row, int from, int count, double sigma, Matrix out, int to) {
    int a = row * in.cols() + from;
    double sq = 0;
    double max = 0;
    for (int i = 0; i < count; i++) {
      double v = in.get(a + i);
      sq += v * v;
      max = Math.max(max, Math.abs(v));
    }
    double signal = Math.sqrt(Math.max(sq / count - sigma * sigma, 0));
    double t = signal > 0 ? sigma * sigma / signal : max;
    int b = row * out.cols() + to;
    for (int i = 0; i < count; i++) {
      double v = in.get(a + i);
      out.set(b + i, Math.signum(v) * Math.max(Math.abs(v) - t, 0));
    }
  }
}
