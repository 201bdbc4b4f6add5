package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.rv.PaddedRvSimulator;
import org.inversesuite.astro.rv.RvCinnTraining;
import org.inversesuite.astro.rv.RvExperimentConfig;
import org.inversesuite.astro.rv.RvModelFile;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse astro rv train CONFIG --out MODEL}: trains the set-conditioned RV cINN online. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the RV cINN (DeepSet summary of the measurements) on fresh simulations.",
    footer = {"", "Examples:", "  inverse astro rv train experiments/astro/rv-deepset-small.rv --out rv.inn",
        "  inverse astro rv train experiments/astro/rv-deepset.rv --out rv.inn   (long: about an hour on 2 cores)"})
public final class RvTrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "an RV experiment (experiments/astro/*.rv)")
  Path config;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "model file to write (.inn)")
  Path out;

  @Option(names = "--force", description = "overwrite an existing model file")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(config)) {
      throw new IllegalArgumentException("config not found: " + config);
    }
    if (Files.exists(out) && !force) {
      throw new IllegalArgumentException(out + " exists; use --force to overwrite it");
    }
    RvExperimentConfig experiment;
    try {
      experiment = Json.mapper().readValue(config.toFile(), RvExperimentConfig.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(config + ": " + e.getOriginalMessage(), e);
    }
    PaddedRvSimulator sim = experiment.simulator();
    System.out.printf(Locale.ROOT, "training %s: %d steps of %d systems (%d..%d epochs)%n", experiment.name(),
        experiment.training().iterations(), experiment.training().batchSize(), experiment.schedule().minEpochs(),
        experiment.schedule().maxEpochs());
    RvCinnTraining.Trained trained = RvCinnTraining.train(sim, experiment.prior(), experiment.model(),
        experiment.training(), new TrainingListener() {
          @Override
          public void validated(int iteration, double validationLoss, boolean improved) {
            System.out.printf(Locale.ROOT, "  step %6d  validation NLL %.4f%n", iteration, validationLoss);
          }
        });
    TrainingResult r = trained.result();
    try (var cinn = trained.cinn()) {
      if (r.stopReason() == TrainingResult.StopReason.NON_FINITE) {
        System.err.println("training failed: " + r.message());
        return 1;
      }
      RvModelFile.save(out, cinn, experiment, trained.slots());
    }
    System.out.printf(Locale.ROOT, "%s in %.0f s; wrote %s%n", r.message(), r.seconds(), out);
    return 0;
  }
}
