package org.inversesuite.cli.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Builds the table files of a run folder from every finished row in its {@link RowStore}: the
 * reference row and every registered method for every task, a row that has not been computed
 * with the run's settings shown as "not run". Called after each piece of a run, so the table
 * always shows what is done so far.
 */
public final class TableAssembly {
  private final TableSettings settings;
  private final PrintStream log;

  /** @param log notes on stored rows left out */
  public TableAssembly(TableSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * Writes {@code table.md}, {@code table.csv}, {@code observations.csv} and the posterior
   * pictures of the finished rows.
   *
   * @param tasks the tasks of the full table, in order
   * @param methods the method names of the full table, in order (without the reference row)
   * @return the markdown table
   */
  public String write(RunFolder folder, RowStore store, List<BenchmarkTask> tasks, List<String> methods,
      String command) {
    List<TableRow> rows = new ArrayList<>();
    List<List<String>> perObservation = new ArrayList<>();
    for (BenchmarkTask task : tasks) {
      TaskSettings key = TaskSettings.of(settings, task);
      List<String> names = new ArrayList<>();
      names.add(BenchmarkTableRun.ABC_ROW);
      names.addAll(methods);
      List<FinishedRow> finished = new ArrayList<>();
      for (String name : names) {
        Optional<FinishedRow> row = store.load(task.name(), name).filter(r -> matches(r, key));
        rows.add(row.map(FinishedRow::row).orElse(TableRow.notRun(task.name(), name)));
        row.ifPresent(r -> {
          finished.add(r);
          addObservationRows(perObservation, r);
        });
      }
      drawPictures(folder, task, finished);
    }
    TableFiles.write(folder, rows, perObservation, settings, command);
    return TableFiles.markdown(rows, settings, command);
  }

  private boolean matches(FinishedRow row, TaskSettings key) {
    List<String> diff = row.settings().differences(key);
    if (!diff.isEmpty()) {
      log.printf(Locale.ROOT, "[%s] %s: stored with other settings (%s), shown as not run%n", key.task(),
          row.row().method(), String.join("; ", diff));
    }
    return diff.isEmpty();
  }

  /** One picture per observation j: every finished method's samples, then the ground truth. */
  private void drawPictures(RunFolder folder, BenchmarkTask task, List<FinishedRow> finished) {
    Optional<FinishedRow> truth = finished.stream().filter(r -> r.row().method().equals(BenchmarkTableRun.ABC_ROW))
        .findFirst();
    if (truth.isEmpty()) {
      return;
    }
    double[][] ys = observations(task);
    for (int j = 0; j < Math.min(settings.pictures(), truth.get().pictures().size()); j++) {
      List<Matrix> panels = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (FinishedRow r : finished) {
        if (r != truth.get() && j < r.pictures().size()) {
          panels.add(Matrix.of(Precision.FLOAT64, r.pictures().get(j)));
          labels.add(r.row().method());
        }
      }
      panels.add(Matrix.of(Precision.FLOAT64, truth.get().pictures().get(j)));
      labels.add("rejection ABC ground truth");
      task.picture().save(folder.file(task.name() + "-posterior-" + j + ".png"), panels, labels, ys[j]);
    }
  }

  /** @return the first observations of the task, simulated exactly as {@link BenchmarkTableRun} does */
  private double[][] observations(BenchmarkTask task) {
    return BenchmarkTableRun.observations(task, settings.seed(), settings.observations()).toRows();
  }

  private static void addObservationRows(List<List<String>> out, FinishedRow r) {
    for (int j = 0; j < r.mmd2().length; j++) {
      out.add(List.of(r.row().task(), r.row().method(), Integer.toString(j), Double.toString(r.mmd2()[j]),
          Double.toString(r.resimulation()[j]), Double.toString(r.millis()[j])));
    }
  }
}
