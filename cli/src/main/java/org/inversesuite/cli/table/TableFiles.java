package org.inversesuite.cli.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Writes the benchmark table as markdown ({@value #MARKDOWN}) and CSV ({@value #CSV}), atomically;
 * rows not computed yet ({@link TableRow#notRun}) read "not run" (CSV column {@code status}).
 */
public final class TableFiles {
  /** The markdown table. */
  public static final String MARKDOWN = "table.md";
  /** The same rows as CSV. */
  public static final String CSV = "table.csv";
  /** One row per (task, method, observation). */
  public static final String OBSERVATIONS_CSV = "observations.csv";

  private TableFiles() {}

  /** Writes all three files into the run folder. */
  public static void write(RunFolder folder, List<TableRow> rows, List<List<String>> perObservation,
      TableSettings settings, String command) {
    folder.writeCsv(CSV, List.of("task", "method", "mmd2_mean", "mmd2_median", "resimulation_mean", "parameters",
        "training_seconds", "ms_per_posterior", "observations", "failed", "status"), csvRows(rows));
    folder.writeCsv(OBSERVATIONS_CSV, List.of("task", "method", "observation", "mmd2", "resimulation",
        "ms_per_posterior"), perObservation);
    AtomicFiles.write(folder.file(MARKDOWN), markdown(rows, settings, command).getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> csvRows(List<TableRow> rows) {
    List<List<String>> out = new ArrayList<>();
    for (TableRow r : rows) {
      out.add(List.of(r.task(), '"' + r.method() + '"', Double.toString(r.mmd2()), Double.toString(r.mmd2Median()),
          Double.toString(r.resimulation()), Long.toString(r.parameters()), Double.toString(r.trainingSeconds()),
          Double.toString(r.msPerPosterior()), Integer.toString(r.observations()), Integer.toString(r.failed()),
          r.finished() ? "done" : "not run"));
    }
    return out;
  }

  /** @return the markdown text: one table per task */
  public static String markdown(List<TableRow> rows, TableSettings settings, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark table (Kruse et al. 2021 tasks)\n\n");
    sb.append("Command: `").append(command).append("`\n\n");
    sb.append(String.format(Locale.ROOT, "%d test observations per task, %d posterior samples each; every method "
        + "trained for %d steps of batch %d (seed %d).%n%n", settings.observations(), settings.samples(),
        settings.budget().steps(), settings.budget().batchSize(), settings.budget().seed()));
    String task = null;
    for (TableRow r : rows) {
      if (!r.task().equals(task)) {
        task = r.task();
        sb.append("\n## ").append(task).append("\n\n");
        sb.append("| method | MMD² mean | MMD² median | re-simulation error | parameters | training s "
            + "| ms per posterior | failed |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      }
      if (!r.finished()) {
        sb.append("| ").append(r.method()).append(" | not run | | | | | | |\n");
        continue;
      }
      sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.5f | %,d | %.1f | %.1f | %d |%n", r.method(),
          r.mmd2(), r.mmd2Median(), r.resimulation(), r.parameters(), r.trainingSeconds(), r.msPerPosterior(),
          r.failed()));
    }
    return sb.toString();
  }
}
