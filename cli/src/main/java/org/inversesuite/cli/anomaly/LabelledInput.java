package org.inversesuite.cli.anomaly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inversesuite.anomaly.table.TextTable;
import org.inversesuite.data.io.DataFormatException;

/**
 * A CSV table with an optional label column: the rows, which are normal, and the column names
 * that are not inputs. Shared by the anomaly subcommands; every data problem becomes an
 * {@link IllegalArgumentException} (exit code 2) carrying the file, line and column.
 */
final class LabelledInput {
  private LabelledInput() {}

  /** Reads {@code path}, turning data errors into invalid-input errors. */
  static TextTable read(Path path) {
    try {
      return TextTable.read(path);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** @return the ignored columns: the label column, if given */
  static Set<String> ignored(String labelColumn) {
    return labelColumn == null ? Set.of() : Set.of(labelColumn);
  }

  /**
   * @return per row whether it is anomalous (its label differs from {@code normalLabel})
   * @throws IllegalArgumentException if the label column is missing or the normal label never occurs
   */
  static boolean[] anomalous(TextTable table, String labelColumn, String normalLabel) {
    int j = table.indexOf(labelColumn);
    if (j < 0) {
      throw new IllegalArgumentException(table.source() + ": no label column '" + labelColumn + "' (columns: "
          + table.columns() + ")");
    }
    boolean[] out = new boolean[table.rows()];
    boolean seen = false;
    List<String> labels = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      String label = table.cells().get(r)[j].strip();
      out[r] = !label.equals(normalLabel);
      seen |= !out[r];
      if (!labels.contains(label) && labels.size() < 20) {
        labels.add(label);
      }
    }
    if (!seen) {
      throw new IllegalArgumentException(table.source() + ": no row has " + labelColumn + " = '" + normalLabel
          + "' (labels found: " + labels + ")");
    }
    return out;
  }

  /** @return the rows of {@code table} whose flag is {@code keep} */
  static TextTable rows(TextTable table, boolean[] anomalous, boolean keep) {
    List<String[]> cells = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      if (anomalous[r] == keep) {
        cells.add(table.cells().get(r));
        lines.add(table.lines()[r]);
      }
    }
    return new TextTable(table.source(), table.columns(), cells, lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Refuses to overwrite {@code output} unless {@code force}. */
  static void checkOutput(Path output, boolean force) {
    if (Files.exists(output) && !force) {
      throw new IllegalArgumentException(output + " exists; use --force to overwrite it");
    }
  }
}
