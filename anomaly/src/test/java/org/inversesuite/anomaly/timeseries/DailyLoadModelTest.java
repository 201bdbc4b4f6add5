package org.inversesuite.anomaly.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.inversesuite.anomaly.detector.Quantile;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyLoadModelTest {
  @Test
  void tinyFitSeparatesALargeSpikeAndSurvivesTheStore(@TempDir Path dir) {
    LoadSimulator sim = LoadSimulator.office();
    LoadSeries train = sim.simulate(LocalDate.of(2023, 1, 1), 240, 1);
    LoadSeries test = sim.simulate(LocalDate.of(2023, 1, 1).plusDays(240), 30, 2);
    double[] load = test.load();
    int spike = 10 * 24 + 11;
    load[spike] *= 2;
    LoadSeries changed = test.withLoad(load);
    DailyLoadModelConfig config = new DailyLoadModelConfig(2, 32, 300, 32, 2e-3, 0.2, 0.05, 60, 1, 3);
    try (DailyLoadModel model = DailyLoadModel.fit(train, config, TrainingListener.NONE)) {
      double[] hours = model.hourScores(changed, new Rng(4));
      double[] days = model.dayScores(changed);
      assertEquals(30 * 24, hours.length);
      for (int t = 0; t < hours.length; t++) {
        if (t != spike) {
          assertTrue(hours[spike] > hours[t], "spike hour " + hours[spike] + " vs hour " + t + " " + hours[t]);
        }
      }
      assertTrue(hours[spike] > model.hourThreshold(), "spike below the hour threshold");
      for (int d = 0; d < days.length; d++) {
        if (d != 10) {
          assertTrue(days[10] > days[d], "spike day NLL " + days[10] + " vs day " + d + " " + days[d]);
        }
      }
      assertTrue(Quantile.of(hours, 0.5) < 1.5, "normal hours deviate by about one conditional std");
      Path file = dir.resolve("load.invm");
      DailyLoadModelStore.save(file, model, "UTC", null);
      DailyLoadModelStore.Stored back = DailyLoadModelStore.load(file, 1);
      try (DailyLoadModel read = back.model()) {
        assertArrayEquals(days, read.dayScores(changed), 1e-9);
        assertArrayEquals(hours, read.hourScores(changed, new Rng(4)), 1e-9);
        assertEquals(model.hourThreshold(), read.hourThreshold());
        assertEquals(model.dayThreshold(), read.dayThreshold());
        assertEquals("UTC", back.zone());
      }
    }
  }
}
