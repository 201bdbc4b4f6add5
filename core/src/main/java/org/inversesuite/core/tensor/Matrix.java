package org.inversesuite.core.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense row-major matrix on a flat Java array: the engine's working buffer.
 *
 * <p>Rows are samples (batch-major), columns are dimensions. Element {@code (r, c)} lives at
 * flat index {@code r * cols() + c}. The public API of the suite speaks ND4J {@link INDArray};
 * blocks compute on {@code Matrix} because ND4J's per-op cost (4-10 µs, see
 * docs/ARCHITECTURE.md) dominates the small matrices of coupling subnets, while plain Java
 * loops and Vector API kernels on flat arrays have none.
 *
 * <p>Element access goes through {@link #get(int)} and {@link #set(int, double)} so that block
 * code is written once for both precisions; kernels that need raw speed use
 * {@link FloatMatrix#data()} or {@link DoubleMatrix#data()}.
 */
public abstract sealed class Matrix permits FloatMatrix, DoubleMatrix {
  private final int rows;
  private final int cols;

  Matrix(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("matrix shape must be non-negative, got [" + rows + ", " + cols + "]");
    }
    this.rows = rows;
    this.cols = cols;
  }

  /** @return a zero matrix of the given precision and shape */
  public static Matrix zeros(Precision precision, int rows, int cols) {
    return precision == Precision.FLOAT32 ? new FloatMatrix(rows, cols) : new DoubleMatrix(rows, cols);
  }

  /** @return a matrix holding a copy of {@code values} (rows of equal length) */
  public static Matrix of(Precision precision, double[][] values) {
    int r = values.length;
    int c = r == 0 ? 0 : values[0].length;
    Matrix m = zeros(precision, r, c);
    for (int i = 0; i < r; i++) {
      if (values[i].length != c) {
        throw new ShapeMismatchException("row " + i + " has " + values[i].length + " columns, row 0 has " + c,
            new int[] {c}, new int[] {values[i].length});
      }
      for (int j = 0; j < c; j++) {
        m.set(i * c + j, values[i][j]);
      }
    }
    return m;
  }

  /**
   * Copies a rank-2 ND4J array; a rank-1 array of length n is read as one column [n, 1].
   *
   * @param array shape [rows, cols]; a rank-1 array of length n is read as [n, 1]
   * @param precision precision of the copy
   */
  public static Matrix of(INDArray array, Precision precision) {
    INDArray a = array.rank() == 1 ? array.reshape(array.length(), 1) : array;
    if (a.rank() != 2) {
      throw new ShapeMismatchException("expected a matrix [rows, cols], got shape " + java.util.Arrays.toString(a.shape()),
          new int[] {-1, -1}, toInt(a.shape()));
    }
    int r = (int) a.rows();
    int c = (int) a.columns();
    if (precision == Precision.FLOAT32) {
      float[] data = a.dup('c').castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).data().asFloat();
      return new FloatMatrix(r, c, data);
    }
    double[] data = a.dup('c').castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).data().asDouble();
    return new DoubleMatrix(r, c, data);
  }

  private static int[] toInt(long[] shape) {
    int[] s = new int[shape.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = (int) shape[i];
    }
    return s;
  }

  /** @return number of rows (samples) */
  public final int rows() {
    return rows;
  }

  /** @return number of columns (dimensions) */
  public final int cols() {
    return cols;
  }

  /** @return rows() * cols() */
  public final int size() {
    return rows * cols;
  }

  /** @return the precision of the storage */
  public abstract Precision precision();

  /** @return element at flat index {@code i} */
  public abstract double get(int i);

  /** Sets element at flat index {@code i}. */
  public abstract void set(int i, double value);

  /** Adds {@code value} to the element at flat index {@code i}. */
  public abstract void add(int i, double value);

  /** @return element (r, c) */
  public final double get(int r, int c) {
    return get(r * cols + c);
  }

  /** Sets element (r, c). */
  public final void set(int r, int c, double value) {
    set(r * cols + c, value);
  }

  /** Sets every element to zero. */
  public abstract void fill(double value);

  /** @return a deep copy */
  public abstract Matrix copy();

  /** @return a zero matrix of the same precision with the given shape */
  public final Matrix like(int r, int c) {
    return zeros(precision(), r, c);
  }

  /**
   * Copies {@code count} rows of {@code source}, starting at {@code sourceRow}, into this
   * matrix starting at {@code targetRow}; column counts must agree.
   */
  public abstract void copyRows(Matrix source, int sourceRow, int targetRow, int count);

  /**
   * Copies a block of columns: {@code this[:, targetCol + j] = source[:, sourceCol + j]} for
   * {@code j < width}; row counts must agree.
   */
  public final void copyColumns(Matrix source, int sourceCol, int targetCol, int width) {
    if (source.rows != rows) {
      throw new ShapeMismatchException("column copy needs equal rows: source " + source.rows + ", target " + rows,
          new int[] {rows}, new int[] {source.rows});
    }
    for (int r = 0; r < rows; r++) {
      int s = r * source.cols + sourceCol;
      int t = r * cols + targetCol;
      for (int j = 0; j < width; j++) {
        set(t + j, source.get(s + j));
      }
    }
  }

  /** @return a copy as rows of doubles */
  public final double[][] toRows() {
    double[][] out = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r][c] = get(r * cols + c);
      }
    }
    return out;
  }

  /** @return a copy as an ND4J array of shape [rows, cols] and the same precision */
  public abstract INDArray toIndArray();

  /** Makes sure the shape is [rows, cols]; throws {@link ShapeMismatchException} naming both. */
  public final Matrix requireShape(int r, int c, String what) {
    if (rows != r || cols != c) {
      throw new ShapeMismatchException(what + " has shape [" + rows + ", " + cols + "], expected [" + r + ", " + c + "]",
          new int[] {r, c}, new int[] {rows, cols});
    }
    return this;
  }

  static INDArray wrap(float[] data, int rows, int cols) {
    return Nd4j.create(data, new long[] {rows, cols}, 'c');
  }

  static INDArray wrap(double[] data, int rows, int cols) {
    return Nd4j.create(data, new long[] {rows, cols}, 'c');
  }

  @Override
  public String toString() {
    return "Matrix[" + rows + "x" + cols + ", " + precision() + "]";
  }
}
