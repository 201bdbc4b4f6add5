package org.inversesuite.anomaly.timeseries;

import java.util.List;

/**
 * A load series with injected anomalies and their labels.
 *
 * @param clean the series before injection
 * @param series the series after injection (same days and temperatures)
 * @param hourLabels the anomaly type of each hour, null for normal hours
 * @param events the events, ordered by start
 */
public record InjectedSeries(LoadSeries clean, LoadSeries series, AnomalyType[] hourLabels, List<AnomalyEvent> events) {
  /** Copies the arrays. */
  public InjectedSeries {
    hourLabels = hourLabels.clone();
    events = List.copyOf(events);
  }

  /** @return whether day {@code d} holds at least one anomalous hour */
  public boolean dayIsAnomalous(int d) {
    for (int h = 0; h < LoadSeries.HOURS; h++) {
      if (hourLabels[d * LoadSeries.HOURS + h] != null) {
        return true;
      }
    }
    return false;
  }
}
