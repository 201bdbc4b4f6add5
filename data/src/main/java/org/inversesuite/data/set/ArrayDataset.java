package org.inversesuite.data.set;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A {@link Dataset} held in memory as two matrices: parameters x [n, dx] and observations y
 * [n, dy], row i of each belonging together. Each keeps its own precision.
 *
 * <p>Immutable: the constructor copies both matrices, {@link #batch(int[])} returns copies of
 * the selected rows, and {@link #x()} and {@link #y()} return copies.
 */
public final class ArrayDataset implements Dataset {
  private final Matrix x;
  private final Matrix y;

  /**
   * @param x parameters, shape [n, dx]
   * @param y observations, shape [n, dy]
   * @throws ShapeMismatchException if the row counts differ, naming both shapes
   */
  public ArrayDataset(Matrix x, Matrix y) {
    if (x.rows() != y.rows()) {
      throw new ShapeMismatchException("x has shape " + ShapeMismatchException.format(x.rows(), x.cols()) + " but y has shape "
          + ShapeMismatchException.format(y.rows(), y.cols()) + ": their rows must agree",
          new int[] {x.rows(), y.cols()}, new int[] {y.rows(), y.cols()});
    }
    this.x = x.copy();
    this.y = y.copy();
  }

  @Override
  public int size() {
    return x.rows();
  }

  @Override
  public int xDimension() {
    return x.cols();
  }

  @Override
  public int yDimension() {
    return y.cols();
  }

  /**
   * @return copies of the given rows of x and y, in the order given (indices may repeat)
   * @throws IndexOutOfBoundsException naming the first index outside [0, size())
   */
  @Override
  public Batch batch(int[] rows) {
    Matrix bx = x.like(rows.length, x.cols());
    Matrix by = y.like(rows.length, y.cols());
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      if (r < 0 || r >= size()) {
        throw new IndexOutOfBoundsException("row " + r + " (at position " + i + ") is outside [0, " + size() + ")");
      }
      bx.copyRows(x, r, i, 1);
      by.copyRows(y, r, i, 1);
    }
    return new Batch(bx, by);
  }

  /** @return a copy of all parameters, shape [n, dx] */
  public Matrix x() {
    return x.copy();
  }

  /** @return a copy of all observations, shape [n, dy] */
  public Matrix y() {
    return y.copy();
  }

  @Override
  public String toString() {
    return "ArrayDataset[" + size() + " rows, x " + x.precision() + " dim " + xDimension() + ", y " + y.precision()
        + " dim " + yDimension() + "]";
  }
}
