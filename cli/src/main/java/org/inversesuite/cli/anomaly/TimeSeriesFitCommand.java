package org.inversesuite.cli.anomaly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.timeseries.DailyLoadModel;
import org.inversesuite.anomaly.timeseries.DailyLoadModelConfig;
import org.inversesuite.anomaly.timeseries.DailyLoadModelStore;
import org.inversesuite.anomaly.timeseries.DayFeatures;
import org.inversesuite.anomaly.timeseries.LoadCsv;
import org.inversesuite.anomaly.timeseries.MeterReadings;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse anomaly timeseries fit DATA.csv -o MODEL}: the daily-profile cINN on normal meter data. */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Train the daily-profile cINN on normal hourly meter data (CSV: timestamp,value[,temperature]).",
        "Days are whole days of the zone's standard time; days with a missing hour are left out."},
    footer = {"", "Example:", "  inverse anomaly timeseries fit normal.csv --zone Europe/Berlin -o load.invm"})
public final class TimeSeriesFitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA.csv", description = "normal hourly readings")
  Path data;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
      description = "zone of timestamps without an offset, and whose standard time defines days (default ${DEFAULT-VALUE})")
  String zone;

  @Option(names = "--iterations", paramLabel = "N", description = "training steps (default 1500)")
  Integer iterations;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "model file to write")
  Path output;

  @Option(names = "--force", description = "overwrite MODEL")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    LabelledInput.checkOutput(output, force);
    ZoneId z = TimeSeriesScoreCommand.zone(zone);
    MeterReadings r = LoadCsv.read(data, z);
    Matrix[] xc = DayFeatures.of(r);
    DailyLoadModelConfig config = DailyLoadModelConfig.defaults().withRun(iterations, seed);
    try (DailyLoadModel model = DailyLoadModel.fit(xc[0], xc[1], config, TrainingListener.NONE)) {
      ObjectNode provenance = Json.mapper().createObjectNode();
      provenance.set("suite", Json.mapper().valueToTree(Provenance.current(seed, AnomalyFitCommand.fingerprint(data))));
      provenance.put("data", data.getFileName().toString());
      provenance.put("days", xc[0].rows());
      provenance.put("temperature", r.hasTemperature());
      provenance.put("training", model.training().message());
      DailyLoadModelStore.save(output, model, z.getId(), provenance);
      System.out.printf(Locale.ROOT, "%d complete days of %d (%d hours missing), %s temperature; training: %s%n",
          xc[0].rows(), r.days(), r.missingHours(), r.hasTemperature() ? "with" : "without", model.training().message());
      System.out.printf(Locale.ROOT, "thresholds: hour score %.3f, day NLL %.3f (%.1f%% false alarms on held-out days)%n",
          model.hourThreshold(), model.dayThreshold(), 100 * config.falseAlarmRate());
      System.out.println("wrote " + output);
    }
    return 0;
  }
}
