package org.inversesuite.cli.table;

import java.util.Arrays;
import java.util.List;

/** Per-observation figures of one method, folded into a {@link TableRow} and stored as a {@link FinishedRow}. */
final class ObservationScores {
  private final double[] mmd2;
  private final double[] resimulation;
  private final double[] millis;

  ObservationScores(int observations) {
    mmd2 = new double[observations];
    resimulation = new double[observations];
    millis = new double[observations];
  }

  void set(int j, double mmd, double resim, double ms) {
    mmd2[j] = mmd;
    resimulation[j] = resim;
    millis[j] = ms;
  }

  /** @return the finished row: means and medians over the observations whose MMD² is finite, plus the scores */
  FinishedRow finish(TaskSettings settings, String method, long parameters, double trainingSeconds,
      List<double[][]> pictures) {
    int failed = (int) Arrays.stream(mmd2).filter(Double::isNaN).count();
    TableRow row = new TableRow(settings.task(), method, mean(mmd2), median(mmd2), mean(resimulation), parameters,
        trainingSeconds, median(millis), mmd2.length, failed);
    return new FinishedRow(settings, row, mmd2.clone(), resimulation.clone(), millis.clone(), pictures);
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN);
  }

  private static double median(double[] v) {
    double[] s = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
    if (s.length == 0) {
      return Double.NaN;
    }
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }
}
