package org.inversesuite.core.tensor;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@link Matrix} on a {@code float[]}: the storage of the fast training path. */
public final class FloatMatrix extends Matrix {
  private final float[] data;

  /** A zero matrix. */
  public FloatMatrix(int rows, int cols) {
    super(rows, cols);
    this.data = new float[Math.multiplyExact(rows, cols)];
  }

  /** Wraps {@code data} (not copied); its length must be rows * cols. */
  public FloatMatrix(int rows, int cols, float[] data) {
    super(rows, cols);
    if (data.length != rows * cols) {
      throw new IllegalArgumentException("data has " + data.length + " elements, shape [" + rows + ", " + cols + "] needs " + rows * cols);
    }
    this.data = data;
  }

  /** @return the backing array, row-major (shared, not copied) */
  public float[] data() {
    return data;
  }

  @Override
  public Precision precision() {
    return Precision.FLOAT32;
  }

  @Override
  public double get(int i) {
    return data[i];
  }

  @Override
  public void set(int i, double value) {
    data[i] = (float) value;
  }

  @Override
  public void add(int i, double value) {
    data[i] += (float) value;
  }

  @Override
  public void fill(double value) {
    Arrays.fill(data, (float) value);
  }

  @Override
  public Matrix copy() {
    return new FloatMatrix(rows(), cols(), data.clone());
  }

  @Override
  public void copyRows(Matrix source, int sourceRow, int targetRow, int count) {
    if (source.cols() != cols()) {
      throw new ShapeMismatchException("row copy needs equal columns: source " + source.cols() + ", target " + cols(),
          new int[] {cols()}, new int[] {source.cols()});
    }
    if (source instanceof FloatMatrix f) {
      System.arraycopy(f.data, sourceRow * cols(), data, targetRow * cols(), count * cols());
    } else {
      for (int i = 0, n = count * cols(), s = sourceRow * cols(), t = targetRow * cols(); i < n; i++) {
        data[t + i] = (float) source.get(s + i);
      }
    }
  }

  @Override
  public INDArray toIndArray() {
    return wrap(data.clone(), rows(), cols());
  }
}
