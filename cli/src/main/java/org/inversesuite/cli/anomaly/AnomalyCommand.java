package org.inversesuite.cli.anomaly;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse anomaly}: the parent of the anomaly-detection subcommands. */
@Command(name = "anomaly", mixinStandardHelpOptions = true,
    description = {"Flow-based anomaly detection on numeric CSV tables.", "",
        "  inverse anomaly fit normal.csv -o detector.invm",
        "  inverse anomaly score detector.invm new.csv -o scores.csv",
        "  inverse anomaly evaluate detector.invm test.csv --label-column label --normal-label benign -o eval/",
        "  inverse anomaly timeseries benchmark -o ts-bench"},
    subcommands = {AnomalyFitCommand.class, AnomalyScoreCommand.class, AnomalyEvaluateCommand.class, TimeSeriesCommand.class,
        CommandLine.HelpCommand.class})
public final class AnomalyCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
