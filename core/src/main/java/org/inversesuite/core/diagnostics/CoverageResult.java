package org.inversesuite.core.diagnostics;

import java.util.List;

/**
 * Empirical coverage ĉⱼ(q) of central credible intervals per parameter j and nominal level q,
 * as computed by {@link ExpectedCoverage}: the data of a coverage (calibration) curve.
 * Immutable: accessors return copies.
 */
public final class CoverageResult {
  private final List<String> names;
  private final double[] levels;
  private final double[][] coverage;
  private final int cases;

  CoverageResult(List<String> names, double[] levels, double[][] coverage, int cases) {
    this.names = List.copyOf(names);
    this.levels = levels.clone();
    this.coverage = coverage;
    this.cases = cases;
  }

  /** @return the parameter names */
  public List<String> names() {
    return names;
  }

  /** @return the nominal levels q */
  public double[] levels() {
    return levels.clone();
  }

  /** @return m, the number of cases behind each coverage */
  public int cases() {
    return cases;
  }

  /** @return ĉⱼ(q) at each level, for parameter j */
  public double[] coverage(int j) {
    return coverage[j].clone();
  }

  /** @return |ĉⱼ(q) − q| at each level, for parameter j */
  public double[] absoluteError(int j) {
    double[] out = new double[levels.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.abs(coverage[j][k] - levels[k]);
    }
    return out;
  }

  /** @return √(q(1 − q)/m), the Monte Carlo standard error of ĉ(q) for an exact posterior */
  public double[] standardErrors() {
    double[] out = new double[levels.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.sqrt(levels[k] * (1 - levels[k]) / cases);
    }
    return out;
  }
}
