package org.inversesuite.imaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.experiment.RunContext;

/**
 * How the imaging benchmark runners run an experiment through the same runs as
 * {@code inverse train}: the config file from a system property (relative to the repository
 * root, with a default), the image folder from a second system property (e.g. from a git
 * worktree, where {@code ../shared} is not beside the repository) or the config's, starting
 * models resolved against the repository root, outputs in {@code target/<folder>}, and the log
 * and the result on standard output (no progress bar).
 */
public final class BenchmarkContext implements RunContext {
  private static final Path ROOT = Path.of("..");
  private final Path folder;
  private final String imagesOverride;

  /**
   * @param folder the output folder, e.g. {@code target/hinet}
   * @param imagesProperty system property overriding the image folder
   */
  public BenchmarkContext(Path folder, String imagesProperty) {
    this.folder = folder;
    this.imagesOverride = System.getProperty(imagesProperty);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param configProperty system property naming the config file
   * @param defaultConfig config file relative to the repository root
   * @param type the config record
   * @return the parsed config
   */
  public static <E> E config(String configProperty, String defaultConfig, Class<E> type) throws IOException {
    return Json.mapper().readValue(ROOT.resolve(System.getProperty(configProperty, defaultConfig)).toFile(), type);
  }

  @Override
  public Path folder() {
    return folder;
  }

  @Override
  public Path data(String configured) {
    return imagesOverride != null ? Path.of(imagesOverride) : ROOT.resolve(configured);
  }

  @Override
  public Path startingModel(String configured, String field) {
    Path file = ROOT.resolve(configured);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(field + " " + configured + " not found (relative to the repository root): run the"
          + " stage that writes it first");
    }
    return file;
  }

  @Override
  public void progress(long done, long total, String text) {
  }

  @Override
  public void log(String line) {
    System.out.println(line);
  }

  @Override
  public void report(String line) {
    System.out.println(line);
  }
}
