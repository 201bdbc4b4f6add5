package org.inversesuite.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.cli.experiment.ExperimentRunner;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.cli.experiment.RunReport;
import org.inversesuite.cli.report.HtmlReport;
import org.inversesuite.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse train [CONFIG]}: trains, saves, evaluates and plots one experiment. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a cINN from an experiment config, evaluate its posteriors against the ground truth,",
        "and write a run folder (config, provenance, model.inn, metrics, plots, posterior samples).",
        "Without CONFIG, runs the embedded default: the inverse-kinematics benchmark of Kruse et al. 2021."},
    footer = {"", "Examples:", "  inverse train",
        "  inverse train experiments/ik/ik-cinn.json --set training.iterations=2000",
        "  inverse train --set training.seed=7 --out runs/ik-seed7"})
public final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "experiment config (JSON)")
  Path config;

  @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "override one config field, e.g. training.seed=7")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/<name>-<time>)")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    ExperimentConfig experiment = config == null
        ? ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(), overrides)
        : ExperimentFiles.read(config, overrides);
    RunFolder folder = out != null ? RunFolder.at(out) : RunFolder.create(Path.of("runs"), experiment.name());
    PrintStream stdout = System.out;
    stdout.println("run folder: " + folder.path());
    RunReport report = new ExperimentRunner(stdout, quiet).run(experiment, folder);
    writeReportAndPrint(stdout, report);
    return report.training().stopReason() == TrainingResult.StopReason.NON_FINITE ? InverseCommand.FAILED : 0;
  }

  /** Writes the run's report.html and prints the summary. */
  static void writeReportAndPrint(PrintStream out, RunReport r) {
    HtmlReport.write(r.folder());
    out.println();
    out.printf(Locale.ROOT, "validation NLL          %10.4f nats per sample%n", r.validationNll());
    out.printf(Locale.ROOT, "1000 posterior samples  %10.2f ms%n", r.sampleMillisPer1000());
    QualityTable.print(out, r.quality());
    out.println("\nwrote " + r.folder() + " (model.inn, metrics.json, posterior-quality.csv, loss.png, posterior-*.npy, "
        + HtmlReport.FILE + ")");
    out.println("next: inverse diagnose " + r.folder() + "   (calibration checks)");
  }
}
