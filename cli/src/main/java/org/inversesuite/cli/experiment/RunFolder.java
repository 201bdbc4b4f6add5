package org.inversesuite.cli.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;

/**
 * The folder of one run: resolved config, provenance, metrics, model, plots and samples. Every
 * file is written atomically, so a killed run never leaves a half-written file.
 */
public final class RunFolder {
  private final Path path;

  private RunFolder(Path path) {
    this.path = path;
  }

  /**
   * Creates {@code parent/<name>-<yyyyMMdd-HHmmss>} (with a numeric suffix if it exists).
   */
  public static RunFolder create(Path parent, String name) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    Path p = parent.resolve(name + "-" + stamp);
    for (int i = 2; Files.exists(p); i++) {
      p = parent.resolve(name + "-" + stamp + "-" + i);
    }
    return at(p);
  }

  /** Uses {@code path} as the run folder, creating it; an existing non-empty folder is refused. */
  public static RunFolder at(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (var entries = Files.list(path)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("run folder " + path + " exists and is not empty; choose another --out");
          }
        }
      }
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run folder " + path + ": " + e.getMessage(), e);
    }
    return new RunFolder(path);
  }

  /** Opens an existing run folder (to resume it). */
  public static RunFolder existing(Path path) {
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("run folder not found: " + path);
    }
    return new RunFolder(path);
  }

  /** @return the folder */
  public Path path() {
    return path;
  }

  /** @return a file in the folder */
  public Path file(String name) {
    return path.resolve(name);
  }

  /** Writes a value as pretty JSON. */
  public Path writeJson(String name, Object value) {
    try {
      byte[] bytes = Json.mapper().writeValueAsBytes(value);
      AtomicFiles.write(file(name), bytes);
      return file(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file(name) + ": " + e.getMessage(), e);
    }
  }

  /** Writes a CSV file with a header and rows of already formatted cells. */
  public Path writeCsv(String name, List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
    for (List<String> row : rows) {
      sb.append(String.join(",", row)).append('\n');
    }
    AtomicFiles.write(file(name), sb.toString().getBytes(StandardCharsets.UTF_8));
    return file(name);
  }
}
