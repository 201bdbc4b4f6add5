package org.inversesuite.core.diagnostics;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * What {@link Recovery} found: the scatter points (truth, estimate) of every case and the
 * per-parameter R², RMSE and Pearson correlation. Immutable: accessors return copies.
 */
public final class RecoveryResult {
  private final List<String> names;
  private final Matrix estimates;
  private final Matrix truths;
  private final double[] r2;
  private final double[] rmse;
  private final double[] correlation;

  RecoveryResult(List<String> names, Matrix estimates, Matrix truths, double[] r2, double[] rmse,
      double[] correlation) {
    this.names = List.copyOf(names);
    this.estimates = estimates;
    this.truths = truths;
    this.r2 = r2;
    this.rmse = rmse;
    this.correlation = correlation;
  }

  /** @return the parameter names */
  public List<String> names() {
    return names;
  }

  /** @return the point estimates x̂ᵢⱼ (scatter y-coordinates), shape [m, d] */
  public Matrix estimates() {
    return estimates.copy();
  }

  /** @return the truths x*ᵢⱼ (scatter x-coordinates), shape [m, d] */
  public Matrix truths() {
    return truths.copy();
  }

  /** @return R² per parameter */
  public double[] r2() {
    return r2.clone();
  }

  /** @return RMSE per parameter */
  public double[] rmse() {
    return rmse.clone();
  }

  /** @return Pearson correlation of estimate and truth per parameter */
  public double[] correlation() {
    return correlation.clone();
  }

  MetricResult r2Result(String metricName) {
    return MetricResult.averaged(metricName, names, r2);
  }

  /** @return "recovery_rmse": RMSE per parameter and their mean */
  public MetricResult rmseResult() {
    return MetricResult.averaged("recovery_rmse", names, rmse);
  }

  /** @return "recovery_correlation": correlation per parameter and their mean */
  public MetricResult correlationResult() {
    return MetricResult.averaged("recovery_correlation", names, correlation);
  }
}
