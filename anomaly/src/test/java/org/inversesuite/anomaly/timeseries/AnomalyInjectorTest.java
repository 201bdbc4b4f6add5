package org.inversesuite.anomaly.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnomalyInjectorTest {
  private final LoadSeries clean = LoadSimulator.office().simulate(LocalDate.of(2024, 1, 1), 200, 5);
  private final InjectedSeries out = new AnomalyInjector(3, 24).inject(clean, 11);

  @Test
  void labelsMarkExactlyTheChangedHours() {
    double[] before = clean.load();
    double[] after = out.series().load();
    for (int t = 0; t < before.length; t++) {
      assertEquals(before[t] != after[t], out.hourLabels()[t] != null, "hour " + t);
    }
    assertArrayEquals(clean.temperature(), out.series().temperature());
  }

  @Test
  void eventsMatchTheLabelsAndKeepTheirGaps() {
    assertEquals(3 * AnomalyType.values().length, out.events().size());
    int labelled = 0;
    AnomalyEvent previous = null;
    for (AnomalyEvent e : out.events()) {
      assertTrue(e.hours() >= e.type().minHours() && e.hours() <= e.type().maxHours(), e.toString());
      for (int t = e.start(); t < e.end(); t++) {
        assertEquals(e.type(), out.hourLabels()[t]);
      }
      labelled += e.hours();
      if (previous != null) {
        assertTrue(e.start() - previous.end() >= 24, previous + " then " + e);
      }
      previous = e;
    }
    int total = 0;
    for (AnomalyType a : out.hourLabels()) {
      total += a == null ? 0 : 1;
    }
    assertEquals(labelled, total);
  }

  @Test
  void eachTypeChangesTheLoadAsStated() {
    double[] before = clean.load();
    double[] after = out.series().load();
    for (AnomalyEvent e : out.events()) {
      for (int t = e.start(); t < e.end(); t++) {
        double ratio = after[t] / before[t];
        switch (e.type()) {
          case SPIKE -> assertTrue(ratio >= 1.5 && ratio <= 2.0, e + " ratio " + ratio);
          case DIP -> assertTrue(ratio >= 0.2 && ratio <= 0.5, e + " ratio " + ratio);
          case MISSING_ZERO -> assertEquals(0.0, after[t]);
          case LEVEL_SHIFT -> assertEquals(after[t] - before[t], after[e.start()] - before[e.start()], 1e-9);
          case DRIFT -> assertEquals(1 + e.magnitude() * (t - e.start() + 1) / e.hours(), ratio, 1e-9);
        }
      }
    }
  }

  @Test
  void deterministicAndRefusesTooShortSeries() {
    assertArrayEquals(out.series().load(), new AnomalyInjector(3, 24).inject(clean, 11).series().load());
    LoadSeries week = LoadSimulator.office().simulate(LocalDate.of(2024, 1, 1), 7, 5);
    assertThrows(IllegalArgumentException.class, () -> new AnomalyInjector(5, 48).inject(week, 1));
  }
}
