package org.inversesuite.anomaly.metric;

/**
 * Area under the ROC curve as the Mann–Whitney statistic: the probability that a random anomaly
 * scores higher than a random normal row, ties counting one half,
 * \[ \mathrm{AUROC} = \frac{1}{n_+ n_-}\sum_{i:+}\sum_{j:-}\big(\mathbb 1[s_i > s_j] + \tfrac12\mathbb 1[s_i = s_j]\big)
 *   = \frac{R_+ - n_+(n_+ + 1)/2}{n_+ n_-}, \]
 * with R₊ the sum of the mid-ranks of the anomalies (Hanley and McNeil 1982).
 */
public final class Auroc {
  private Auroc() {}

  /** @return the AUROC in [0, 1] */
  public static double of(ScoredLabels e) {
    double[] s = e.scores();
    boolean[] y = e.anomalous();
    int n = s.length;
    Integer[] idx = RankedCounts.order(s, false);
    double rankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && s[idx[j + 1]] == s[idx[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[idx[k]]) {
          rankSum += midRank;
        }
      }
      i = j + 1;
    }
    double pos = e.anomalies();
    double neg = e.normals();
    return (rankSum - pos * (pos + 1) / 2) / (pos * neg);
  }
}
