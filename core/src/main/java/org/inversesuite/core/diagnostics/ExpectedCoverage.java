package org.inversesuite.core.diagnostics;

import java.util.Arrays;

/**
 * Empirical coverage of central credible intervals. For nominal level q, parameter j and case
 * i, the central interval of the posterior samples is [Q̂ᵢⱼ((1 − q)/2), Q̂ᵢⱼ((1 + q)/2)], and
 * \[ \hat c_j(q) = \frac{1}{m} \sum_{i=1}^m \mathbf 1\!\left[\hat Q_{ij}\!\left(\tfrac{1-q}{2}\right) \le x^*_{ij} \le \hat Q_{ij}\!\left(\tfrac{1+q}{2}\right)\right], \]
 * which equals q up to Monte Carlo error (standard error √(q(1 − q)/m)) when the posterior is
 * exact; ĉ &lt; q means over-confident intervals, ĉ &gt; q under-confident ones (the coverage
 * diagnostic of Talts et al. 2018, arXiv:1804.06788, and of BayesFlow's calibration error,
 * Radev et al. 2020, arXiv:2003.06281). Q̂ is the sample quantile with linear interpolation
 * between order statistics (Hyndman and Fan 1996, definition 7: h = (s − 1)p,
 * Q̂ = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based order statistics). Immutable.
 */
public final class ExpectedCoverage {
  private final double[] levels;

  /** @param levels nominal levels q, each in (0, 1), strictly increasing, at least one */
  public ExpectedCoverage(double[] levels) {
    this.levels = checkLevels(levels);
  }

  /** @return levels 0.05, 0.10, …, 0.95 */
  public static ExpectedCoverage defaults() {
    return new ExpectedCoverage(evenLevels(0.05, 0.95, 19));
  }

  /** @return {@code count} evenly spaced levels from {@code first} to {@code last} inclusive */
  public static double[] evenLevels(double first, double last, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    double[] out = new double[count];
    for (int k = 0; k < count; k++) {
      out[k] = count == 1 ? first : first + (last - first) * k / (count - 1);
    }
    return out;
  }

  static double[] checkLevels(double[] levels) {
    if (levels.length == 0) {
      throw new IllegalArgumentException("at least one nominal level is needed, got 0");
    }
    for (int k = 0; k < levels.length; k++) {
      if (!(levels[k] > 0 && levels[k] < 1) || (k > 0 && !(levels[k] > levels[k - 1]))) {
        throw new IllegalArgumentException("levels must increase strictly within (0, 1), got levels[" + k + "] = "
            + levels[k]);
      }
    }
    return levels.clone();
  }

  /** @return the nominal levels (a copy) */
  public double[] levels() {
    return levels.clone();
  }

  /** @return ĉⱼ(q) for every parameter j and level q */
  public CoverageResult assess(PosteriorEvidence evidence) {
    int m = evidence.cases();
    int d = evidence.dimension();
    int[][] covered = new int[d][levels.length];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < d; j++) {
        double[] sorted = evidence.column(i, j);
        Arrays.sort(sorted);
        double truth = evidence.truth(i, j);
        for (int k = 0; k < levels.length; k++) {
          double lower = quantile(sorted, (1 - levels[k]) / 2);
          double upper = quantile(sorted, (1 + levels[k]) / 2);
          if (lower <= truth && truth <= upper) {
            covered[j][k]++;
          }
        }
      }
    }
    double[][] coverage = new double[d][levels.length];
    for (int j = 0; j < d; j++) {
      for (int k = 0; k < levels.length; k++) {
        coverage[j][k] = covered[j][k] / (double) m;
      }
    }
    return new CoverageResult(evidence.names(), levels, coverage, m);
  }

  /**
   * @param sorted values in ascending order, at least one
   * @param p probability in [0, 1]
   * @return the type-7 sample quantile
   */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int low = (int) Math.floor(h);
    if (low >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
  }
}
