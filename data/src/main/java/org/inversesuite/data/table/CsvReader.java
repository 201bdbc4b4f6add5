package org.inversesuite.data.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.data.io.DataFormatException;

/**
 * Reads a numeric CSV file (UTF-8) into a {@link CsvTable}.
 *
 * <p>The format: a header line of column names (unless {@link HeaderPolicy#NONE}), then one
 * line per row with one number per column. Blank lines and lines whose first non-space
 * character is {@code #} are skipped anywhere. Fields may be quoted (see {@link CsvLine});
 * unquoted names are trimmed. The separator is comma, tab or semicolon (see
 * {@link Separator#AUTO} for the detection rule). Line endings may be {@code \n} or
 * {@code \r\n}; a UTF-8 byte order mark is ignored. A header without rows gives a table of
 * zero rows.
 *
 * <p>Every problem is a {@link DataFormatException} naming the file, the 1-based line and,
 * where one applies, the column: a missing or empty file, a duplicate or empty column name, a
 * row with the wrong number of fields, a cell that is not a number (quoted), and, under
 * {@link NonFinitePolicy#REFUSE} (the default), a NaN, infinite or empty cell.
 *
 * <p>Instances are immutable; {@code with...} methods return changed copies.
 */
public final class CsvReader {
  private static final int LISTED_NAMES = 8;
  private final Separator separator;
  private final HeaderPolicy header;
  private final NonFinitePolicy nonFinite;

  private CsvReader(Separator separator, HeaderPolicy header, NonFinitePolicy nonFinite) {
    this.separator = Objects.requireNonNull(separator, "separator");
    this.header = Objects.requireNonNull(header, "header");
    this.nonFinite = Objects.requireNonNull(nonFinite, "nonFinite");
  }

  /** @return a reader with {@link Separator#AUTO}, {@link HeaderPolicy#FIRST_LINE}, {@link NonFinitePolicy#REFUSE} */
  public static CsvReader defaults() {
    return new CsvReader(Separator.AUTO, HeaderPolicy.FIRST_LINE, NonFinitePolicy.REFUSE);
  }

  /** @return a copy using {@code separator} */
  public CsvReader withSeparator(Separator separator) {
    return new CsvReader(separator, header, nonFinite);
  }

  /** @return a copy using {@code header} */
  public CsvReader withHeader(HeaderPolicy header) {
    return new CsvReader(separator, header, nonFinite);
  }

  /** @return a copy using {@code nonFinite} */
  public CsvReader withNonFinite(NonFinitePolicy nonFinite) {
    return new CsvReader(separator, header, nonFinite);
  }

  /**
   * Reads the whole file.
   *
   * @param path the CSV file
   * @return the column names and the values
   * @throws DataFormatException if the file is missing or malformed (see the class comment)
   * @throws UncheckedIOException on other I/O failures
   */
  public CsvTable read(Path path) {
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Parse parse = null;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (CsvLine.isSkipped(line)) {
          continue;
        }
        if (parse == null) {
          parse = start(path, lineNo, line);
        } else {
          parse.row(lineNo, line);
        }
      }
      if (parse == null) {
        throw new DataFormatException(path, "empty file: no header line (only blank or # comment lines, or nothing)");
      }
      return parse.table();
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (CharacterCodingException e) {
      throw new DataFormatException(path, lineNo + 1, null, "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private Parse start(Path path, int lineNo, String line) {
    char sep = separator == Separator.AUTO ? detect(path, lineNo, line) : separator.character();
    List<CsvLine.Field> fields = split(path, lineNo, line, sep, null);
    if (header == HeaderPolicy.NONE) {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= fields.size(); i++) {
        names.add("column" + i);
      }
      Parse parse = new Parse(path, sep, names);
      parse.row(lineNo, line);
      return parse;
    }
    return new Parse(path, sep, names(path, lineNo, fields));
  }

