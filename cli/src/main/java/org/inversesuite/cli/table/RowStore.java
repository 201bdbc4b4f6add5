package org.inversesuite.cli.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;

/**
 * The finished rows of a table run, one JSON file per (task, method) in {@code rows/} of the run
 * folder, each written atomically the moment the row is done. A run killed at any point leaves
 * only complete rows behind; rerunning skips them.
 */
public final class RowStore {
  /** Sub-folder of the run folder holding the rows. */
  public static final String FOLDER = "rows";

  private final Path dir;

  /** @param runFolder the run folder */
  public RowStore(Path runFolder) {
    this.dir = runFolder.resolve(FOLDER);
  }

  /** @return the file of a row: {@code rows/<task>--<method in lower case, non-alphanumerics as '-'>.json} */
  public Path file(String task, String method) {
    String slug = method.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return dir.resolve(task + "--" + slug + ".json");
  }

  /** Writes a finished row atomically, replacing an older one. */
  public void save(FinishedRow row) {
    try {
      AtomicFiles.write(file(row.row().task(), row.row().method()), Json.mapper().writeValueAsBytes(row));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write row " + row.row().method() + ": " + e.getMessage(), e);
    }
  }

  /**
   * @return the stored row of (task, method), empty if there is none
   * @throws IllegalArgumentException if the file is malformed
   */
  public Optional<FinishedRow> load(String task, String method) {
    Path file = file(task, method);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      FinishedRow row = Json.mapper().readValue(file.toFile(), FinishedRow.class);
      if (!row.row().task().equals(task) || !row.row().method().equals(method)) {
        throw new IllegalArgumentException(file + " holds the row " + row.row().task() + " / " + row.row().method()
            + ", expected " + task + " / " + method);
      }
      return Optional.of(row);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the finished row " + file + ": " + e.getMessage(), e);
    }
  }
}
