package org.inversesuite.cli.table;

import java.util.Arrays;

/** Per-observation figures of one method, folded into a {@link TableRow}. */
final class ObservationScores {
  private final double[] mmd2;
  private final double[] resimulation;
  private final double[] millis;
  private int failed;

  ObservationScores(int observations) {
    mmd2 = new double[observations];
    resimulation = new double[observations];
    millis = new double[observations];
  }

  void set(int j, double mmd, double resim, double ms) {
    mmd2[j] = mmd;
    resimulation[j] = resim;
    millis[j] = ms;
    if (Double.isNaN(mmd)) {
      failed++;
    }
  }

  double mmd2(int j) {
    return mmd2[j];
  }

  double resimulation(int j) {
    return resimulation[j];
  }

  double millis(int j) {
    return millis[j];
  }

  TableRow row(String task, String method, long parameters, double trainingSeconds) {
    return new TableRow(task, method, mean(mmd2), median(mmd2), mean(resimulation), parameters, trainingSeconds,
        median(millis), mmd2.length, failed);
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
