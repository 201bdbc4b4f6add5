package org.inversesuite.cli.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.plot.LossCurvePlot;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.diagnostics.GroundTruthComparison;
import org.inversesuite.core.diagnostics.ObservationQuality;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CheckpointStore;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Checkpointer;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.inversesuite.core.train.TrainingState;

/**
 * Runs one {@link ExperimentConfig} end to end: train the cINN on the problem's simulator
 * (online), save the model, draw posteriors for the held-out observations, compare them with
 * rejection-ABC ground truth, and write metrics and plots into the run folder.
 *
 * <p>Random streams, all derived from {@code training.seed}: "model" (weights, permutations),
 * "normalization", "validation", "training", "observations", "sampling", "abc".
 */
public final class ExperimentRunner {
  private final PrintStream out;
  private final boolean quiet;

  /**
   * @param out where the summary goes (progress goes to standard error)
   * @param quiet no progress bars
   */
  public ExperimentRunner(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  /** File names inside a run folder. */
  public static final String CONFIG = "config.json";
  /** The training checkpoint, written every {@code checkpointInterval} steps. */
  public static final String CHECKPOINT = "checkpoint.ckpt";
  /** The trained model, written when training ends. */
  public static final String MODEL = "model.inn";
  /** The final metrics, written last. */
  public static final String METRICS = "metrics.json";

  /** The pieces of a run that are rebuilt identically from its config (and seed). */
  private record Setup(ExperimentConfig config, CatalogEntry entry, InverseProblem problem, Rng seed,
      ParameterSpace xSpace, Standardization yNorm, Flow flow, Batch validation, double constant) {}

  /** Runs the experiment into {@code folder}. */
  public RunReport run(ExperimentConfig config, RunFolder folder) {
    folder.writeJson(CONFIG, config);
    Setup setup = prepare(config, folder, true);
    TrainingResult trained = train(setup, folder, null);
    return finish(setup, folder, trained);
  }

  /**
   * Continues a run that was interrupted (even by {@code kill -9}) from its last checkpoint and
   * finishes it; the result equals that of an uninterrupted run with the same config.
   */
  public RunReport resume(RunFolder folder) {
    Path configFile = folder.file(CONFIG);
    if (!Files.exists(configFile)) {
      throw new IllegalArgumentException(folder.path() + " is not a run folder: it has no " + CONFIG);
    }
    if (Files.exists(folder.file(METRICS))) {
      throw new IllegalArgumentException("run " + folder.path() + " has already finished (" + METRICS + " exists)");
    }
    Path checkpointFile = folder.file(CHECKPOINT);
    if (!Files.exists(checkpointFile)) {
      throw new IllegalArgumentException("run " + folder.path() + " has no " + CHECKPOINT
          + ": it stopped before its first checkpoint; start it again with inverse train");
    }
    ExperimentConfig config = ExperimentFiles.read(configFile, List.of());
    Setup setup = prepare(config, folder, false);
    CheckpointStore.Checkpoint checkpoint = CheckpointStore.load(checkpointFile, config.training());
    setup.flow().parameters().assign(checkpoint.parameters());
    out.println("resuming " + folder.path() + " at iteration " + checkpoint.state().iteration() + " of "
        + config.training().iterations());
    TrainingResult trained = train(setup, folder, checkpoint.state());
    return finish(setup, folder, trained);
  }

  private Setup prepare(ExperimentConfig config, RunFolder folder, boolean fresh) {
    CatalogEntry entry = ProblemCatalog.byId(config.problem());
    InverseProblem problem = entry.problem().get();
    if (problem.xDimension() != config.flow().dimension() || problem.yDimension() != config.flow().conditionDimension()) {
      throw new ShapeMismatchException("problem '" + problem.id() + "' has x of width " + problem.xDimension()
          + " and y of width " + problem.yDimension() + ", but the flow in the config expects "
          + config.flow().dimension() + " and " + config.flow().conditionDimension(),
          new int[] {config.flow().dimension(), config.flow().conditionDimension()},
          new int[] {problem.xDimension(), problem.yDimension()});
    }
    TrainingConfig recipe = config.training();
    Rng seed = new Rng(recipe.seed());
    String fingerprint = Provenance.sha256(problem.id() + "\n" + Json.mapper().valueToTree(config).toString());
    Provenance provenance = Provenance.current(recipe.seed(), fingerprint);
    folder.writeJson(fresh ? "provenance.json" : "provenance-resumed.json", provenance);
    if (!provenance.nd4j().oneDnn()) {
      out.println("warning: the ND4J native build without oneDNN loaded; convolutions will be slower");
    }
    ParameterSpace xSpace = ParameterSpace.of(problem.prior().support());
    Standardization yNorm = Standardization.identity(problem.yDimension());
    if (config.normalization() == Normalization.STANDARDIZE) {
      Batch sample = problem.simulate(10_000, seed.stream("normalization"));
      xSpace = ParameterSpace.fit(problem.prior().support(), sample.x());
      yNorm = Standardization.fit(sample.y());
    }
    Flow flow = Flow.build(config.flow(), Precision.FLOAT32, seed.stream("model"), fresh);
    Batch validation = recipe.validationSize() > 0 ? problem.simulate(recipe.validationSize(), seed.stream("validation"))
        : null;
    double constant = 0.5 * problem.xDimension() * Math.log(2 * Math.PI) - xSpace.standardization().logDet();
    return new Setup(config, entry, problem, seed, xSpace, yNorm, flow, validation, constant);
  }

  private TrainingResult train(Setup s, RunFolder folder, TrainingState state) {
    TrainingConfig recipe = s.config().training();
    double constant = s.constant();
    TrainingResult trained;
    int first = state == null ? 0 : state.iteration();
    try (ProgressBar bar = new ProgressBar("training", recipe.iterations(), "it", quiet)) {
      TrainingListener listener = new TrainingListener() {
        private double lastValidation = Double.NaN;

        @Override
        public void iteration(int iteration, double loss, double learningRate) {
          bar.update(iteration + 1, String.format(Locale.ROOT, "nll %.3f val %.3f", loss + constant, lastValidation));
        }

        @Override
        public void validated(int iteration, double validationLoss, boolean improved) {
          lastValidation = validationLoss + constant;
        }
      };
      bar.update(first, "");
      Checkpointer checkpointer = (flow, st) -> CheckpointStore.save(folder.file(CHECKPOINT), flow, st);
      Trainer.Inputs inputs = new Trainer.Inputs(s.xSpace(), s.yNorm(),
          new BatchSource.Online(s.problem(), s.seed().stream("training")), s.validation(), listener, checkpointer,
          s.config().checkpointInterval());
      Trainer trainer = new Trainer(recipe, Kernels.FASTEST);
      trained = state == null ? trainer.train(s.flow(), inputs) : trainer.resume(s.flow(), inputs, state);
    }
    out.println("training: " + trained.message() + String.format(Locale.ROOT, " in %.1f s", trained.seconds()));
    writeHistory(folder, trained, constant);
    LossCurvePlot.save(folder.file("loss.png"), trained.history(), constant, "Training of " + s.config().name());
    return trained;
  }

  private RunReport finish(Setup s, RunFolder folder, TrainingResult trained) {
    ExperimentConfig config = s.config();
    try (Cinn cinn = new Cinn(s.flow(), s.xSpace(), s.yNorm(), config.training().threads())) {
      var run = Json.mapper().createObjectNode();
      run.set("config", Json.mapper().valueToTree(config));
      run.put("stopReason", trained.stopReason().name());
      run.put("iterations", trained.iterationsRun());
      CinnStore.save(folder.file(MODEL), cinn, run);
      double validationNll = trained.history().isEmpty() ? Double.NaN
          : trained.history().get(trained.history().size() - 1).validationLoss() + s.constant();
      double millis = timeSampling(cinn, s.problem(), s.seed());
      List<ObservationQuality> quality = new GroundTruthEvaluation(config, s.entry(), s.problem(), s.seed(), quiet)
          .evaluate(cinn, folder);
      double mmd = GroundTruthComparison.mean(quality, ObservationQuality::mmd2);
      double resim = GroundTruthComparison.mean(quality, ObservationQuality::resimulation);
      double floor = GroundTruthComparison.mean(quality, ObservationQuality::groundTruthHalfMmd2);
      RunReport report = new RunReport(folder.path(), trained, validationNll, quality, mmd, resim, floor, millis);
      folder.writeJson(METRICS, report);
      return report;
    }
  }

  private static void writeHistory(RunFolder folder, TrainingResult trained, double constant) {
    List<List<String>> rows = new ArrayList<>();
    for (TrainingResult.Point p : trained.history()) {
      rows.add(List.of(Integer.toString(p.iteration()), Double.toString(p.trainLoss() + constant),
          Double.toString(p.validationLoss() + constant), Double.toString(p.learningRate()),
          Double.toString(p.seconds())));
    }
    folder.writeCsv("training.csv", List.of("iteration", "train_nll", "validation_nll", "learning_rate", "seconds"), rows);
  }

  private static double timeSampling(Cinn cinn, InverseProblem problem, Rng seed) {
    double[] y = problem.simulate(1, seed.stream("timing")).y().toRows()[0];
    for (int i = 0; i < 20; i++) {
      cinn.sample(y, 1000, seed.stream("timing-warmup"));
    }
    double[] ms = new double[21];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      cinn.sample(y, 1000, seed.stream(i));
      ms[i] = (System.nanoTime() - t) * 1e-6;
    }
    java.util.Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
