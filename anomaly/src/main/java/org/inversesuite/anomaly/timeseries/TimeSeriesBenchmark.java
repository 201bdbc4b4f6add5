package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;

/**
 * The simulated benchmark: train a {@link DailyLoadModel} on {@code trainDays} normal days from
 * {@code start} (simulator seed {@code seed}), then score {@code testDays} following days
 * (simulator seed {@code seed + 1}, so the noise differs) with {@code eventsPerType} injected events
 * of each {@link AnomalyType} (injector seed {@code seed + 2}, gaps of 48 hours).
 *
 * @param simulator the load simulator
 * @param start the first training day
 * @param trainDays normal training days
 * @param testDays test days
 * @param eventsPerType injected events of each type
 * @param seed the seed
 */
public record TimeSeriesBenchmark(LoadSimulator simulator, LocalDate start, int trainDays, int testDays,
    int eventsPerType, long seed) {
  /** @return the default run: the office building, 2 years (2023-2024) of training, 1 year (2025) of test, 8 events per type, seed 1 */
  public static TimeSeriesBenchmark defaults() {
    return new TimeSeriesBenchmark(LoadSimulator.office(), LocalDate.of(2023, 1, 1), 731, 365, 8, 1);
  }

  /** @return the trained model (to close) and the detection on the test year */
  public Outcome run(DailyLoadModelConfig config, TrainingListener listener) {
    LoadSeries train = simulator.simulate(start, trainDays, seed);
    LoadSeries test = simulator.simulate(start.plusDays(trainDays), testDays, seed + 1);
    InjectedSeries injected = new AnomalyInjector(eventsPerType, 48).inject(test, seed + 2);
    DailyLoadModel model = DailyLoadModel.fit(train, config, listener);
    Rng rng = new Rng(seed).stream("scoring");
    Detection detection = new Detection(injected, model.hourScores(injected.series(), rng),
        model.dayScores(injected.series()), model.hourThreshold(), model.dayThreshold());
    return new Outcome(model, detection, model.expectedLoad(injected.series(), rng));
  }

  /**
   * @param model the trained model (close it)
   * @param detection the scores and labels of the test year
   * @param expected the model's conditional mean load per test hour
   */
  public record Outcome(DailyLoadModel model, Detection detection, double[] expected) {}

  /** @return the per-type table in Markdown */
  public static String table(Detection d) {
    StringBuilder sb = new StringBuilder();
    sb.append("| type | events | hours | AUROC hour score | AUROC day NLL | events detected (hour) | events detected (day) |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    List<TypeResult> rows = d.perType();
    for (TypeResult r : rows) {
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %d/%d | %d/%d |%n", r.type(), r.events(),
          r.hours(), r.hourAuroc(), r.dayScoreAuroc(), r.eventsDetected(), r.events(), r.eventsDetectedByDay(),
          r.events()));
    }
    sb.append(String.format(Locale.ROOT, "%nfalse-alarm rate on normal hours (hour score) %.4f at threshold %.3f; "
        + "on normal days (day NLL) %.4f at threshold %.3f%n", d.falseAlarmRate(), d.hourThreshold(),
        d.dayFalseAlarmRate(), d.dayThreshold()));
    return sb.toString();
  }
}
