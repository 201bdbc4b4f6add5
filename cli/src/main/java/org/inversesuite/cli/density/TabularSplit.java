package org.inversesuite.cli.density;

import java.nio.file.Path;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.LabelledCsv;

/**
 * One tabular data set prepared for density estimation: the label column dropped; if every
 * value is an integer (pixel counts, as in digits), uniform dequantisation noise u ~ U(0, 1)
 * added (Theis et al. 2016), since a continuous density on integers is unbounded; rows split
 * at random 70 / 15 / 15 into train, validation and test; every part standardised with the
 * mean and standard deviation of the training part.
 *
 * @param name the file name without extension
 * @param train standardised training rows
 * @param validation standardised validation rows (model selection and early stopping)
 * @param test standardised held-out rows
 * @param dequantised whether noise was added
 */
public record TabularSplit(String name, Matrix train, Matrix validation, Matrix test, boolean dequantised) {
  /** Reads and prepares a file; {@code rng} draws the noise ("dequantise") and the split ("split"). */
  public static TabularSplit load(Path file, Rng rng) {
    CsvTable table = LabelledCsv.read(file);
    Matrix all = table.values();
    int n = all.rows();
    int d = all.cols() - 1;
    Matrix x = new DoubleMatrix(n, d);
    boolean integers = true;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double v = all.get(r, j);
        x.set(r, j, v);
        integers &= v == Math.rint(v);
      }
    }
    if (integers) {
      Rng noise = rng.stream("dequantise");
      for (int i = 0; i < x.size(); i++) {
        x.set(i, x.get(i) + noise.uniform());
      }
    }
    int[] order = rng.stream("split").permutation(n);
    int nTrain = (int) Math.round(0.7 * n);
    int nValidation = (int) Math.round(0.15 * n);
    Matrix train = rows(x, order, 0, nTrain);
    Matrix validation = rows(x, order, nTrain, nTrain + nValidation);
    Matrix test = rows(x, order, nTrain + nValidation, n);
    Standardization s = Standardization.fit(train);
    s.apply(train, train);
    s.apply(validation, validation);
    s.apply(test, test);
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    return new TabularSplit(name, train, validation, test, integers);
  }

  private static Matrix rows(Matrix x, int[] order, int from, int to) {
    Matrix out = new DoubleMatrix(to - from, x.cols());
    for (int i = from; i < to; i++) {
      out.copyRows(x, order[i], i - from, 1);
    }
    return out;
  }

  /** @return the number of features */
  public int dimension() {
    return train.cols();
  }
}
