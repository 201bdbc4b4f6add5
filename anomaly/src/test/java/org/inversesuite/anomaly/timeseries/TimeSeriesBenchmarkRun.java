package org.inversesuite.anomaly.timeseries;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The simulated energy benchmark without figures (the CLI's {@code inverse anomaly timeseries
 * benchmark} draws them): prints the per-type AUROC table. {@code -Danomaly.ts.iterations} changes
 * the number of training steps.
 */
@Tag("benchmark")
class TimeSeriesBenchmarkRun {
  @Test
  void printsPerTypeTable() {
    int steps = Integer.getInteger("anomaly.ts.iterations", DailyLoadModelConfig.defaults().iterations());
    long t0 = System.nanoTime();
    TimeSeriesBenchmark.Outcome out = TimeSeriesBenchmark.defaults().run(
        DailyLoadModelConfig.defaults().withRun(steps, 1), TrainingListener.NONE);
    try (DailyLoadModel model = out.model()) {
      System.out.println(model.training().message() + " in " + (System.nanoTime() - t0) / 1e9 + " s");
      System.out.println(TimeSeriesBenchmark.table(out.detection()));
      assertTrue(out.detection().falseAlarmRate() < 0.5, "the hour threshold flags most normal hours");
    }
  }
}
