package org.inversesuite.core.diagnostics;

import java.util.List;

/**
 * Held-out accuracies of a {@link ClassifierTwoSampleTest}.
 *
 * @param foldAccuracies the accuracy on each held-out fold, each in [0, 1]
 */
public record C2stResult(List<Double> foldAccuracies) {
  /** Copies the list; at least one fold is required. */
  public C2stResult {
    if (foldAccuracies.isEmpty()) {
      throw new IllegalArgumentException("at least one fold accuracy is needed, got 0");
    }
    foldAccuracies = List.copyOf(foldAccuracies);
  }

  C2stResult(double[] accuracies) {
    this(java.util.Arrays.stream(accuracies).boxed().toList());
  }

  /** @return the mean held-out accuracy over folds: 0.5 when the samples are indistinguishable */
  public double accuracy() {
    double s = 0;
    for (double a : foldAccuracies) {
      s += a;
    }
    return s / foldAccuracies.size();
  }
}
