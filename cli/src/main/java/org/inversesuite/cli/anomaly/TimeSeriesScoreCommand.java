package org.inversesuite.cli.anomaly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.timeseries.DailyLoadModel;
import org.inversesuite.anomaly.timeseries.DailyLoadModelStore;
import org.inversesuite.anomaly.timeseries.DayFeatures;
import org.inversesuite.anomaly.timeseries.LoadCsv;
import org.inversesuite.anomaly.timeseries.LoadSeries;
import org.inversesuite.anomaly.timeseries.MeterReadings;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse anomaly timeseries score MODEL DATA.csv -o scores.csv}: hour and day scores of meter data. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score hourly meter data with a model from 'inverse anomaly timeseries fit': writes",
        "timestamp (standard time, with offset),value,hour_score,day_score,flagged_hour,flagged_day per hour of",
        "each complete day, and <output>-series.png (load with flagged hours, hour score with threshold)."},
    footer = {"", "Example:", "  inverse anomaly timeseries score load.invm new.csv -o scores.csv"})
public final class TimeSeriesScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "model file")
  Path model;

  @Parameters(index = "1", paramLabel = "DATA.csv", description = "hourly readings")
  Path data;

  @Option(names = "--zone", paramLabel = "ZONE", description = "zone of the data (default: the training data's)")
  String zone;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed of the conditional samples (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "scores CSV to write")
  Path output;

  @Option(names = "--force", description = "overwrite FILE")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone " + id + " is not a time zone (e.g. UTC, Europe/Berlin, +01:00)");
    }
  }

  @Override
  public Integer call() {
    LabelledInput.checkOutput(output, force);
    DailyLoadModelStore.Stored stored = DailyLoadModelStore.load(model, 2);
    ZoneId z = zone(zone == null ? stored.zone() : zone);
    MeterReadings r = LoadCsv.read(data, z);
    try (DailyLoadModel m = stored.model()) {
      int want = m.cinn().conditionDimension();
      int have = r.hasTemperature() ? DayFeatures.CONDITION_NAMES.size() : DayFeatures.CALENDAR;
      if (want != have) {
        throw new IllegalArgumentException(data + ": the model was trained " + (want == DayFeatures.CALENDAR
            ? "without" : "with") + " a temperature column, this file has " + (r.hasTemperature() ? "one" : "none"));
      }
      Matrix[] xc = DayFeatures.of(r);
      if (xc[0].rows() == 0) {
        throw new IllegalArgumentException(data + " has no complete day (24 hours of standard time) to score");
      }
      double[] hour = m.hourScores(xc[0], xc[1], new Rng(seed).stream("scoring"));
      double[] day = m.dayScores(xc[0], xc[1]);
      List<Integer> days = r.completeDays();
      StringBuilder sb = new StringBuilder("timestamp,value,hour_score,day_score,flagged_hour,flagged_day\n");
      int h = LoadSeries.HOURS;
      int flaggedHours = 0;
      int flaggedDays = 0;
      for (int i = 0; i < days.size(); i++) {
        LocalDateTime midnight = r.start().plusDays(days.get(i)).atStartOfDay();
        boolean fd = day[i] > m.dayThreshold();
        flaggedDays += fd ? 1 : 0;
        for (int j = 0; j < h; j++) {
          LocalDateTime t = midnight.plusHours(j);
          boolean fh = hour[i * h + j] > m.hourThreshold();
          flaggedHours += fh ? 1 : 0;
          sb.append(String.format(Locale.ROOT, "%s,%s,%.4f,%.4f,%d,%d%n",
              t.atOffset(z.getRules().getStandardOffset(t.atZone(z).toInstant())), xc[0].get(i, j), hour[i * h + j],
              day[i], fh ? 1 : 0, fd ? 1 : 0));
        }
      }
      AtomicFiles.write(output, sb.toString().getBytes(StandardCharsets.UTF_8));
      Path png = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.csv$", "") + "-series.png");
      TimeSeriesPlots.scored(r, days, hour, m.hourThreshold()).savePng(png);
      System.out.printf(Locale.ROOT, "%d complete days of %d scored; flagged %d hours (threshold %.3f) and %d days "
          + "(threshold %.3f)%n", days.size(), r.days(), flaggedHours, m.hourThreshold(), flaggedDays, m.dayThreshold());
      System.out.println("wrote " + output + " and " + png);
    }
    return 0;
  }
}
