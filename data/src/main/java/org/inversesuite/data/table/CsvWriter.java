package org.inversesuite.data.table;

import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Writes a {@link CsvTable} as UTF-8 CSV with a header line, {@code \n} line endings, and
 * every value as {@link Double#toString(double)}, which {@link CsvReader} parses back to the
 * identical double (FLOAT32 values are exact as doubles, so they round-trip too).
 *
 * <p>A column name is quoted when it contains a comma, tab, semicolon or quote, starts or ends
 * with a space, starts with {@code #}, or reads as a number, so that the file reads back with
 * the same names under {@link Separator#AUTO}. Names with line breaks are refused.
 *
 * <p>The file is written atomically (see {@link AtomicFiles}): a failed write leaves any
 * previous file untouched. Instances are immutable; {@code with...} methods return copies.
 */
public final class CsvWriter {
  private final Separator separator;
  private final NonFinitePolicy nonFinite;

  private CsvWriter(Separator separator, NonFinitePolicy nonFinite) {
    this.separator = Objects.requireNonNull(separator, "separator");
    this.nonFinite = Objects.requireNonNull(nonFinite, "nonFinite");
    if (separator == Separator.AUTO) {
      throw new IllegalArgumentException("a writer needs a concrete separator, not AUTO");
    }
  }

  /** @return a writer with {@link Separator#COMMA} and {@link NonFinitePolicy#REFUSE} */
  public static CsvWriter defaults() {
    return new CsvWriter(Separator.COMMA, NonFinitePolicy.REFUSE);
  }

  /** @return a copy writing with {@code separator} (not {@link Separator#AUTO}) */
  public CsvWriter withSeparator(Separator separator) {
    return new CsvWriter(separator, nonFinite);
  }

  /** @return a copy with the given policy for NaN and infinite values */
  public CsvWriter withNonFinite(NonFinitePolicy nonFinite) {
    return new CsvWriter(separator, nonFinite);
  }

  /**
   * Writes {@code table} to {@code path}, replacing it atomically.
   *
   * @param path the file to write; its directory must exist
   * @param table the names and values to write
   * @throws NonFiniteException under {@link NonFinitePolicy#REFUSE} if a value is NaN or
   *     infinite, naming its row and column; nothing is written then
   * @throws IllegalArgumentException if the table has no columns or a name contains a line break
   * @throws UncheckedIOException if writing fails
   */
  public void write(Path path, CsvTable table) {
    List<String> columns = table.columns();
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table without columns cannot be written: CSV needs a header line");
    }
    for (String name : columns) {
      if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("column name with a line break cannot be written: \"" + name + "\"");
      }
    }
    Matrix values = table.values();
    if (nonFinite == NonFinitePolicy.REFUSE) {
      NonFiniteException.check(values, "table written to " + path);
    }
    char sep = separator.character();
    AtomicFiles.write(path, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (int j = 0; j < columns.size(); j++) {
        if (j > 0) {
          w.write(sep);
        }
        w.write(quoteIfNeeded(columns.get(j)));
      }
      w.write('\n');
      int cols = values.cols();
      for (int r = 0; r < values.rows(); r++) {
        for (int c = 0; c < cols; c++) {
          if (c > 0) {
            w.write(sep);
          }
          w.write(Double.toString(values.get(r, c)));
        }
        w.write('\n');
      }
      w.flush();
    });
  }

  static String quoteIfNeeded(String name) {
    boolean needed = name.startsWith("#") || name.startsWith(" ") || name.endsWith(" ") || CsvCell.isNumber(name);
    for (int i = 0; i < name.length() && !needed; i++) {
      char c = name.charAt(i);
      needed = c == ',' || c == '\t' || c == ';' || c == '"';
    }
    return needed ? '"' + name.replace("\"", "\"\"") + '"' : name;
  }
}