  private static List<String> names(Path path, int lineNo, List<CsvLine.Field> fields) {
    List<String> names = new ArrayList<>();
    boolean allNumbers = true;
    for (CsvLine.Field f : fields) {
      String name = f.quoted() ? f.text() : f.text().strip();
      if (name.isEmpty()) {
        throw new DataFormatException(path, lineNo, null, "header field " + (names.size() + 1) + " is empty: every column needs a name");
      }
      allNumbers &= !f.quoted() && CsvCell.isNumber(name);
      names.add(name);
    }
    if (allNumbers) {
      throw new DataFormatException(path, lineNo, null, "the header line holds only numbers (" + list(names)
          + "): this looks like data, not column names; for a file without a header use HeaderPolicy.NONE,"
          + " for numeric names quote them");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Integer before = seen.putIfAbsent(names.get(i), i + 1);
      if (before != null) {
        throw new DataFormatException(path, lineNo, names.get(i), "duplicate column name (header fields " + before + " and " + (i + 1) + ")");
      }
    }
    return names;
  }

  /** The separator rule of {@link Separator#AUTO}. */
  private static char detect(Path path, int lineNo, String line) {
    List<Character> found = new ArrayList<>();
    for (Separator s : new Separator[] {Separator.COMMA, Separator.TAB, Separator.SEMICOLON}) {
      try {
        if (CsvLine.split(line, s.character()).size() > 1) {
          found.add(s.character());
        }
      } catch (CsvLine.SplitException e) {
        // not this separator: its fields do not split cleanly
      }
    }
    if (found.size() > 1) {
      throw new DataFormatException(path, lineNo, null, "cannot detect the separator: the line contains "
          + describe(found) + "; set it with CsvReader.withSeparator");
    }
    return found.isEmpty() ? ',' : found.get(0);
  }

  private static String describe(List<Character> chars) {
    List<String> names = new ArrayList<>();
    for (char c : chars) {
      names.add(c == '\t' ? "tab" : "'" + c + "'");
    }
    return String.join(" and ", names);
  }

  private static List<CsvLine.Field> split(Path path, int lineNo, String line, char sep, List<String> names) {
    try {
      return CsvLine.split(line, sep);
    } catch (CsvLine.SplitException e) {
      int i = e.fieldIndex();
      String column = names != null && i < names.size() ? names.get(i) : null;
      String detail = column == null ? "field " + (i + 1) + ": " + e.getMessage() : e.getMessage();
      throw new DataFormatException(path, lineNo, column, detail);
    }
  }

  static String list(List<String> names) {
    if (names.size() <= LISTED_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED_NAMES)) + ", ... (" + names.size() + " in all)";
  }

  /** The state of one read after the first line: names and the values so far. */
  private final class Parse {
    private final Path path;
    private final char sep;
    private final List<String> names;
    private double[] data = new double[1024];
    private int filled;
    private int rows;

    Parse(Path path, char sep, List<String> names) {
      this.path = path;
      this.sep = sep;
      this.names = names;
    }

    void row(int lineNo, String line) {
      List<CsvLine.Field> fields = split(path, lineNo, line, sep, names);
      int expected = names.size();
      if (fields.size() < expected) {
        throw new DataFormatException(path, lineNo, names.get(fields.size()), "row has " + fields.size()
            + " fields but the header has " + expected + " (" + list(names) + "): this column and those after it are missing");
      }
      if (fields.size() > expected) {
        throw new DataFormatException(path, lineNo, names.get(expected - 1), "row has " + fields.size()
            + " fields but the header has " + expected + " (" + list(names) + "): "
            + (fields.size() - expected) + " extra field(s) after this last column");
      }
      if (filled + expected > data.length) {
        long grown = Math.max((long) data.length * 2, (long) filled + expected);
        if (grown > Integer.MAX_VALUE - 8) {
          throw new DataFormatException(path, lineNo, null, "too many values for one matrix (more than " + filled + ")");
        }
        data = Arrays.copyOf(data, (int) grown);
      }
      for (int j = 0; j < expected; j++) {
        try {
          data[filled + j] = CsvCell.parse(fields.get(j).text(), nonFinite);
        } catch (CsvCell.CellException e) {
          throw new DataFormatException(path, lineNo, names.get(j), e.getMessage());
        }
      }
      filled += expected;
      rows++;
    }

    CsvTable table() {
      return new CsvTable(names, new DoubleMatrix(rows, names.size(), Arrays.copyOf(data, filled)));
    }
  }
}
