package org.inversesuite.core.tensor;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@link Matrix} on a {@code double[]}: the storage of the reference path used by tests. */
public final class DoubleMatrix extends Matrix {
  private final double[] data;

  /** A zero matrix. */
  public DoubleMatrix(int rows, int cols) {
    super(rows, cols);
    this.data = new double[Math.multiplyExact(rows, cols)];
  }

  /** Wraps {@code data} (not copied); its length must be rows * cols. */
  public DoubleMatrix(int rows, int cols, double[] data) {
    super(rows, cols);
    if (data.length != rows * cols) {
      throw new IllegalArgumentException("data has " + data.length + " elements, shape [" + rows + ", " + cols + "] needs " + rows * cols);
    }
    this.data = data;
  }

  /** @return the backing array, row-major (shared, not copied) */
  public double[] data() {
    return data;
  }

  @Override
  public Precision precision() {
    return Precision.FLOAT64;
  }

  @Override
  public double get(int i) {
    return data[i];
  }

  @Override
  public void set(int i, double value) {
    data[i] = value;
  }

  @Override
  public void add(int i, double value) {
    data[i] += value;
  }

  @Override
  public void fill(double value) {
    Arrays.fill(data, value);
  }

  @Override
  public Matrix copy() {
    return new DoubleMatrix(rows(), cols(), data.clone());
  }

  @Override
  public void copyRows(Matrix source, int sourceRow, int targetRow, int count) {
    if (source.cols() != cols()) {
      throw new ShapeMismatchException("row copy needs equal columns: source " + source.cols() + ", target " + cols(),
          new int[] {cols()}, new int[] {source.cols()});
    }
    if (source instanceof DoubleMatrix f) {
      System.arraycopy(f.data, sourceRow * cols(), data, targetRow * cols(), count * cols());
    } else {
      for (int i = 0, n = count * cols(), s = sourceRow * cols(), t = targetRow * cols(); i < n; i++) {
        data[t + i] = source.get(s + i);
      }
    }
  }

  @Override
  public INDArray toIndArray() {
    return wrap(data.clone(), rows(), cols());
  }
}
