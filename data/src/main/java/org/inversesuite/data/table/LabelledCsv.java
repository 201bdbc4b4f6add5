package org.inversesuite.data.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.data.io.DataFormatException;

/**
 * Reads a labelled numeric table in the layout of scikit-learn's bundled CSV files
 * ({@code iris.csv}, {@code wine_data.csv}, {@code breast_cancer.csv}, {@code digits.csv}):
 * an optional first line {@code n_samples,n_features,class names…}, then one row per sample of
 * n_features numbers followed by an integer class label. The first line is recognised as that
 * header when its first two fields are integers and either its third field is not a number
 * or its field count differs from the next line's; the stated counts are then checked against the file.
 * Fields are parsed as by {@link CsvReader} (comma separated, finite numbers required); every
 * problem is a {@link DataFormatException} naming the file, the line and the column.
 *
 * <p>The result names the feature columns {@code x1 … xd} and the last one {@code label}.
 */
public final class LabelledCsv {
  private LabelledCsv() {}

  /** @return the features and the label column, FLOAT64 */
  public static CsvTable read(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, 0, null, "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    int first = 0;
    while (first < lines.size() && CsvLine.isSkipped(lines.get(first))) {
      first++;
    }
    if (first == lines.size()) {
      throw new DataFormatException(path, 0, null, "empty file", null);
    }
    List<CsvLine.Field> head = fields(path, first + 1, lines.get(first));
    int next = first + 1;
    while (next < lines.size() && CsvLine.isSkipped(lines.get(next))) {
      next++;
    }
    int nextWidth = next < lines.size() ? fields(path, next + 1, lines.get(next)).size() : -1;
    int[] stated = statedCounts(head, nextWidth);
    int start = stated == null ? first : first + 1;
    List<double[]> rows = new ArrayList<>();
    int width = -1;
    for (int i = start; i < lines.size(); i++) {
      if (CsvLine.isSkipped(lines.get(i))) {
        continue;
      }
      List<CsvLine.Field> f = fields(path, i + 1, lines.get(i));
      if (width < 0) {
        width = f.size();
        if (width < 2) {
          throw new DataFormatException(path, i + 1, null, "a row needs at least one feature and a label, got "
              + width + " field(s)", null);
        }
      } else if (f.size() != width) {
        throw new DataFormatException(path, i + 1, null, "row has " + f.size() + " fields, the first row has " + width,
            null);
      }
      double[] row = new double[width];
      for (int j = 0; j < width; j++) {
        try {
          row[j] = CsvCell.parse(f.get(j).text(), NonFinitePolicy.REFUSE);
        } catch (CsvCell.CellException e) {
          throw new DataFormatException(path, i + 1, j == width - 1 ? "label" : "x" + (j + 1), e.getMessage(), null);
        }
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      throw new DataFormatException(path, 0, null, "no data rows", null);
    }
    if (stated != null && (stated[0] != rows.size() || stated[1] != width - 1)) {
      throw new DataFormatException(path, first + 1, null, "the header states " + stated[0] + " samples of "
          + stated[1] + " features, the file has " + rows.size() + " of " + (width - 1), null);
    }
    List<String> names = new ArrayList<>();
    for (int j = 1; j < width; j++) {
      names.add("x" + j);
    }
    names.add("label");
    double[] data = new double[rows.size() * width];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, data, r * width, width);
    }
    return new CsvTable(names, new DoubleMatrix(rows.size(), width, data));
  }

  /** @return {n_samples, n_features} if the line is a scikit-learn header, else null */
  private static int[] statedCounts(List<CsvLine.Field> head, int nextWidth) {
    if (head.size() < 2) {
      return null;
    }
    try {
      int n = Integer.parseInt(head.get(0).text().strip());
      int d = Integer.parseInt(head.get(1).text().strip());
      boolean namesFollow = head.size() > 2 && !CsvCell.isNumber(head.get(2).text().strip());
      boolean widthDiffers = nextWidth >= 0 && head.size() != nextWidth;
      return namesFollow || widthDiffers ? new int[] {n, d} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<CsvLine.Field> fields(Path path, int lineNo, String line) {
    try {
      return CsvLine.split(line, ',');
    } catch (CsvLine.SplitException e) {
      throw new DataFormatException(path, lineNo, null, "field " + (e.fieldIndex() + 1) + ": " + e.getMessage(), null);
    }
  }
}
