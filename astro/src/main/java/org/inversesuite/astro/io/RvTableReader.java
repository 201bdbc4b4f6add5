package org.inversesuite.astro.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.data.table.HeaderPolicy;

/**
 * Reads a text radial-velocity table (CSV, tab-separated .rdb, or whitespace-separated) into an
 * {@link RvTable}, per an {@link RvTableFormat}.
 *
 * <p>Format. UTF-8 (a byte-order mark is ignored). Blank lines and lines whose first non-blank
 * character is {@code #} are skipped anywhere. With {@link HeaderPolicy#FIRST_LINE} the first
 * other line names the columns; a line of dashes right after it (the .rdb convention) is
 * skipped too. Columns other than the selected ones are ignored, so extra columns (FWHM,
 * bisector, S-index, ...) do no harm. Numbers are plain decimals with optional sign, fraction
 * and exponent. Velocities and error bars are converted to m/s from the stated unit.
 *
 * <p>Errors. Every problem is reported, not skipped: a {@link DataFormatException} names the
 * file and the first bad line and column and lists the others (up to 20): missing fields,
 * cells that are not numbers, NaN or infinite values, error bars ≤ 0, duplicate or decreasing
 * times, empty instrument labels, unknown column names (listing those available), and a file
 * without data rows. {@link UncheckedIOException} for other I/O failures.
 *
 * <p>Why not {@code CsvReader} of the data module: it reads numeric cells only, has no
 * whitespace separator and does not keep the source line of each row, while RV tables carry
 * text instrument labels, come whitespace-separated, and need line numbers for errors found
 * across rows (time order). Stateless and thread-safe.
 */
public final class RvTableReader {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DASHES = Pattern.compile("-+");

  private RvTableReader() {}

  /**
   * @param path the file
   * @param format separator, header, columns, units
   * @return the measurements, in m/s, in file order
   * @throws DataFormatException for any problem with the content (see the class comment)
   */
  public static RvTable read(Path path, RvTableFormat format) {
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      RvRows rows = new RvRows(path, format.unit(), format.columns().instrument().isPresent());
      int[] index = null;
      String[] names = null;
      boolean afterHeader = false;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.charAt(0) == '#') {
          continue;
        }
        List<String> fields = split(line, format.separator());
        if (index == null) {
          List<String> header = format.header() == HeaderPolicy.FIRST_LINE ? fields : null;
          index = resolve(path, lineNo, format.columns(), header);
          names = names(format.columns(), header, index);
          if (header != null) {
            afterHeader = true;
            continue;
          }
        } else if (afterHeader && fields.stream().allMatch(f -> DASHES.matcher(f).matches())) {
          afterHeader = false;
          continue;
        }
        afterHeader = false;
        row(rows, lineNo, fields, index, names);
      }
      if (index == null) {
        throw new DataFormatException(path, "empty file: only blank or # comment lines, or nothing");
      }
      return rows.finish(format.timeFormat());
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (CharacterCodingException e) {
      throw new DataFormatException(path, lineNo + 1, null, "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static void row(RvRows rows, int lineNo, List<String> fields, int[] index, String[] names) {
    String where = "line " + lineNo;
    double[] v = new double[3];
    boolean ok = true;
    for (int k = 0; k < 3; k++) {
      if (index[k] >= fields.size()) {
        rows.problem(lineNo, where, names[k], "missing field: the line has " + fields.size() + " fields, column "
            + names[k] + " is field " + (index[k] + 1));
        ok = false;
        continue;
      }
      String cell = fields.get(index[k]);
      if (DECIMAL.matcher(cell).matches()) {
        v[k] = Double.parseDouble(cell);
      } else if (NON_FINITE.matcher(cell).matches()) {
        v[k] = Double.NaN;
      } else {
        rows.problem(lineNo, where, names[k], cell.isEmpty() ? "empty cell" : "not a number: \"" + cell + "\"");
        ok = false;
      }
    }
    String instrument = null;
    if (index.length == 4) {
      if (index[3] >= fields.size()) {
        rows.problem(lineNo, where, names[3], "missing field: the line has " + fields.size() + " fields");
        ok = false;
      } else {
        instrument = fields.get(index[3]);
      }
    }
    if (ok) {
      rows.add(lineNo, where, names, v[0], v[1], v[2], instrument);
    }
  }

  /** @return the 0-based field index of time, velocity, error and (if any) instrument */
  private static int[] resolve(Path path, int lineNo, RvColumns columns, List<String> header) {
    List<ColumnRef> refs = new ArrayList<>(List.of(columns.time(), columns.velocity(), columns.error()));
    columns.instrument().ifPresent(refs::add);
    int[] index = new int[refs.size()];
    for (int k = 0; k < refs.size(); k++) {
      ColumnRef ref = refs.get(k);
      if (ref instanceof ColumnRef.Positional p) {
        index[k] = p.position() - 1;
      } else if (ref instanceof ColumnRef.Named n) {
        index[k] = header.indexOf(n.name());
        if (index[k] < 0) {
          throw new DataFormatException(path, lineNo, n.name(), "no such column in the header; available: "
              + String.join(", ", header));
        }
      }
    }
    return index;
  }

  private static String[] names(RvColumns columns, List<String> header, int[] index) {
    String[] names = new String[index.length];
    for (int k = 0; k < index.length; k++) {
      names[k] = header != null && index[k] < header.size() ? header.get(index[k]) : "#" + (index[k] + 1);
    }
    return names;
  }

  /** Splits one line; delimited fields are trimmed and lose enclosing double quotes. */
  static List<String> split(String line, FieldSeparator separator) {
    if (separator == FieldSeparator.WHITESPACE) {
      String s = line.strip();
      return s.isEmpty() ? List.of() : List.of(WHITESPACE.split(s));
    }
    char c = switch (separator) {
      case COMMA -> ',';
      case TAB -> '\t';
      case SEMICOLON -> ';';
      case WHITESPACE -> throw new IllegalStateException("handled above");
    };
    List<String> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = line.indexOf(c, start);
      String field = (end < 0 ? line.substring(start) : line.substring(start, end)).strip();
      if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
        field = field.substring(1, field.length() - 1);
      }
      out.add(field);
      if (end < 0) {
        return out;
      }
      start = end + 1;
    }
  }
}
