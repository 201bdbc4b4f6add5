package org.inversesuite.anomaly.metric;

/**
 * False-positive rate at a target recall: the share of normal rows flagged by the highest
 * threshold that still flags at least a fraction r of the anomalies,
 * \[ \mathrm{FPR}@r = \min_k \{ FP_k / n_- : TP_k / n_+ \ge r \}. \]
 * FPR at 95% recall is the usual summary in out-of-distribution detection (Hendrycks and
 * Gimpel 2017, arXiv:1610.02136).
 */
public final class FprAtRecall {
  private FprAtRecall() {}

  /** @return FPR at recall {@code r} in (0, 1] */
  public static double of(ScoredLabels e, double r) {
    if (!(r > 0 && r <= 1)) {
      throw new IllegalArgumentException("recall must be in (0, 1], got " + r);
    }
    RankedCounts c = RankedCounts.of(e);
    double pos = e.anomalies();
    for (int k = 0; k < c.truePositives().length; k++) {
      if (c.truePositives()[k] / pos >= r - 1e-12) {
        return c.falsePositives()[k] / (double) e.normals();
      }
    }
    return 1.0;
  }
}
