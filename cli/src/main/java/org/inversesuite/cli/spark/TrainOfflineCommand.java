package org.inversesuite.cli.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.cli.experiment.ExperimentRunner;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.inversesuite.data.set.Splits;
import org.inversesuite.data.set.TrainValidation;
import org.inversesuite.spark.dataset.LoadedTable;
import org.inversesuite.spark.dataset.TableLoader;
import org.inversesuite.spark.simulate.SimulationDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse train-offline CONFIG --data DB}: trains the config's cINN on a fixed database
 * (BayesFlow's offline mode) instead of fresh simulations. The rows are streamed into a
 * memory-mapped file ({@link TableLoader}); epochs shuffle them ({@link BatchSource.Offline}).
 * The run folder holds config.json and model.inn like an {@code inverse train} run, with the
 * parameter and observation names in the model's metadata, so {@code inverse infer} and
 * {@code inverse sample} work on it.
 */
@Command(name = "train-offline", mixinStandardHelpOptions = true,
    description = {"Train a cINN on a simulation database (inverse simulate), a Parquet table or a CSV file with",
        "columns x_* (parameters) and y_* (observations), streamed through a memory-mapped file, so the data",
        "may exceed the heap. A fraction is held out for validation."},
    footer = {"", "Examples:", "  inverse train-offline experiments/ik/ik-cinn.json --data db/ik --set training.iterations=2000",
        "  inverse train-offline my-interior.json --data db/interior --out runs/interior-offline"})
public final class TrainOfflineCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON): flow, normalization, training")
  Path config;

  @Option(names = "--data", required = true, paramLabel = "DB", description = "database folder, Parquet or .csv")
  String data;

  @Option(names = "--out", paramLabel = "DIR", description = "run folder (default runs/<name>-offline-<time>)")
  Path out;

  @Option(names = "--validation-fraction", defaultValue = "0.05",
      description = "fraction of rows held out (default ${DEFAULT-VALUE}); the loss is validated on up to "
          + "training.validationSize of them")
  double validationFraction;

  @Option(names = "--cache", defaultValue = "${java.io.tmpdir}", paramLabel = "DIR",
      description = "folder of the temporary memory-mapped row file (default ${DEFAULT-VALUE})")
  Path cache;

  @Option(names = "--set", paramLabel = "SECTION.FIELD=VALUE", description = "override one config field")
  List<String> overrides = new ArrayList<>();

  @Mixin
  SparkOptions spark;

  @Override
  public Integer call() {
    ExperimentConfig cfg = ExperimentFiles.read(config, overrides);
    var session = spark.start("inverse train-offline " + cfg.name());
    BoundedTransform support = support(session);
    LoadedTable table = TableLoader.load(session, data, cache);
    try (var rows = table.data()) {
      if (rows.xDimension() != cfg.flow().dimension() || rows.yDimension() != cfg.flow().conditionDimension()) {
        throw new ShapeMismatchException(data + " has " + rows.xDimension() + " parameter and " + rows.yDimension()
            + " observation columns, the flow expects " + cfg.flow().dimension() + " and " + cfg.flow().conditionDimension(),
            new int[] {cfg.flow().dimension(), cfg.flow().conditionDimension()},
            new int[] {rows.xDimension(), rows.yDimension()});
      }
      System.out.printf(Locale.ROOT, "%d training rows from %s (%d skipped: not converged or not finite)%n",
          rows.size(), data, table.skipped());
      RunFolder folder = out != null ? RunFolder.at(out) : RunFolder.create(Path.of("runs"), cfg.name() + "-offline");
      train(cfg, table, support == null ? BoundedTransform.unbounded(rows.xDimension()) : support, folder);
      System.out.println("run folder: " + folder.path());
    }
    return 0;
  }

  private BoundedTransform support(org.apache.spark.sql.SparkSession session) {
    try {
      SimulationDatabase db = SimulationDatabase.open(session, data);
      return db.problem().prior().support();
    } catch (IllegalArgumentException e) {
      return null; // a plain table: no prior known, the parameters are unbounded
    }
  }

  private void train(ExperimentConfig cfg, LoadedTable table, BoundedTransform support, RunFolder folder) {
    TrainingConfig recipe = cfg.training();
    Rng seed = new Rng(recipe.seed());
    TrainValidation split = Splits.trainValidation(table.data(), validationFraction, seed.stream("split"));
    ParameterSpace xSpace = ParameterSpace.of(support);
    Standardization yNorm = Standardization.identity(table.data().yDimension());
    if (cfg.normalization() == Normalization.STANDARDIZE) {
      Batch sample = new BatchSource.Offline(split.train(), seed.stream("normalization")).batch(0,
          Math.min(10_000, split.train().size()));
      xSpace = ParameterSpace.fit(support, sample.x());
      yNorm = Standardization.fit(sample.y());
    }
    Batch validation = recipe.validationSize() > 0 ? first(split.validation(), recipe.validationSize()) : null;
    Flow flow = Flow.build(cfg.flow(), Precision.FLOAT32, seed.stream("model"), true);
    folder.writeJson(ExperimentRunner.CONFIG, cfg);
    folder.writeJson("provenance.json", Provenance.current(recipe.seed(), Provenance.sha256(table.source())));
    TrainingListener progress = new TrainingListener() {
      @Override
      public void validated(int iteration, double loss, boolean improved) {
        System.out.printf(Locale.ROOT, "  iteration %d: validation loss %.4f%n", iteration, loss);
      }
    };
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Offline(split.train(), seed.stream("training")), validation, progress));
    System.out.printf(Locale.ROOT, "training: %s in %.1f s%n", result.message(), result.seconds());
    ObjectNode run = Json.mapper().createObjectNode();
    run.set("config", Json.mapper().valueToTree(cfg));
    run.put("stopReason", result.stopReason().name());
    run.put("iterations", result.iterationsRun());
    run.put("data", table.source());
    run.set(RunModel.PARAMETERS, names(table.xColumns()));
    run.set(RunModel.OBSERVATIONS, names(table.yColumns()));
    try (Cinn cinn = new Cinn(flow, xSpace, yNorm, recipe.threads())) {
      CinnStore.save(folder.file(ExperimentRunner.MODEL), cinn, run);
    }
  }

  private static ArrayNode names(List<String> columns) {
    ArrayNode a = Json.mapper().createArrayNode();
    columns.forEach(c -> a.add(c.substring(2)));
    return a;
  }

  /** @return the first min(size, n) rows: the held-out rows are already in random order */
  private static Batch first(org.inversesuite.core.problem.Dataset d, int n) {
    int[] idx = new int[Math.min(n, d.size())];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return d.batch(idx);
  }
}
