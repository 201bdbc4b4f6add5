package org.inversesuite.cli.experiment;

import java.util.List;

/**
 * How a trained model is judged against the rejection-ABC ground truth (Kruse et al. 2021).
 *
 * @param observations how many held-out observations (the problem's reference ones first)
 * @param samplesPerObservation posterior samples drawn per observation, and ABC samples wanted
 * @param abcEpsilon ABC acceptance radius on ‖f(x) − y*‖
 * @param abcMaxProposals ABC proposal budget
 * @param mmdWidths widths h of the inverse multiquadric kernels of the MMD
 */
public record EvaluationConfig(int observations, int samplesPerObservation, double abcEpsilon, long abcMaxProposals,
    List<Double> mmdWidths) {
  /** Validates the values. */
  public EvaluationConfig {
    if (observations < 0) {
      throw new IllegalArgumentException("observations must be >= 0, got " + observations);
    }
    if (samplesPerObservation < 2) {
      throw new IllegalArgumentException("samplesPerObservation must be >= 2, got " + samplesPerObservation);
    }
    if (!(abcEpsilon > 0)) {
      throw new IllegalArgumentException("abcEpsilon must be > 0, got " + abcEpsilon);
    }
    if (abcMaxProposals < 1) {
      throw new IllegalArgumentException("abcMaxProposals must be >= 1, got " + abcMaxProposals);
    }
    mmdWidths = List.copyOf(mmdWidths);
    if (mmdWidths.isEmpty() || mmdWidths.stream().anyMatch(w -> !(w > 0))) {
      throw new IllegalArgumentException("mmdWidths must be positive and not empty, got " + mmdWidths);
    }
  }

  /** @return the reference script's settings: 10 observations, 2000 samples, ε 0.01, widths 0.05, 0.2, 0.9 */
  public static EvaluationConfig defaults() {
    return new EvaluationConfig(10, 2000, 0.01, 300_000_000L, List.of(0.05, 0.2, 0.9));
  }
}
