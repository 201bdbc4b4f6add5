package org.inversesuite.anomaly.metric;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The confusion counts at every distinct threshold, highest score first: entry k holds the
 * true and false positives when every row scoring at least the k-th distinct score is flagged.
 *
 * @param truePositives TP_k
 * @param falsePositives FP_k
 */
record RankedCounts(int[] truePositives, int[] falsePositives) {
  static RankedCounts of(ScoredLabels e) {
    double[] s = e.scores();
    boolean[] y = e.anomalous();
    int n = s.length;
    Integer[] idx = order(s, true);
    int[] tp = new int[n];
    int[] fp = new int[n];
    int m = 0;
    int t = 0;
    int f = 0;
    for (int i = 0; i < n; i++) {
      if (y[idx[i]]) {
        t++;
      } else {
        f++;
      }
      if (i == n - 1 || s[idx[i + 1]] != s[idx[i]]) {
        tp[m] = t;
        fp[m] = f;
        m++;
      }
    }
    return new RankedCounts(Arrays.copyOf(tp, m), Arrays.copyOf(fp, m));
  }

  /** @return the row indices sorted by score, descending or ascending */
  static Integer[] order(double[] s, boolean descending) {
    Integer[] idx = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingDouble(i -> descending ? -s[i] : s[i]));
    return idx;
  }
}
