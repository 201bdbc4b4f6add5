package org.inversesuite.data.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A numeric table: named columns over a FLOAT64 matrix, one row per sample.
 *
 * <p>Immutable: the constructor copies the values (converting FLOAT32 exactly to FLOAT64) and
 * {@link #values()} returns a fresh copy, so no caller can change a table another one holds.
 * Two tables are equal when their column names are equal and their values are bit for bit the
 * same ({@code NaN} equals {@code NaN}, {@code 0.0} differs from {@code -0.0}).
 *
 * @param columns the column names, unique and non-empty, in file order
 * @param values shape [rows, columns.size()]
 */
public record CsvTable(List<String> columns, Matrix values) {
  /** Checks the names and the shape, and copies both. */
  public CsvTable {
    columns = List.copyOf(columns);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("column " + (i + 1) + " has an empty name");
      }
      Integer before = seen.putIfAbsent(name, i);
      if (before != null) {
        throw new IllegalArgumentException("duplicate column name '" + name + "' at columns " + (before + 1) + " and " + (i + 1));
      }
    }
    if (values.cols() != columns.size()) {
      throw new ShapeMismatchException(columns.size() + " column names for a matrix of shape [" + values.rows() + ", "
          + values.cols() + "]", new int[] {values.rows(), columns.size()}, new int[] {values.rows(), values.cols()});
    }
    values = toFloat64(values);
  }

  private static Matrix toFloat64(Matrix m) {
    if (m.precision() == Precision.FLOAT64) {
      return m.copy();
    }
    DoubleMatrix d = new DoubleMatrix(m.rows(), m.cols());
    d.copyRows(m, 0, 0, m.rows());
    return d;
  }

  /**
   * @return a copy of the values, FLOAT64, shape [rows, columns().size()]; to read entries use
   *     {@link #get(int, int)}, which does not copy (a copy per entry made reading a table quadratic in its rows)
   */
  @Override
  public Matrix values() {
    return values.copy();
  }

  /** @return number of rows */
  public int rows() {
    return values.rows();
  }

  /** @return value at (row, column index), without copying the table */
  public double get(int row, int column) {
    return values.get(row, column);
  }

  /** @return value at (row, column name) */
  public double get(int row, String column) {
    return values.get(row, indexOf(column));
  }

  /**
   * @return the 0-based position of the column
   * @throws IllegalArgumentException naming the column and listing the available names
   */
  public int indexOf(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + column + "'; available: " + String.join(", ", columns));
    }
    return i;
  }

  /**
   * Selects columns by name, in the order given (a name may repeat).
   *
   * @return a new FLOAT64 matrix of shape [rows, names.length]
   * @throws IllegalArgumentException if a name is missing, listing the available names
   */
  public Matrix columns(String... names) {
    int[] index = new int[names.length];
    for (int j = 0; j < names.length; j++) {
      index[j] = indexOf(names[j]);
    }
    Matrix out = new DoubleMatrix(rows(), names.length);
    for (int r = 0; r < rows(); r++) {
      for (int j = 0; j < index.length; j++) {
        out.set(r, j, values.get(r, index[j]));
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvTable other) || !columns.equals(other.columns) || rows() != other.rows()) {
      return false;
    }
    for (int i = 0, n = values.size(); i < n; i++) {
      if (Double.doubleToLongBits(values.get(i)) != Double.doubleToLongBits(other.values.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(columns, rows());
    for (int i = 0, n = values.size(); i < n; i++) {
      h = 31 * h + Double.hashCode(values.get(i));
    }
    return h;
  }

  @Override
  public String toString() {
    return "CsvTable[" + rows() + " rows, columns=" + columns + "]";
  }
}
