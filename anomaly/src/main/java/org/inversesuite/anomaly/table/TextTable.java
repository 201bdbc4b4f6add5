package org.inversesuite.anomaly.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.data.io.DataFormatException;

/**
 * A CSV file with a header line, read as text so that categorical columns can be recognised
 * before any number is parsed. Comma separated; fields may be double-quoted (a doubled quote
 * inside is one quote); blank lines and lines starting with {@code #} are skipped; a UTF-8 byte
 * order mark is ignored. Row {@code i} came from the 1-based file line {@code lines()[i]}.
 *
 * @param source the file (named in every message)
 * @param columns the header names, unique and non-empty
 * @param cells the rows, each with {@code columns.size()} cells
 * @param lines the file line of each row
 */
public record TextTable(Path source, List<String> columns, List<String[]> cells, int[] lines) {
  /** Copies the lists. */
  public TextTable {
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
    lines = lines.clone();
  }

  /** @return the number of rows */
  public int rows() {
    return cells.size();
  }

  /** @return the index of {@code name}, or -1 */
  public int indexOf(String name) {
    return columns.indexOf(name);
  }

  /**
   * Reads a file.
   *
   * @throws DataFormatException for a missing or empty file, a bad header, a row with the wrong
   *     number of fields or an unterminated quote, naming the line
   */
  public static TextTable read(Path path) {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      List<String> header = null;
      List<String[]> rows = new ArrayList<>();
      List<Integer> lineNumbers = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        List<String> fields = split(path, lineNo, line);
        if (header == null) {
          header = checkHeader(path, lineNo, fields);
          continue;
        }
        if (fields.size() != header.size()) {
          throw new DataFormatException(path, lineNo, null, "row has " + fields.size() + " fields but the header has "
              + header.size());
        }
        rows.add(fields.toArray(new String[0]));
        lineNumbers.add(lineNo);
      }
      if (header == null) {
        throw new DataFormatException(path, "empty file: no header line");
      }
      return new TextTable(path, header, rows, lineNumbers.stream().mapToInt(Integer::intValue).toArray());
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<String> checkHeader(Path path, int lineNo, List<String> fields) {
    Map<String, Integer> seen = new HashMap<>();
    boolean allNumbers = true;
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i);
      if (name.isEmpty()) {
        throw new DataFormatException(path, lineNo, null, "header field " + (i + 1) + " is empty: every column needs a name");
      }
      allNumbers &= Cells.isNumber(name);
      Integer before = seen.putIfAbsent(name, i + 1);
      if (before != null) {
        throw new DataFormatException(path, lineNo, name, "duplicate column name (header fields " + before + " and " + (i + 1) + ")");
      }
    }
    if (allNumbers) {
      throw new DataFormatException(path, lineNo, null, "the first line holds only numbers: a header line of column names is required");
    }
    return fields;
  }

  /** Splits one line at commas, honouring double quotes; fields are trimmed unless quoted. */
  static List<String> split(Path path, int lineNo, String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (ch == ',') {
        out.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new DataFormatException(path, lineNo, null, "field " + (out.size() + 1) + ": unterminated quote");
    }
    out.add(wasQuoted ? field.toString() : field.toString().strip());
    return out;
  }
}
