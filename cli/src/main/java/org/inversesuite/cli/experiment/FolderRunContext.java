package org.inversesuite.cli.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.experiment.RunContext;

/**
 * The {@link RunContext} of a domain run of {@code inverse train}: writes into the run folder,
 * shows a progress bar on standard error, appends the log to {@value #LOG}, prints the result
 * on standard output, reads the data from {@code --images} or the config's folder (relative to
 * the working directory, the repository root), and resolves a staged config's starting model.
 *
 * <p>A starting model is the config's path when that file exists; otherwise the
 * {@code model.invmodel} of the newest finished run (one with a {@value ExperimentRunner#METRICS})
 * beside this run (in {@code runs/} by default) whose config is named as the file
 * ({@code imaging/target/hinet/hinet-8bit-6-long6.invmodel}, as the benchmark runner names it,
 * → a run of {@code "name": "hinet-8bit-6-long6"}; {@code <name>-weights.npy} likewise), so the
 * stages of a chain train one after the other; otherwise the run is refused, naming both.
 */
final class FolderRunContext implements RunContext, AutoCloseable {
  /** The run's log, in the run folder. */
  static final String LOG = "training.log";
  private static final String MODEL = "model.invmodel";
  private final RunFolder folder;
  private final PrintStream out;
  private final boolean quiet;
  private final Path images;
  private final Path runs;
  private final BufferedWriter log;
  private ProgressBar bar;

  /**
   * @param images the image folder the user gave in place of the config's, or null
   * @param runs the folder of earlier runs (the parent of this one), searched for starting models
   */
  FolderRunContext(RunFolder folder, PrintStream out, boolean quiet, Path images, Path runs) {
    this.folder = folder;
    this.out = out;
    this.quiet = quiet;
    this.images = images;
    this.runs = runs;
    try {
      this.log = Files.newBufferedWriter(folder.file(LOG), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.file(LOG) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Path folder() {
    return folder.path();
  }

  @Override
  public Path data(String configured) {
    return images != null ? images : Path.of(configured);
  }

  @Override
  public Path startingModel(String configured, String field) {
    Path file = Path.of(configured);
    if (Files.isRegularFile(file)) {
      return file;
    }
    String name = file.getFileName().toString().replaceAll("(-weights)?\\.(invmodel|npy)$", "");
    Optional<Path> run = newestRun(name);
    if (run.isPresent()) {
      report("note: " + field + " " + configured + " does not exist; starting from the newest finished run of " + name
          + ": " + run.get());
      return run.get();
    }
    Path config = Path.of("experiments", "imaging", name + ".json");
    throw new IllegalArgumentException("starting model not found: " + field + " " + configured + " does not exist and no"
        + " finished run of " + name + " is in " + runs + "; train "
        + (Files.isRegularFile(config) ? config : "the experiment " + name) + " first, or name a model with --set "
        + field + "=FILE");
  }

  private Optional<Path> newestRun(String name) {
    if (!Files.isDirectory(runs)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(runs)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(MODEL)) && Files.isRegularFile(p.resolve(ExperimentRunner.METRICS)))
          .filter(p -> name.equals(configName(p)))
          .max(Comparator.comparing(p -> p.resolve(MODEL).toFile().lastModified())).map(p -> p.resolve(MODEL));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + runs + ": " + e.getMessage(), e);
    }
  }

  /** @return the experiment name in a run folder's config.json, or null when it has none or cannot be read */
  private static String configName(Path run) {
    try {
      return Json.mapper().readTree(run.resolve(ExperimentRunner.CONFIG).toFile()).path("name").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void progress(long done, long total, String text) {
    if (bar == null) {
      bar = new ProgressBar("training", total, "it", quiet);
    }
    bar.update(done, text);
  }

  @Override
  public void log(String line) {
    try {
      log.write(line);
      log.newLine();
      log.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.file(LOG) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void report(String line) {
    closeBar();
    out.println(line);
    log(line);
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public void close() {
    closeBar();
    try {
      log.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.file(LOG) + ": " + e.getMessage(), e);
    }
  }
}
