package org.inversesuite.anomaly.benchmark;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The one-class protocol: the rows of the normal class are shuffled with the seed, the first
 * {@code trainFraction} of them train, and the test set is the remaining normal rows plus every
 * row of the other classes (the anomalies).
 *
 * @param train normal training rows
 * @param test test rows
 * @param anomalous the truth for each test row
 */
public record OneClassSplit(Matrix train, Matrix test, boolean[] anomalous) {
  /** Splits {@code table} with class {@code normal} as the normal class. */
  public static OneClassSplit of(LabelledTable table, int normal, double trainFraction, long seed) {
    int n = table.labels().length;
    int count = 0;
    for (int l : table.labels()) {
      count += l == normal ? 1 : 0;
    }
    int[] normalRows = new int[count];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (table.labels()[i] == normal) {
        normalRows[k++] = i;
      }
    }
    int[] perm = new Rng(seed).stream("split").permutation(count);
    int nTrain = (int) Math.round(count * trainFraction);
    Matrix x = table.x();
    Matrix train = Matrix.zeros(Precision.FLOAT64, nTrain, x.cols());
    for (int i = 0; i < nTrain; i++) {
      train.copyRows(x, normalRows[perm[i]], i, 1);
    }
    int nTest = n - nTrain;
    Matrix test = Matrix.zeros(Precision.FLOAT64, nTest, x.cols());
    boolean[] anomalous = new boolean[nTest];
    int t = 0;
    for (int i = nTrain; i < count; i++) {
      test.copyRows(x, normalRows[perm[i]], t++, 1);
    }
    for (int i = 0; i < n; i++) {
      if (table.labels()[i] != normal) {
        anomalous[t] = true;
        test.copyRows(x, i, t++, 1);
      }
    }
    return new OneClassSplit(train, test, anomalous);
  }
}
