package org.inversesuite.anomaly.timeseries;

/**
 * One injected anomaly.
 *
 * @param type its kind
 * @param start the first affected hour (index into the series)
 * @param end one past the last affected hour
 * @param magnitude the drawn magnitude m (signed for level shifts and drifts)
 */
public record AnomalyEvent(AnomalyType type, int start, int end, double magnitude) {
  /** Checks the span. */
  public AnomalyEvent {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("event span [" + start + ", " + end + ") is empty or negative");
    }
  }

  /** @return the number of hours */
  public int hours() {
    return end - start;
  }
}
