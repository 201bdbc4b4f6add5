package org.inversesuite.anomaly.timeseries;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.ScoredLabels;

/**
 * Scores of a labelled series and their evaluation per anomaly type: AUROC ({@link Auroc}) of
 * each type's hours against the normal hours (hours of other types left out), for the hour score
 * and for the day score spread over the day's hours; an event counts as detected when any of its
 * hours exceeds the threshold (per day: when any day it touches does).
 *
 * @param data the labelled series
 * @param hourScores s_h per hour
 * @param dayScores the NLL per day
 * @param hourThreshold the hour threshold
 * @param dayThreshold the day threshold
 */
public record Detection(InjectedSeries data, double[] hourScores, double[] dayScores, double hourThreshold,
    double dayThreshold) {
  /** Checks the lengths. */
  public Detection {
    if (hourScores.length != data.series().load().length || dayScores.length != data.series().days()) {
      throw new IllegalArgumentException(hourScores.length + " hour and " + dayScores.length + " day scores for "
          + data.series().days() + " days");
    }
  }

  /** @return whether hour t is flagged by the hour score */
  public boolean flagged(int t) {
    return hourScores[t] > hourThreshold;
  }

  /** @return the share of normal hours flagged by the hour score */
  public double falseAlarmRate() {
    int normal = 0;
    int flagged = 0;
    for (int t = 0; t < hourScores.length; t++) {
      if (data.hourLabels()[t] == null) {
        normal++;
        flagged += flagged(t) ? 1 : 0;
      }
    }
    return (double) flagged / normal;
  }

  /** @return the share of normal days (no anomalous hour) flagged by the day score */
  public double dayFalseAlarmRate() {
    int normal = 0;
    int flagged = 0;
    for (int d = 0; d < dayScores.length; d++) {
      if (!data.dayIsAnomalous(d)) {
        normal++;
        flagged += dayScores[d] > dayThreshold ? 1 : 0;
      }
    }
    return (double) flagged / normal;
  }

  /** @return the evaluation of each type present */
  public List<TypeResult> perType() {
    List<TypeResult> out = new ArrayList<>();
    for (AnomalyType type : AnomalyType.values()) {
      List<AnomalyEvent> events = data.events().stream().filter(e -> e.type() == type).toList();
      if (events.isEmpty()) {
        continue;
      }
      List<Double> hs = new ArrayList<>();
      List<Double> ds = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (int t = 0; t < hourScores.length; t++) {
        AnomalyType label = data.hourLabels()[t];
        if (label == null || label == type) {
          hs.add(hourScores[t]);
          ds.add(dayScores[t / LoadSeries.HOURS]);
          y.add(label == type);
        }
      }
      boolean[] truth = new boolean[y.size()];
      for (int i = 0; i < truth.length; i++) {
        truth[i] = y.get(i);
      }
      int detected = 0;
      int byDay = 0;
      for (AnomalyEvent e : events) {
        detected += anyHourFlagged(e) ? 1 : 0;
        byDay += anyDayFlagged(e) ? 1 : 0;
      }
      out.add(new TypeResult(type, events.size(), (int) y.stream().filter(b -> b).count(),
          Auroc.of(new ScoredLabels(unbox(hs), truth)), Auroc.of(new ScoredLabels(unbox(ds), truth)), detected, byDay));
    }
    return out;
  }

  private boolean anyHourFlagged(AnomalyEvent e) {
    for (int t = e.start(); t < e.end(); t++) {
      if (flagged(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyDayFlagged(AnomalyEvent e) {
    for (int d = e.start() / LoadSeries.HOURS; d <= (e.end() - 1) / LoadSeries.HOURS; d++) {
      if (dayScores[d] > dayThreshold) {
        return true;
      }
    }
    return false;
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
