package org.inversesuite.astro.rv;

/**
 * How {@link IrregularRvSimulator} draws the observing schedule of one system.
 *
 * <pre>
 *   n     uniform integer on [minEpochs, maxEpochs]
 *   t_i   t_ref + baseline · u_i, u_i ~ U[0, 1) independently, then sorted
 *   σ_i   log-uniform on [errorMin, errorMax] m/s, independently per point
 * </pre>
 *
 * @param minEpochs smallest number of epochs, ≥ 1
 * @param maxEpochs largest number of epochs, ≥ minEpochs
 * @param baseline time span in days, finite and &gt; 0
 * @param errorMin smallest error bar in m/s, finite and &gt; 0
 * @param errorMax largest error bar in m/s, finite and ≥ errorMin
 */
public record IrregularRvConfig(int minEpochs, int maxEpochs, double baseline, double errorMin, double errorMax) {

  /** Checks the ranges. */
  public IrregularRvConfig {
    if (minEpochs < 1 || maxEpochs < minEpochs) {
      throw new IllegalArgumentException("epoch counts must satisfy 1 <= min <= max, got [" + minEpochs + ", "
          + maxEpochs + "]");
    }
    if (!(baseline > 0) || !Double.isFinite(baseline)) {
      throw new IllegalArgumentException("baseline must be finite and > 0 days, got " + baseline);
    }
    if (!(errorMin > 0) || !(errorMax >= errorMin) || !Double.isFinite(errorMax)) {
      throw new IllegalArgumentException("error bar range must satisfy 0 < min <= max < inf, got [" + errorMin
          + ", " + errorMax + "]");
    }
  }

  /**
   * 10 to 200 epochs over a 2000-day baseline (twice the longest default period, so that every
   * period of {@link RvPriorConfig#defaults()} is covered), error bars 1 to 10 m/s
   * (a precise-RV spectrograph on faint to bright stars).
   */
  public static IrregularRvConfig defaults() {
    return new IrregularRvConfig(10, 200, 2000, 1, 10);
  }

  /** @return a copy with the epoch count range [min, max] */
  public IrregularRvConfig withEpochs(int min, int max) {
    return new IrregularRvConfig(min, max, baseline, errorMin, errorMax);
  }

  /** @return a copy with the given baseline in days */
  public IrregularRvConfig withBaseline(double days) {
    return new IrregularRvConfig(minEpochs, maxEpochs, days, errorMin, errorMax);
  }

  /** @return a copy with error bars log-uniform on [min, max] m/s */
  public IrregularRvConfig withErrors(double min, double max) {
    return new IrregularRvConfig(minEpochs, maxEpochs, baseline, min, max);
  }
}
