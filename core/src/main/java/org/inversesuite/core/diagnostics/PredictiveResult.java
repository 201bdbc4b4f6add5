package org.inversesuite.core.diagnostics;

import java.util.List;

/**
 * Where one observation falls within its posterior predictive distribution, per output
 * component (see {@link PosteriorPredictiveCheck}). Immutable: accessors return copies.
 */
public final class PredictiveResult {
  private final List<String> names;
  private final double[] quantiles;
  private final double[] zScores;
  private final double meanSquaredDistance;

  PredictiveResult(List<String> names, double[] quantiles, double[] zScores, double meanSquaredDistance) {
    this.names = List.copyOf(names);
    this.quantiles = quantiles;
    this.zScores = zScores;
    this.meanSquaredDistance = meanSquaredDistance;
  }

  /** @return the output names */
  public List<String> names() {
    return names;
  }

  /** @return qₖ, the predictive quantile of the observation (mid-rank for ties), in [0, 1] */
  public double quantile(int k) {
    return quantiles[k];
  }

  /** @return pₖ = 2 min(qₖ, 1 − qₖ), the two-sided predictive p-value */
  public double pValue(int k) {
    return 2 * Math.min(quantiles[k], 1 - quantiles[k]);
  }

  /** @return zₖ = (yₖ − mean)/sd of the replicated values (±∞ if they do not vary and differ from y) */
  public double zScore(int k) {
    return zScores[k];
  }

  /** @return all qₖ */
  public double[] quantiles() {
    return quantiles.clone();
  }

  /** @return all zₖ */
  public double[] zScores() {
    return zScores.clone();
  }

  /** @return (1/S) Σₗ ‖y^rep_ℓ − y‖² */
  public double meanSquaredDistance() {
    return meanSquaredDistance;
  }
}
