package org.inversesuite.data.table;

/** What a CSV reader or writer does with NaN, infinite and (when reading) empty cells. */
public enum NonFinitePolicy {
  /**
   * Refuse them: reading fails with the line and column named, writing fails with the row and
   * column named. The default, because a NaN that reaches training poisons every gradient.
   */
  REFUSE,
  /**
   * Accept them: {@code nan}, {@code inf}, {@code infinity} (any case, optional sign) and the
   * Java forms {@code NaN}, {@code Infinity} are read as such, an empty cell is read as NaN, and
   * non-finite values are written as {@code NaN}, {@code Infinity}, {@code -Infinity}.
   */
  ALLOW
}
