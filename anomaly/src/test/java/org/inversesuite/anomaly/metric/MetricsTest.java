package org.inversesuite.anomaly.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/** The fast metrics against brute-force definitions and hand-computed cases. */
class MetricsTest {
  static double bruteAuroc(double[] s, boolean[] y) {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        if (y[i] && !y[j]) {
          sum += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
          pairs++;
        }
      }
    }
    return sum / pairs;
  }

  /** AP by its definition: mean over anomalies of the precision at the threshold equal to its score. */
  static double bruteAp(double[] s, boolean[] y) {
    double sum = 0;
    int pos = 0;
    for (int i = 0; i < s.length; i++) {
      if (!y[i]) {
        continue;
      }
      pos++;
      int tp = 0;
      int all = 0;
      for (int j = 0; j < s.length; j++) {
        if (s[j] >= s[i]) {
          all++;
          tp += y[j] ? 1 : 0;
        }
      }
      sum += tp / (double) all;
    }
    return sum / pos;
  }

  @Test
  void agreeWithBruteForceOnRandomScoresWithTies() {
    Rng rng = new Rng(11);
    for (int trial = 0; trial < 50; trial++) {
      int n = 5 + rng.nextInt(60);
      double[] s = new double[n];
      boolean[] y = new boolean[n];
      for (int i = 0; i < n; i++) {
        s[i] = rng.nextInt(8);
        y[i] = rng.uniform() < 0.4;
      }
      y[0] = true;
      y[1] = false;
      ScoredLabels e = new ScoredLabels(s, y);
      assertEquals(bruteAuroc(s, y), Auroc.of(e), 1e-12);
      assertEquals(bruteAp(s, y), AveragePrecision.of(e), 1e-12);
    }
  }

  @Test
  void handComputedCases() {
    // sorted by score: 0.8 anomaly, 0.4 normal, 0.35 anomaly, 0.1 normal
    double[] s = {0.1, 0.4, 0.35, 0.8};
    boolean[] y = {false, false, true, true};
    ScoredLabels e = new ScoredLabels(s, y);
    assertEquals(0.75, Auroc.of(e), 1e-12);
    assertEquals(0.5 * 1 + 0.5 * (2.0 / 3), AveragePrecision.of(e), 1e-12);
    assertEquals(0.5, FprAtRecall.of(e, 0.95), 1e-12);
    assertEquals(0.0, FprAtRecall.of(e, 0.5), 1e-12);
    ScoredLabels perfect = new ScoredLabels(new double[] {0, 1, 2, 3}, new boolean[] {false, false, true, true});
    assertEquals(1.0, Auroc.of(perfect));
    assertEquals(1.0, AveragePrecision.of(perfect));
    assertEquals(0.0, FprAtRecall.of(perfect, 0.95));
  }

  @Test
  void refusesOneClassOrNonFiniteScores() {
    assertThrows(IllegalArgumentException.class, () -> new ScoredLabels(new double[] {1, 2}, new boolean[] {true, true}));
    assertThrows(IllegalArgumentException.class,
        () -> new ScoredLabels(new double[] {1, Double.NaN}, new boolean[] {true, false}));
  }

  /** The trapezoidal area under the ROC points equals the Mann–Whitney AUROC (ties make diagonal steps). */
  @Test
  void rocCurveAreaEqualsAuroc() {
    Rng rng = new Rng(5);
    double[] s = new double[80];
    boolean[] y = new boolean[80];
    for (int i = 0; i < 80; i++) {
      y[i] = i % 3 == 0;
      s[i] = rng.nextInt(10) + (y[i] ? 2 : 0);
    }
    ScoredLabels e = new ScoredLabels(s, y);
    double[][] roc = Curves.roc(e);
    double area = 0;
    for (int k = 1; k < roc[0].length; k++) {
      area += (roc[0][k] - roc[0][k - 1]) * (roc[1][k] + roc[1][k - 1]) / 2;
    }
    assertEquals(Auroc.of(e), area, 1e-12);
    double[][] pr = Curves.precisionRecall(e);
    assertEquals(1.0, pr[0][pr[0].length - 1], 1e-12);
    assertEquals(e.anomalies() / 80.0, pr[1][pr[1].length - 1], 1e-12);
  }
}
