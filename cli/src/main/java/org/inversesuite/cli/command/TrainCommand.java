package org.inversesuite.cli.command;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.cli.experiment.DomainRunner;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.cli.experiment.ExperimentKinds;
import org.inversesuite.cli.experiment.ExperimentRunner;
import org.inversesuite.cli.experiment.NonFiniteMetrics;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.cli.experiment.RunReport;
import org.inversesuite.cli.report.HtmlReport;
import org.inversesuite.core.experiment.ExperimentKind;
import org.inversesuite.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse train [CONFIG]}: trains, saves, evaluates and plots one experiment. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a cINN from an experiment config, evaluate its posteriors against the",
        "ground truth, and write a run folder (config, provenance, model.inn, metrics,",
        "plots, posterior samples). Without CONFIG, runs the embedded default: the",
        "inverse-kinematics benchmark of Kruse et al. 2021.",
        "",
        "An imaging config (experiments/imaging/hinet-*, invdn-*, winnet-*.json) trains",
        "that model (HiNet steganography, InvDN or WINNet denoiser) on the images of",
        "../shared/data/images (or --images DIR) and writes config, provenance,",
        "training.log, checkpoint.invmodel, model.invmodel (for --model of inverse",
        "imaging hide, reveal, denoise, evaluate), the held-out PSNR/SSIM in",
        "metrics.json, and pictures/. A staged config starts from its initialModel",
        "(InvDN: initialWeights): that file if it exists, else the model of the newest",
        "finished run of that name beside the new run (runs/), else --set",
        "initialModel=FILE. docs/imaging.md, section 5a, retrains each shipped model."},
    footer = {"", "Examples:", "  inverse train",
        "  inverse train experiments/ik/ik-cinn.json --set training.iterations=2000",
        "  inverse train --set training.seed=7 --out runs/ik-seed7",
        "  inverse train experiments/imaging/winnet-s15.json --set iterations=241",
        "  inverse train experiments/imaging/hinet-8bit-6-long7.json \\",
        "      --set initialModel=runs/hinet-8bit-6-long6-<time>/model.invmodel",
        "  inverse train experiments/imaging/invdn-s25-colour.json --images DIR"})
public final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "experiment config (JSON)")
  Path config;

  @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "override one config field, e.g. training.seed=7")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/<name>-<time>)")
  Path out;

  @Option(names = "--images", paramLabel = "DIR",
      description = "imaging experiments: the folder of the training and held-out images (default: the config's images)")
  Path images;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    ExperimentConfig experiment;
    if (config == null) {
      experiment = ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(), overrides);
    } else {
      ExperimentFiles.Tree tree = ExperimentFiles.tree(config, overrides);
      Optional<ExperimentKind<?>> kind = ExperimentKinds.of(tree);
      if (kind.isPresent()) {
        return trainDomain(kind.get(), tree);
      }
      experiment = ExperimentFiles.bind(tree, ExperimentConfig.class);
    }
    if (images != null) {
      throw new IllegalArgumentException("--images applies to imaging experiments; a cINN experiment simulates its data");
    }
    RunFolder folder = out != null ? RunFolder.at(out) : RunFolder.create(Path.of("runs"), experiment.name());
    PrintStream stdout = System.out;
    stdout.println("run folder: " + folder.path());
    RunReport report = new ExperimentRunner(stdout, quiet).run(experiment, folder);
    writeReportAndPrint(stdout, report);
    return report.training().stopReason() == TrainingResult.StopReason.NON_FINITE ? InverseCommand.FAILED : 0;
  }

  /** @return 0, or {@link InverseCommand#FAILED} when a metric of the run is not finite (it diverged) */
  private <C> int trainDomain(ExperimentKind<C> kind, ExperimentFiles.Tree tree) {
    C c = ExperimentFiles.bind(tree, kind.configType());
    if (images != null && !Files.isDirectory(images)) {
      throw new IllegalArgumentException("--images " + images + ": no such folder");
    }
    RunFolder folder = out != null ? RunFolder.at(out) : RunFolder.create(Path.of("runs"), kind.name(c));
    System.out.println("run folder: " + folder.path());
    Optional<String> diverged = NonFiniteMetrics.first(new DomainRunner(System.out, quiet, images).run(kind, c, folder));
    diverged.ifPresent(field -> System.err.println("error: the run diverged: metric " + field
        + " is not finite; see the training log in " + folder.path()));
    return diverged.isPresent() ? InverseCommand.FAILED : 0;
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
