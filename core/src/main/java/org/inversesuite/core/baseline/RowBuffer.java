package org.inversesuite.core.baseline;

import java.util.Arrays;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/** A growable list of float64 rows of a fixed width: the accepted samples of rejection ABC. */
final class RowBuffer {
  private final int cols;
  private double[] data;
  private int rows;

  /** @param cols row width, ≥ 1 */
  RowBuffer(int cols) {
    this.cols = cols;
    this.data = new double[4 * cols];
  }

  /** @return the number of rows held */
  int rows() {
    return rows;
  }

  /** Appends row {@code row} of {@code source}, which has {@code cols} columns. */
  void add(Matrix source, int row) {
    if ((rows + 1) * cols > data.length) {
      data = Arrays.copyOf(data, 2 * data.length);
    }
    for (int c = 0; c < cols; c++) {
      data[rows * cols + c] = source.get(row * cols + c);
    }
    rows++;
  }

  /** Appends the first {@code count} rows of {@code other}. */
  void addFrom(RowBuffer other, int count) {
    for (int r = 0; r < count; r++) {
      if ((rows + 1) * cols > data.length) {
        data = Arrays.copyOf(data, 2 * data.length);
      }
      System.arraycopy(other.data, r * cols, data, rows * cols, cols);
      rows++;
    }
  }

  /** @return the rows as a [rows, cols] float64 matrix (a copy) */
  Matrix toMatrix() {
    return new DoubleMatrix(rows, cols, Arrays.copyOf(data, rows * cols));
  }
}
