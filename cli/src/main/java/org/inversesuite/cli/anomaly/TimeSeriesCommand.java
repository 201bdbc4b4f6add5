package org.inversesuite.cli.anomaly;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse anomaly timeseries}: anomalies in hourly energy time series. */
@Command(name = "timeseries", mixinStandardHelpOptions = true,
    description = {"Anomalies in hourly load series with a daily-profile cINN (Turowski et al. 2022).", "",
        "  inverse anomaly timeseries fit normal.csv --zone Europe/Berlin -o load.invm",
        "  inverse anomaly timeseries score load.invm new.csv -o scores.csv",
        "  inverse anomaly timeseries benchmark -o ts-bench"},
    subcommands = {TimeSeriesFitCommand.class, TimeSeriesScoreCommand.class, TimeSeriesBenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class TimeSeriesCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
