package org.inversesuite.core.tensor;

/** A NaN or infinity where finite numbers are required; names where, and the row and column. */
public final class NonFiniteException extends ArithmeticException {
  private static final long serialVersionUID = 1L;
  private final String where;
  private final long rowIndex;
  private final int columnIndex;

  /**
   * @param where what holds the value, e.g. "training data x" or "loss"
   * @param rowIndex 0-based row (or iteration), -1 if not applicable
   * @param columnIndex 0-based column, -1 if not applicable
   * @param value the offending value
   */
  public NonFiniteException(String where, long rowIndex, int columnIndex, double value) {
    super(value + " in " + where
        + (rowIndex >= 0 ? " at row " + rowIndex : "")
        + (columnIndex >= 0 ? ", column " + columnIndex : ""));
    this.where = where;
    this.rowIndex = rowIndex;
    this.columnIndex = columnIndex;
  }

  /** @return what holds the value */
  public String where() {
    return where;
  }

  /** @return 0-based row, or -1 */
  public long rowIndex() {
    return rowIndex;
  }

  /** @return 0-based column, or -1 */
  public int columnIndex() {
    return columnIndex;
  }

  /** Throws if any element of {@code m} is NaN or infinite, naming the first one. */
  public static void check(Matrix m, String where) {
    for (int i = 0, n = m.size(); i < n; i++) {
      double v = m.get(i);
      if (!Double.isFinite(v)) {
        throw new NonFiniteException(where, i / m.cols(), i % m.cols(), v);
      }
    }
  }

  /** Throws if any element of {@code values} is NaN or infinite, naming its index as row. */
  public static void check(double[] values, String where) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new NonFiniteException(where, i, -1, values[i]);
      }
    }
  }
}
