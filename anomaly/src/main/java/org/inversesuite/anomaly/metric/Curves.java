package org.inversesuite.anomaly.metric;

/**
 * The ROC and precision–recall curves as point lists, one point per distinct threshold (highest
 * first), for plotting: ROC from (0, 0) through (FP_k/n₋, TP_k/n₊); PR through
 * (TP_k/n₊, TP_k/(TP_k + FP_k)), starting at recall 0 with the precision of the first threshold.
 */
public final class Curves {
  private Curves() {}

  /** @return {x = false-positive rates, y = true-positive rates} */
  public static double[][] roc(ScoredLabels e) {
    RankedCounts c = RankedCounts.of(e);
    int m = c.truePositives().length;
    double[] fpr = new double[m + 1];
    double[] tpr = new double[m + 1];
    for (int k = 0; k < m; k++) {
      fpr[k + 1] = c.falsePositives()[k] / (double) e.normals();
      tpr[k + 1] = c.truePositives()[k] / (double) e.anomalies();
    }
    return new double[][] {fpr, tpr};
  }

  /** @return {x = recalls, y = precisions} */
  public static double[][] precisionRecall(ScoredLabels e) {
    RankedCounts c = RankedCounts.of(e);
    int m = c.truePositives().length;
    double[] recall = new double[m + 1];
    double[] precision = new double[m + 1];
    for (int k = 0; k < m; k++) {
      recall[k + 1] = c.truePositives()[k] / (double) e.anomalies();
      precision[k + 1] = c.truePositives()[k] / (double) (c.truePositives()[k] + c.falsePositives()[k]);
    }
    precision[0] = precision[1];
    return new double[][] {recall, precision};
  }
}
