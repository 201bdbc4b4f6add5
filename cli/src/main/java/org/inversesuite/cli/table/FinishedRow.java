package org.inversesuite.cli.table;

import java.util.List;

/**
 * Everything the final table needs of one (task, method) row, stored as one file as soon as the
 * row is done: the settings it was computed with, the summary row, the per-observation scores and
 * the samples drawn for the pictures.
 *
 * @param settings what the row depends on
 * @param row the summary (means, medians, parameters, timings)
 * @param mmd2 MMD² per observation (NaN where the samples failed)
 * @param resimulation re-simulation error per observation
 * @param millis wall time of each posterior in ms
 * @param pictures samples of the first observations, [observation][sample][dimension]; for the
 *     reference row the ground-truth samples
 */
public record FinishedRow(TaskSettings settings, TableRow row, double[] mmd2, double[] resimulation, double[] millis,
    List<double[][]> pictures) {
  /** Checks that the per-observation arrays match the row. */
  public FinishedRow {
    int n = row.observations();
    if (mmd2.length != n || resimulation.length != n || millis.length != n || n != settings.observations()) {
      throw new IllegalArgumentException("row " + row.task() + " / " + row.method() + " has " + n + " observations but "
          + mmd2.length + ", " + resimulation.length + " and " + millis.length + " scores; settings say "
          + settings.observations());
    }
    pictures = List.copyOf(pictures);
  }
}
