package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.interior.database.InteriorDatabase;
import org.inversesuite.astro.interior.inversion.InteriorCinnTraining;
import org.inversesuite.astro.interior.inversion.InteriorExperimentConfig;
import org.inversesuite.astro.interior.inversion.InteriorModelFile;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse astro interior train CONFIG --data DIR --out MODEL}: trains the interior cINN on a database. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the interior cINN on a database, with measurement noise drawn at training time.",
    footer = {"", "Examples:",
        "  inverse astro interior train experiments/astro/interior-small.interior --data interior-db --out interior.inn"})
public final class InteriorTrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "an interior experiment (experiments/astro/*.interior)")
  Path config;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "a database from 'interior dataset'")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "model file to write (.inn)")
  Path out;

  @Option(names = "--force", description = "overwrite an existing model file")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    InteriorExperimentConfig experiment = InteriorExperimentFile.read(config);
    if (Files.exists(out) && !force) {
      throw new IllegalArgumentException(out + " exists; use --force to overwrite it");
    }
    InteriorDatabase db = InteriorDatabase.read(data);
    System.out.printf(Locale.ROOT, "training %s on %d solved planets of %s: %d steps of %d%n", experiment.name(),
        db.solvedCount(), data, experiment.training().iterations(), experiment.training().batchSize());
    CinnTraining.Trained trained = InteriorCinnTraining.train(db, experiment.noise(), experiment.model(),
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
      InteriorModelFile.save(out, cinn, experiment, db.manifest());
    }
    System.out.printf(Locale.ROOT, "%s in %.0f s; wrote %s%n", r.message(), r.seconds(), out);
    return 0;
  }
}
