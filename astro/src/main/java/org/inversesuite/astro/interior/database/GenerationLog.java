package org.inversesuite.astro.interior.database;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.io.AtomicFiles;

/**
 * The provenance of a database: one entry per generation run that computed chunks (a resumed
 * database has several), each with the code version, git commit, Java, machine, the seed and the
 * manifest's fingerprint ({@link Provenance}), the chunks it wrote and its wall time. Stored as
 * a JSON array in {@value #FILE}, rewritten atomically.
 */
public final class GenerationLog {
  /** File name inside the database directory. */
  public static final String FILE = "provenance.json";

  /**
   * One generation run.
   *
   * @param provenance code version, commit, machine, seed, data fingerprint
   * @param threads worker threads
   * @param chunks the chunk indices this run computed
   * @param seconds its wall time
   */
  public record Run(Provenance provenance, int threads, List<Integer> chunks, double seconds) {
    /** Copies the list. */
    public Run {
      chunks = List.copyOf(chunks);
    }
  }

  private GenerationLog() {}

  /** @return the runs recorded in {@code dir}, oldest first (empty if none) */
  public static List<Run> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Json.mapper().readValue(file.toFile(), new TypeReference<List<Run>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Appends a run to the log of {@code dir}. */
  public static void append(Path dir, Run run) {
    List<Run> runs = new ArrayList<>(read(dir));
    runs.add(run);
    try {
      AtomicFiles.write(dir.resolve(FILE), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(runs));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }
}
