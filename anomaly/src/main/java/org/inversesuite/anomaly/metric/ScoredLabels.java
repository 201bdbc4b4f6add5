package org.inversesuite.anomaly.metric;

/**
 * Anomaly scores with the truth: the evidence every metric here takes.
 *
 * @param scores a score per row, higher = more anomalous, finite
 * @param anomalous the truth per row
 */
public record ScoredLabels(double[] scores, boolean[] anomalous) {
  /** Checks lengths, finiteness and that both classes occur. */
  public ScoredLabels {
    scores = scores.clone();
    anomalous = anomalous.clone();
    if (scores.length != anomalous.length) {
      throw new IllegalArgumentException(scores.length + " scores for " + anomalous.length + " labels");
    }
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is " + scores[i]);
      }
    }
    if (positives(anomalous) == 0 || positives(anomalous) == anomalous.length) {
      throw new IllegalArgumentException("the metrics need both normal and anomalous rows; got "
          + positives(anomalous) + " anomalous of " + anomalous.length);
    }
  }

  static int positives(boolean[] labels) {
    int p = 0;
    for (boolean b : labels) {
      p += b ? 1 : 0;
    }
    return p;
  }

  /** @return the number of anomalous rows */
  public int anomalies() {
    return positives(anomalous);
  }

  /** @return the number of normal rows */
  public int normals() {
    return anomalous.length - anomalies();
  }
}
