package org.inversesuite.data.table;

/** Whether a CSV file starts with a line of column names. */
public enum HeaderPolicy {
  /**
   * The first line that is not blank and not a comment holds the column names. The default.
   * A header whose unquoted fields all parse as numbers is refused as "looks like data": the
   * usual sign of a file without a header (or of one written by {@code numpy.savetxt}, whose
   * header is a {@code #} comment). Quote numeric names to use them.
   */
  FIRST_LINE,
  /**
   * There is no header: every line is data, and the columns are named {@code column1},
   * {@code column2}, ... after their 1-based position.
   */
  NONE
}
