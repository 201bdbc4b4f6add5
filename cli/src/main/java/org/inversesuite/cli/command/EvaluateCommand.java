package org.inversesuite.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inversesuite.cli.experiment.GroundTruthEvaluation;
import org.inversesuite.cli.experiment.MetricsFile;
import org.inversesuite.cli.experiment.TrainedRun;
import org.inversesuite.core.diagnostics.ObservationQuality;
import org.inversesuite.core.infer.Cinn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse evaluate RUN}: recomputes a finished run's comparison with the ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Recompute a trained model's comparison with the rejection-ABC ground truth.",
        "",
        "MMD² and re-simulation error per held-out observation; rewrites",
        "posterior-quality.csv, posterior-*.npy and the ground-truth part of",
        "metrics.json. With the stored config and seed the result equals what training",
        "wrote; --set evaluation.<field>=<value> changes the evaluation only."},
    footer = {"", "Examples:", "  inverse evaluate runs/ik-cinn-<time>",
        "  inverse evaluate runs/ik-cinn-<time> --set evaluation.abcEpsilon=0.005"})
public final class EvaluateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "the run folder")
  Path run;

  @Option(names = "--set", paramLabel = "FIELD=VALUE",
      description = "override one evaluation field, e.g. evaluation.abcEpsilon=0.02")
  List<String> overrides = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "no progress lines")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    for (String o : overrides) {
      if (!o.trim().startsWith("evaluation.")) {
        throw new IllegalArgumentException("--set " + o + ": only evaluation.<field> can change when evaluating a "
            + "trained model (the rest of the config is what it was trained with)");
      }
    }
    TrainedRun trained = TrainedRun.open(run, overrides);
    if (trained.config().evaluation().observations() == 0) {
      throw new IllegalArgumentException("the config of " + run + " asks for 0 evaluation observations; "
          + "add --set evaluation.observations=10");
    }
    PrintStream out = System.out;
    List<ObservationQuality> quality;
    try (Cinn cinn = trained.loadModel()) {
      quality = new GroundTruthEvaluation(trained.config(), trained.entry(), trained.problem(), trained.seed(), quiet)
          .evaluate(cinn, trained.folder());
    }
    MetricsFile.updateEvaluation(trained.folder(), trained.config().evaluation(), quality);
    QualityTable.print(out, quality);
    out.println("\nwrote " + trained.folder().path() + " (" + GroundTruthEvaluation.QUALITY_CSV
        + ", metrics.json, posterior-*.npy)");
    return 0;
  }
}
