package org.inversesuite.data.table;

/**
 * The field separator of a CSV file.
 *
 * <p>{@link #AUTO} decides from the first line that is not blank and not a comment (the header,
 * or the first data row without one): of comma, tab and semicolon, the one that occurs in that
 * line outside quoted fields is used. If none occurs the file has one column (comma is assumed);
 * if more than one occurs the choice is ambiguous and reading fails, naming the line, so that
 * a semicolon file with decimal commas, say, is never split on the wrong character. Name the
 * separator explicitly for such files.
 */
public enum Separator {
  /** Detect comma, tab or semicolon from the first line (see the class comment). */
  AUTO('\0'),
  /** {@code ,} */
  COMMA(','),
  /** A tab character. */
  TAB('\t'),
  /** {@code ;} */
  SEMICOLON(';');

  private final char character;

  Separator(char character) {
    this.character = character;
  }

  /** @return the separator character; {@link #AUTO} has none and throws */
  public char character() {
    if (this == AUTO) {
      throw new IllegalStateException("AUTO has no character; it is resolved when a file is read");
    }
    return character;
  }
}
