package org.inversesuite.data.io;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A data file that cannot be read as asked: missing, empty, malformed or holding a value that
 * is not allowed. The message names the file, and where it applies the 1-based line number and
 * the column, e.g. {@code data.csv: line 4, column 'b': not a number: "abc"}.
 *
 * <p>Unchecked, like {@link IllegalArgumentException}: a bad file is bad input, not a
 * transient failure a caller could retry.
 */
public final class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path path;
  private final int line;
  private final String column;

  /**
   * @param path the file
   * @param line 1-based line number, or 0 if no line applies
   * @param column column name, or null if no column applies
   * @param detail what is wrong
   * @param cause the underlying exception, or null
   */
  public DataFormatException(Path path, int line, String column, String detail, Throwable cause) {
    super(format(path, line, column, detail), cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /**
   * @param path the file
   * @param line 1-based line number, or 0 if no line applies
   * @param column column name, or null if no column applies
   * @param detail what is wrong
   */
  public DataFormatException(Path path, int line, String column, String detail) {
    this(path, line, column, detail, null);
  }

  /**
   * A problem with the file as a whole (no line, no column).
   *
   * @param path the file
   * @param detail what is wrong
   */
  public DataFormatException(Path path, String detail) {
    this(path, 0, null, detail, null);
  }

  private static String format(Path path, int line, String column, String detail) {
    StringBuilder b = new StringBuilder();
    b.append(path);
    if (line > 0) {
      b.append(": line ").append(line);
    }
    if (column != null) {
      b.append(line > 0 ? ", " : ": ").append("column '").append(column).append('\'');
    }
    return b.append(": ").append(detail).toString();
  }

  /** @return the file */
  public Path path() {
    return path;
  }

  /** @return the 1-based line number, empty if no line applies */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** @return the column name, empty if no column applies */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
