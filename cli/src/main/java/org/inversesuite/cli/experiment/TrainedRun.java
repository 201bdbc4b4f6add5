package org.inversesuite.cli.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;

/**
 * A run folder whose training finished, read back for the commands that work on existing runs
 * ({@code evaluate}, {@code diagnose}): its resolved config, the problem it names and its model
 * file. Every refusal is an {@link IllegalArgumentException} whose message names the folder or
 * file and what to do, so the command line exits with code 2.
 */
public final class TrainedRun {
  private final RunFolder folder;
  private final ExperimentConfig config;
  private final CatalogEntry entry;
  private final InverseProblem problem;

  private TrainedRun(RunFolder folder, ExperimentConfig config) {
    this.folder = folder;
    this.config = config;
    this.entry = ProblemCatalog.byId(config.problem());
    this.problem = entry.problem().get();
  }

  /**
   * @param path the run folder
   * @param overrides "section.field=value" overrides of the stored config (see {@link ExperimentFiles})
   * @throws IllegalArgumentException if the folder, its config.json or its model.inn is missing, or the
   *     config is invalid
   */
  public static TrainedRun open(Path path, List<String> overrides) {
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("run folder not found: " + path);
    }
    Path configFile = path.resolve(ExperimentRunner.CONFIG);
    if (!Files.exists(configFile)) {
      throw new IllegalArgumentException(path + " is not a run folder: it has no " + ExperimentRunner.CONFIG);
    }
    if (!Files.exists(path.resolve(ExperimentRunner.MODEL))) {
      throw new IllegalArgumentException("run folder " + path + " has no " + ExperimentRunner.MODEL
          + " (did its training finish? inverse resume " + path + " finishes an interrupted run)");
    }
    return new TrainedRun(RunFolder.existing(path), ExperimentFiles.read(configFile, overrides));
  }

  /** @return the folder */
  public RunFolder folder() {
    return folder;
  }

  /** @return the resolved config (with any overrides applied) */
  public ExperimentConfig config() {
    return config;
  }

  /** @return the catalogue entry of the problem */
  public CatalogEntry entry() {
    return entry;
  }

  /** @return the problem the model was trained on */
  public InverseProblem problem() {
    return problem;
  }

  /** @return the root random stream of the run, {@code new Rng(training.seed)} */
  public Rng seed() {
    return new Rng(config.training().seed());
  }

  /** @return the model file */
  public Path modelFile() {
    return folder.file(ExperimentRunner.MODEL);
  }

  /**
   * @return the trained model, sampling on the config's threads; close it after use
   * @throws IllegalArgumentException if the model file is damaged or does not fit the problem
   */
  public Cinn loadModel() {
    Cinn cinn = CinnStore.load(modelFile(), config.training().threads());
    if (cinn.dimension() != problem.xDimension() || cinn.conditionDimension() != problem.yDimension()) {
      int d = cinn.dimension();
      int dy = cinn.conditionDimension();
      cinn.close();
      throw new IllegalArgumentException(modelFile() + " maps " + dy + " observation values to " + d
          + " parameters, but problem '" + problem.id() + "' has " + problem.yDimension() + " and "
          + problem.xDimension());
    }
    return cinn;
  }
}
