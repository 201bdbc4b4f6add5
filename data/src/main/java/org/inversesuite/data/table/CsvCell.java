package org.inversesuite.data.table;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses one CSV cell as a double. Accepted: decimal numbers with optional sign, fraction and
 * exponent ({@code 1}, {@code -2.5}, {@code .5}, {@code 1e-3}, {@code +4.E2}), surrounding
 * whitespace ignored. Not accepted: Java suffixes ({@code 1d}, {@code 2f}), hexadecimal, and
 * decimal commas. Non-finite and empty cells follow a {@link NonFinitePolicy}.
 */
final class CsvCell {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final String HINT = " (NonFinitePolicy.ALLOW accepts it)";

  /** A cell that cannot be read; the message says why, quoting the text. */
  static final class CellException extends Exception {
    private static final long serialVersionUID = 1L;

    CellException(String message) {
      super(message);
    }
  }

  private CsvCell() {}

  /** @return whether {@code text} is a decimal number (finite or overflowing), as accepted here */
  static boolean isNumber(String text) {
    String s = text.strip();
    return DECIMAL.matcher(s).matches() || NON_FINITE.matcher(s).matches();
  }

  /** @return the value of the cell */
  static double parse(String text, NonFinitePolicy policy) throws CellException {
    String s = text.strip();
    if (s.isEmpty()) {
      if (policy == NonFinitePolicy.ALLOW) {
        return Double.NaN;
      }
      throw new CellException("empty cell" + HINT);
    }
    if (DECIMAL.matcher(s).matches()) {
      double v = Double.parseDouble(s);
      if (Double.isInfinite(v) && policy == NonFinitePolicy.REFUSE) {
        throw new CellException("\"" + s + "\" overflows to infinity" + HINT);
      }
      return v;
    }
    if (NON_FINITE.matcher(s).matches()) {
      if (policy == NonFinitePolicy.REFUSE) {
        throw new CellException("non-finite value \"" + s + "\"" + HINT);
      }
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.endsWith("nan")) {
        return Double.NaN;
      }
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    throw new CellException("not a number: \"" + text + "\"");
  }
}
