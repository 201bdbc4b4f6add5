package org.inversesuite.cli.airfoil;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.DesignDataset;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse airfoil train DATA -o MODEL}: the inverse-design cINN, and the forward surrogates
 * that screen its proposals (cubic ridge regression and MLP, both kept in the model file's run
 * metadata).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the inverse-design cINN q(CST coefficients | alpha, log10 Re, Cl, L/D, t_max) on a data set.",
    footer = {"", "Examples:", "  inverse airfoil train airfoil-data -o airfoil.inn",
        "  inverse airfoil train airfoil-data -o airfoil.inn --iterations 20000 --seed 7"})
final class TrainDesignCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA", description = "a data set directory from 'inverse airfoil dataset'")
  Path data;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "model file to write (.inn)")
  Path output;

  @Option(names = "--iterations", defaultValue = "6000", description = "training steps (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--batch", defaultValue = "256", description = "batch size (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--lr", defaultValue = "1e-3", description = "learning rate, cosine decay (default ${DEFAULT-VALUE})")
  double learningRate;

  @Option(names = "--patience", defaultValue = "8",
      description = "validations (every iterations/40 steps) without improvement before stopping; 0: never (default ${DEFAULT-VALUE})")
  int patience;

  @Option(names = "--seed", defaultValue = "1", description = "seed of weights and shuffling (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--force", description = "overwrite an existing model file")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Outputs.checkWritable(output, force);
    DesignDataset dataset = DesignDataset.read(data);
    TrainingConfig recipe = new TrainingConfig(iterations, batch, learningRate, new LearningRateSchedule.Cosine(0), 100,
        0.9, 0.999, 1e-8, 1e-4, 10, 1, Math.max(1, iterations / 40), patience, 2, seed);
    DesignModel.Trained trained;
    try (ProgressBar bar = new ProgressBar("training", iterations, "it", quiet)) {
      TrainingListener listener = new TrainingListener() {
        private double validation = Double.NaN;

        @Override
        public void iteration(int iteration, double loss, double learningRate) {
          bar.update(iteration + 1, String.format(Locale.ROOT, "nll %.3f val %.3f", loss, validation));
        }

        @Override
        public void validated(int iteration, double loss, boolean improved) {
          validation = loss;
        }
      };
      trained = DesignModel.train(dataset, DesignModel.defaultFlow(dataset.manifest().space().shapeDimension()), recipe,
          listener);
    }
    ObjectNode run = Json.mapper().createObjectNode();
    List<String> surrogates = new ArrayList<>();
    for (SurrogateKind kind : SurrogateKind.values()) {
      Optional<? extends LiftDragSurrogate> s = DesignSurrogate.fit(dataset, kind);
      s.ifPresent(f -> run.set(kind.metadataKey(), Json.mapper().valueToTree(f)));
      surrogates.add(s.map(f -> "forward surrogate: " + f.summary()).orElse("too few designs for the "
          + kind.name().toLowerCase(Locale.ROOT) + " forward surrogate (compare will need more)"));
    }
    run.set("recipe", Json.mapper().valueToTree(recipe));
    run.put("data", data.toString());
    int usable = dataset.usableRows().length;
    int shapes = dataset.usableShapeCount();
    run.put("usableDesigns", usable);
    run.put("usableShapes", shapes);
    run.put("trainingSeconds", trained.result().seconds());
    run.put("dataSeconds", DatasetCommand.recordedSeconds(data));
    run.set("provenance", Json.mapper().valueToTree(Provenance.current(seed, dataset.manifest().toString())));
    trained.model().save(output, run);
    trained.model().cinn().close();
    String what = dataset.manifest().polars() ? String.format(Locale.ROOT, "%d polar points of %d shapes", usable, shapes)
        : usable + " designs";
    System.out.printf(Locale.ROOT, "trained on %s in %.1f s (validation: 10 %% of the shapes); wrote %s%n", what,
        trained.result().seconds(), output);
    System.out.printf(Locale.ROOT, "%d of %d steps (%s), kept step %d: best validation NLL %.3f per design "
        + "(%d shape coefficients)%n", trained.result().iterationsRun(), iterations,
        trained.result().stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        trained.result().keptIteration(), trained.result().bestValidationLoss(),
        dataset.manifest().space().shapeDimension());
    surrogates.forEach(System.out::println);
    return 0;
  }
}
