package org.inversesuite.core.diagnostics;

import java.util.Arrays;

/**
 * Calibration error of marginal credible intervals, in the form of BayesFlow's
 * {@code calibration_error} (Radev et al. 2020, arXiv:2003.06281): per parameter j the
 * aggregate over nominal levels q of the absolute coverage error,
 * \[ \mathrm{CE}_j = \operatorname{agg}_{q} \left| \hat c_j(q) - q \right|, \]
 * with ĉ from {@link ExpectedCoverage}; the overall value is the mean of CEⱼ over parameters.
 * The default aggregates with the <em>mean</em> over q = 0.05, 0.10, …, 0.95;
 * {@link #bayesFlow()} reproduces BayesFlow's defaults (the <em>median</em> over 20 levels from
 * 0.005 to 0.995). 0 is perfect, and an exact posterior gives about the Monte Carlo error
 * √(q(1 − q)/m). Because ĉ(q) cannot decrease in q (the intervals are nested), the worst value
 * on a grid symmetric about 1/2 is 0.5, reached when no interval or every interval holds the
 * truth. Immutable.
 */
public final class CalibrationError implements Metric<PosteriorEvidence> {
  /** How the absolute coverage errors are combined over the nominal levels. */
  public enum Aggregation {
    /** Arithmetic mean over levels. */
    MEAN,
    /** Median over levels (BayesFlow's default). */
    MEDIAN
  }

  private final ExpectedCoverage coverage;
  private final Aggregation aggregation;

  /**
   * @param levels nominal levels q, strictly increasing in (0, 1)
   * @param aggregation how errors are combined over levels
   */
  public CalibrationError(double[] levels, Aggregation aggregation) {
    this.coverage = new ExpectedCoverage(levels);
    this.aggregation = aggregation;
  }

  /** @return the mean absolute error over q = 0.05, 0.10, …, 0.95 */
  public static CalibrationError defaults() {
    return new CalibrationError(ExpectedCoverage.defaults().levels(), Aggregation.MEAN);
  }

  /** @return BayesFlow's settings: the median over 20 levels evenly spaced in [0.005, 0.995] */
  public static CalibrationError bayesFlow() {
    return new CalibrationError(ExpectedCoverage.evenLevels(0.005, 0.995, 20), Aggregation.MEDIAN);
  }

  @Override
  public String name() {
    return "calibration_error";
  }

  /** @return the mean over parameters of CEⱼ, and CEⱼ per parameter */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    CoverageResult result = coverage.assess(evidence);
    double[] perDimension = new double[evidence.dimension()];
    for (int j = 0; j < perDimension.length; j++) {
      perDimension[j] = aggregate(result.absoluteError(j));
    }
    return MetricResult.averaged(name(), evidence.names(), perDimension);
  }

  private double aggregate(double[] errors) {
    if (aggregation == Aggregation.MEAN) {
      double s = 0;
      for (double e : errors) {
        s += e;
      }
      return s / errors.length;
    }
    double[] sorted = errors.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }
}
