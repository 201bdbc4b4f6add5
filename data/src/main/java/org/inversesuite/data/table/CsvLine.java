package org.inversesuite.data.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields. A field whose first non-space character is a double quote
 * is quoted: it runs to the matching closing quote, {@code ""} inside it stands for one quote,
 * separators inside it are text, and only spaces may follow the closing quote before the next
 * separator. Quoted fields cannot span lines. A quote inside an unquoted field is plain text.
 */
final class CsvLine {
  /** One field of a line: its text (quotes removed) and whether it was quoted. */
  record Field(String text, boolean quoted) {}

  /** A line that cannot be split; {@code fieldIndex} is the 0-based field where it went wrong. */
  static final class SplitException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int fieldIndex;

    SplitException(int fieldIndex, String message) {
      super(message);
      this.fieldIndex = fieldIndex;
    }

    int fieldIndex() {
      return fieldIndex;
    }
  }

  private CsvLine() {}

  /** @return the fields of {@code line} split at {@code separator} */
  static List<Field> split(String line, char separator) throws SplitException {
    List<Field> fields = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (true) {
      int k = skipSpaces(line, i);
      if (k < n && line.charAt(k) == '"') {
        StringBuilder text = new StringBuilder();
        k++;
        while (true) {
          if (k >= n) {
            throw new SplitException(fields.size(), "unterminated quoted field (a quoted field must close on its own line)");
          }
          char c = line.charAt(k);
          if (c == '"') {
            if (k + 1 < n && line.charAt(k + 1) == '"') {
              text.append('"');
              k += 2;
              continue;
            }
            k++;
            break;
          }
          text.append(c);
          k++;
        }
        k = skipSpaces(line, k);
        if (k < n && line.charAt(k) != separator) {
          throw new SplitException(fields.size(), "unexpected text after the closing quote: \"" + line.substring(k) + "\"");
        }
        fields.add(new Field(text.toString(), true));
        if (k >= n) {
          return fields;
        }
        i = k + 1;
      } else {
        int end = line.indexOf(separator, i);
        if (end < 0) {
          end = n;
        }
        fields.add(new Field(line.substring(i, end), false));
        if (end == n) {
          return fields;
        }
        i = end + 1;
      }
    }
  }

  /** @return whether the line is blank or a {@code #} comment */
  static boolean isSkipped(String line) {
    String s = line.strip();
    return s.isEmpty() || s.charAt(0) == '#';
  }

  private static int skipSpaces(String line, int i) {
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
