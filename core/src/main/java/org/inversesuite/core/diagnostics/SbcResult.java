package org.inversesuite.core.diagnostics;

import java.util.List;

/**
 * What {@link SimulationBasedCalibration} found: per parameter the ranks of the truths, their
 * histogram, the ECDF of the ranks with its simultaneous band, the verdict and a χ² p-value.
 * These are the data of the rank-histogram and ECDF-difference plots; this class draws nothing.
 * Immutable: every accessor returns a copy.
 */
public final class SbcResult {
  private final List<String> names;
  private final int samplesPerCase;
  private final int[][] ranks;
  private final int[][] histograms;
  private final double[] expectedBinCounts;
  private final SimultaneousEcdfBand band;
  private final double[][] ecdf;
  private final boolean[] insideBand;
  private final double[] chiSquarePValues;

  SbcResult(List<String> names, int samplesPerCase, int[][] ranks, int[][] histograms, double[] expectedBinCounts,
      SimultaneousEcdfBand band, double[][] ecdf, boolean[] insideBand, double[] chiSquarePValues) {
    this.names = List.copyOf(names);
    this.samplesPerCase = samplesPerCase;
    this.ranks = ranks;
    this.histograms = histograms;
    this.expectedBinCounts = expectedBinCounts;
    this.band = band;
    this.ecdf = ecdf;
    this.insideBand = insideBand;
    this.chiSquarePValues = chiSquarePValues;
  }

  /** @return the parameter names */
  public List<String> names() {
    return names;
  }

  /** @return L, the number of posterior samples per case (ranks lie in 0..L) */
  public int samplesPerCase() {
    return samplesPerCase;
  }

  /** @return m, the number of cases */
  public int cases() {
    return ranks[0].length;
  }

  /** @return the rank of the truth in every case for parameter j, length m */
  public int[] ranks(int j) {
    return ranks[j].clone();
  }

  /** @return the counts of the rank histogram of parameter j, length B */
  public int[] histogram(int j) {
    return histograms[j].clone();
  }

  /** @return the expected count of each histogram bin under uniformity, length B */
  public double[] expectedBinCounts() {
    return expectedBinCounts.clone();
  }

  /** @return the simultaneous band the ECDFs are checked against */
  public SimultaneousEcdfBand band() {
    return band;
  }

  /** @return the evaluation points zₖ */
  public double[] evaluationPoints() {
    return band.evaluationPoints();
  }

  /** @return F̂(zₖ) of parameter j, length K */
  public double[] ecdf(int j) {
    return ecdf[j].clone();
  }

  /** @return the ECDF difference F̂(zₖ) − zₖ of parameter j, length K */
  public double[] ecdfDifference(int j) {
    return minusZ(ecdf[j]);
  }

  /** @return the lower edge of the band as a difference, ℓₖ/m − zₖ */
  public double[] lowerBandDifference() {
    return minusZ(band.lowerEcdf());
  }

  /** @return the upper edge of the band as a difference, uₖ/m − zₖ */
  public double[] upperBandDifference() {
    return minusZ(band.upperEcdf());
  }

  private double[] minusZ(double[] values) {
    double[] z = band.evaluationPoints();
    double[] out = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      out[k] = values[k] - z[k];
    }
    return out;
  }

  /** @return maxₖ |F̂(zₖ) − zₖ| of parameter j */
  public double maxEcdfDeviation(int j) {
    double max = 0;
    for (double v : ecdfDifference(j)) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  /** @return whether the ECDF of parameter j stays inside the simultaneous band */
  public boolean insideBand(int j) {
    return insideBand[j];
  }

  /** @return whether every parameter's ECDF stays inside the band */
  public boolean allInsideBand() {
    for (boolean b : insideBand) {
      if (!b) {
        return false;
      }
    }
    return true;
  }

  /** @return the p-value of Pearson's χ² test of uniformity of parameter j's histogram */
  public double chiSquarePValue(int j) {
    return chiSquarePValues[j];
  }

  /**
   * @param metricName the name of the result
   * @return value max over parameters of {@link #maxEcdfDeviation(int)}, and each parameter's
   */
  public MetricResult summary(String metricName) {
    double[] deviation = new double[names.size()];
    double max = 0;
    for (int j = 0; j < deviation.length; j++) {
      deviation[j] = maxEcdfDeviation(j);
      max = Math.max(max, deviation[j]);
    }
    MetricResult averaged = MetricResult.averaged(metricName, names, deviation);
    return new MetricResult(metricName, max, averaged.perDimension());
  }
}
