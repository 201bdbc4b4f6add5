package org.inversesuite.anomaly.timeseries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inversesuite.core.random.Rng;

/**
 * Injects {@link AnomalyType anomalies} into a load series at random, non-overlapping places (at
 * least {@code gapHours} of normal data between events), labelling every changed hour and each
 * event. Deterministic per seed.
 *
 * @param eventsPerType events of each type
 * @param gapHours the least number of normal hours between two events
 */
public record AnomalyInjector(int eventsPerType, int gapHours) {
  /** Validates the values. */
  public AnomalyInjector {
    if (eventsPerType < 1 || gapHours < 0) {
      throw new IllegalArgumentException("eventsPerType must be >= 1 and gapHours >= 0, got " + eventsPerType + ", "
          + gapHours);
    }
  }

  /**
   * @param clean the series to change (unchanged itself)
   * @param seed the seed
   * @return the changed series, the labels and the events
   * @throws IllegalArgumentException if the series is too short to hold the events
   */
  public InjectedSeries inject(LoadSeries clean, long seed) {
    Rng rng = new Rng(seed).stream("anomalies");
    double[] load = clean.load().clone();
    int n = load.length;
    double mean = 0;
    for (double v : load) {
      mean += v / n;
    }
    AnomalyType[] labels = new AnomalyType[n];
    List<AnomalyEvent> events = new ArrayList<>();
    for (AnomalyType type : AnomalyType.values()) {
      for (int k = 0; k < eventsPerType; k++) {
        int len = type.minHours() + rng.nextInt(type.maxHours() - type.minHours() + 1);
        int start = place(labels, len, rng);
        double m = magnitude(type, rng);
        for (int t = start; t < start + len; t++) {
          load[t] = changed(type, load[t], m, mean, t - start, len);
          labels[t] = type;
        }
        events.add(new AnomalyEvent(type, start, start + len, m));
      }
    }
    events.sort(Comparator.comparingInt(AnomalyEvent::start));
    return new InjectedSeries(clean, clean.withLoad(load), labels, events);
  }

  private int place(AnomalyType[] labels, int len, Rng rng) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      int start = gapHours + rng.nextInt(Math.max(1, labels.length - len - 2 * gapHours));
      if (start + len + gapHours <= labels.length && free(labels, start - gapHours, start + len + gapHours)) {
        return start;
      }
    }
    throw new IllegalArgumentException("a series of " + labels.length + " hours is too short for " + eventsPerType
        + " events of each type with gaps of " + gapHours + " hours");
  }

  private static boolean free(AnomalyType[] labels, int from, int to) {
    for (int t = Math.max(0, from); t < Math.min(labels.length, to); t++) {
      if (labels[t] != null) {
        return false;
      }
    }
    return true;
  }

  private static double magnitude(AnomalyType type, Rng rng) {
    double sign = rng.uniform() < 0.5 ? -1 : 1;
    return switch (type) {
      case SPIKE -> rng.uniform(0.5, 1.0);
      case DIP -> rng.uniform(0.2, 0.5);
      case LEVEL_SHIFT -> sign * rng.uniform(0.2, 0.4);
      case DRIFT -> sign * rng.uniform(0.3, 0.5);
      case MISSING_ZERO -> 0;
    };
  }

  /** @return the load of hour {@code i} (of {@code len}) of an event of {@code type} with magnitude m */
  static double changed(AnomalyType type, double load, double m, double mean, int i, int len) {
    return switch (type) {
      case SPIKE -> load * (1 + m);
      case DIP -> load * m;
      case LEVEL_SHIFT -> load + m * mean;
      case DRIFT -> load * (1 + m * (i + 1) / len);
      case MISSING_ZERO -> 0;
    };
  }
}
