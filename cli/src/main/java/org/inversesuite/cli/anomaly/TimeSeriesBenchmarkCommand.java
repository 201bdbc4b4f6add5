package org.inversesuite.cli.anomaly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.timeseries.AnomalyType;
import org.inversesuite.anomaly.timeseries.DailyLoadModel;
import org.inversesuite.anomaly.timeseries.DailyLoadModelConfig;
import org.inversesuite.anomaly.timeseries.TimeSeriesBenchmark;
import org.inversesuite.cli.plot.Figure;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inverse anomaly timeseries benchmark -o DIR}: the simulated energy benchmark with a figure per anomaly type. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = {"Simulate 2 years of normal hourly office load (2023-2024) to train the daily-profile cINN,",
        "then score a simulated year (2025) with injected spikes, dips, level shifts, drifts and zero-filled gaps;",
        "print the AUROC per anomaly type and write DIR/timeseries-table.md and DIR/timeseries-<type>.png/.svg."},
    footer = {"", "Example:", "  inverse anomaly timeseries benchmark -o ts-bench"})
public final class TimeSeriesBenchmarkCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for the table and figures")
  Path output;

  @Option(names = "--iterations", paramLabel = "N", description = "training steps (default: the model's, 1500)")
  Integer iterations;

  @Option(names = "--events", defaultValue = "8", paramLabel = "N", description = "events per type (default ${DEFAULT-VALUE})")
  int events;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--force", description = "overwrite an earlier benchmark in DIR")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Path table = output.resolve("timeseries-table.md");
    LabelledInput.checkOutput(table, force);
    TimeSeriesBenchmark defaults = TimeSeriesBenchmark.defaults();
    TimeSeriesBenchmark bench = new TimeSeriesBenchmark(defaults.simulator(), defaults.start(), defaults.trainDays(),
        defaults.testDays(), events, seed);
    DailyLoadModelConfig config = DailyLoadModelConfig.defaults().withRun(iterations, seed);
    long t0 = System.nanoTime();
    TimeSeriesBenchmark.Outcome out = bench.run(config, TrainingListener.NONE);
    try (DailyLoadModel model = out.model()) {
      String text = String.format(Locale.ROOT, "training: %s (%.0f s including scoring)%n%n", model.training().message(),
          (System.nanoTime() - t0) / 1e9) + TimeSeriesBenchmark.table(out.detection());
      System.out.print(text);
      try {
        Files.createDirectories(output);
        AtomicFiles.write(table, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot write " + table, ex);
      }
      for (AnomalyType type : AnomalyType.values()) {
        Figure f = TimeSeriesPlots.figure(out.detection(), out.expected(), type);
        if (f != null) {
          f.save(output, "timeseries-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
      }
      System.out.println("wrote " + table + " and a figure per type in " + output);
    }
    return 0;
  }
}
