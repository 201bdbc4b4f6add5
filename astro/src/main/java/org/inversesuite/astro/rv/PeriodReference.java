package org.inversesuite.astro.rv;

import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.DeepSetEncoder;

/**
 * The data-dependent centre and width of a {@link PeriodCoordinate}, read from one encoded
 * observation y (so they are deterministic functions of y, as a reparametrisation needs):
 * \[ \hat P = P_\min \exp\bigl(u_1 \ln(P_\max/P_\min)\bigr), \qquad w = \hat P / T_y, \]
 * with u_1 the parabola-refined position of the highest periodogram peak (the first peak of
 * {@link org.inversesuite.astro.rv.periodogram.PeriodogramFeatures}) and T_y the time span of the
 * present measurements (the encoding's baseline if the span is 0). A set without a peak (constant
 * data) has u_1 = 0, so P̂ = P_min.
 *
 * @param period P̂ in days, &gt; 0
 * @param width w, the peak's width in ln P, &gt; 0
 */
public record PeriodReference(double period, double width) {
  /** Validates the values. */
  public PeriodReference {
    if (!(period > 0) || !Double.isFinite(period) || !(width > 0) || !Double.isFinite(width)) {
      throw new IllegalArgumentException("need a finite period and width > 0, got " + period + ", " + width);
    }
  }

  /**
   * @param y one encoded observation, length {@link RvSetEncoding#width()}
   * @param encoding the encoding that wrote it (must have periodogram features)
   * @return P̂ and w of y
   */
  public static PeriodReference of(double[] y, RvSetEncoding encoding) {
    PeriodogramConfig grid = encoding.periodogram();
    if (grid == null) {
      throw new IllegalArgumentException("a period reference needs the periodogram features in y");
    }
    if (y.length != encoding.width()) {
      throw new IllegalArgumentException("observation has " + y.length + " values, the encoding writes "
          + encoding.width());
    }
    int stride = RvSetEncoding.ELEMENT_WIDTH + 1;
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < encoding.slots(); s++) {
      if (y[s * stride + RvSetEncoding.ELEMENT_WIDTH] > 0.5) {
        first = Math.min(first, y[s * stride]);
        last = Math.max(last, y[s * stride]);
      }
    }
    double span = last > first ? (last - first) * encoding.baseline() : encoding.baseline();
    double u = y[DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH) + grid.bins()];
    double period = grid.periodMin() * Math.exp(u * Math.log(grid.periodMax() / grid.periodMin()));
    return new PeriodReference(period, period / span);
  }
}
