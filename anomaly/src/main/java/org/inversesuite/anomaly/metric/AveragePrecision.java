package org.inversesuite.anomaly.metric;

/**
 * Area under the precision–recall curve as average precision, the step-wise sum over the
 * distinct thresholds k (highest first),
 * \[ \mathrm{AP} = \sum_k (R_k - R_{k-1})\,P_k,\qquad P_k = \frac{TP_k}{TP_k + FP_k},\ R_k = \frac{TP_k}{n_+}, \]
 * which does not interpolate (the estimator of scikit-learn's {@code average_precision_score};
 * Davis and Goadrich 2006 on why linear interpolation in PR space is wrong). A random score
 * gives about the share of anomalies n₊/n.
 */
public final class AveragePrecision {
  private AveragePrecision() {}

  /** @return AP in [0, 1] */
  public static double of(ScoredLabels e) {
    RankedCounts c = RankedCounts.of(e);
    double pos = e.anomalies();
    double ap = 0;
    double previousRecall = 0;
    for (int k = 0; k < c.truePositives().length; k++) {
      double recall = c.truePositives()[k] / pos;
      double precision = c.truePositives()[k] / (double) (c.truePositives()[k] + c.falsePositives()[k]);
      ap += (recall - previousRecall) * precision;
      previousRecall = recall;
    }
    return ap;
  }
}
