package org.inversesuite.anomaly.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.io.DataFormatException;

/**
 * The input columns a detector was trained on, in file order, and how each becomes features:
 * a numeric column is one feature, a categorical column (text cells) one 0/1 feature per
 * category seen in training. Stored with the model, so that scoring files are checked against it:
 * the same columns in the same order (never silently reordered), numbers where numbers were,
 * known categories only, and no missing values.
 *
 * @param columns the input columns in file order (the label column, if any, is not among them)
 */
public record TableSchema(List<ColumnSpec> columns) {
  /** Copies the list. */
  public TableSchema {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a schema needs at least one column");
    }
  }

  /**
   * Infers the schema from training rows.
   *
   * @param table the training table
   * @param ignored column names that are not inputs (e.g. the label column)
   * @param policy whether text columns are refused or one-hot encoded
   * @throws DataFormatException naming every categorical column (under REFUSE), or the line and
   *     column of a missing value or of a text cell in an otherwise numeric column
   */
  public static TableSchema infer(TextTable table, Set<String> ignored, CategoricalPolicy policy) {
    List<ColumnSpec> specs = new ArrayList<>();
    List<String> categorical = new ArrayList<>();
    for (int j = 0; j < table.columns().size(); j++) {
      String name = table.columns().get(j);
      if (ignored.contains(name)) {
        continue;
      }
      int firstText = -1;
      int numbers = 0;
      Set<String> categories = new LinkedHashSet<>();
      for (int r = 0; r < table.rows(); r++) {
        String cell = table.cells().get(r)[j];
        if (Cells.isMissing(cell)) {
          throw missing(table, r, name);
        }
        if (Cells.isNumber(cell)) {
          numbers++;
        } else {
          categories.add(cell.strip());
          if (firstText < 0) {
            firstText = r;
          }
        }
      }
      if (firstText < 0) {
        specs.add(new ColumnSpec(name, List.of()));
      } else if (numbers > 0 && numbers >= table.rows() - numbers) {
        throw new DataFormatException(table.source(), table.lines()[firstText], name, "non-numeric cell \""
            + table.cells().get(firstText)[j] + "\" in a column whose other cells are numbers");
      } else {
        categorical.add(name);
        for (int r = 0; r < table.rows(); r++) {
          categories.add(table.cells().get(r)[j].strip());
        }
        specs.add(new ColumnSpec(name, new ArrayList<>(categories)));
      }
    }
    if (!categorical.isEmpty() && policy == CategoricalPolicy.REFUSE) {
      throw new DataFormatException(table.source(), 0, null, "categorical (text) column(s) " + String.join(", ", categorical)
          + ": a flow models numbers only; drop them, or one-hot encode them (--one-hot)");
    }
    if (specs.isEmpty()) {
      throw new DataFormatException(table.source(), "no input columns left after removing " + ignored);
    }
    return new TableSchema(specs);
  }

  private static DataFormatException missing(TextTable table, int row, String column) {
    return new DataFormatException(table.source(), table.lines()[row], column, "missing value \""
        + table.cells().get(row)[table.indexOf(column)] + "\": fill or drop the row before training or scoring");
  }

  /** @return the feature names: the column name, or {@code column=category} for one-hot features */
  public List<String> featureNames() {
    List<String> names = new ArrayList<>();
    for (ColumnSpec c : columns) {
      if (c.categorical()) {
        for (String cat : c.categories()) {
          names.add(c.name() + "=" + cat);
        }
      } else {
        names.add(c.name());
      }
    }
    return names;
  }

  /** @return the input column names in order */
  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /**
   * Encodes a table with these columns.
   *
   * @param table a table whose columns, after removing {@code ignored}, are exactly this schema's,
   *     in the same order
   * @return the features, shape [rows, featureNames().size()]
   * @throws DataFormatException for a column mismatch (naming the position and both names), a
   *     missing value, a non-numeric cell or an unknown category (naming line and column)
   */
  public Matrix encode(TextTable table, Set<String> ignored) {
    List<String> present = table.columns().stream().filter(c -> !ignored.contains(c)).toList();
    checkColumns(table, present);
    int width = featureNames().size();
    DoubleMatrix out = new DoubleMatrix(table.rows(), width);
    for (int r = 0; r < table.rows(); r++) {
      int f = 0;
      for (ColumnSpec spec : columns) {
        String cell = table.cells().get(r)[table.indexOf(spec.name())].strip();
        if (Cells.isMissing(cell)) {
          throw missing(table, r, spec.name());
        }
        if (spec.categorical()) {
          int k = spec.categories().indexOf(cell);
          if (k < 0) {
            throw new DataFormatException(table.source(), table.lines()[r], spec.name(), "category \"" + cell
                + "\" was not seen in training (known: " + String.join(", ", spec.categories()) + ")");
          }
          out.set(r, f + k, 1);
        } else if (Cells.isNumber(cell)) {
          out.set(r, f, Double.parseDouble(cell));
        } else {
          throw new DataFormatException(table.source(), table.lines()[r], spec.name(), "not a number: \"" + cell + "\"");
        }
        f += spec.width();
      }
    }
    return out;
  }

  private void checkColumns(TextTable table, List<String> present) {
    List<String> expected = columnNames();
    if (present.equals(expected)) {
      return;
    }
    List<String> missing = expected.stream().filter(c -> !present.contains(c)).toList();
    List<String> extra = present.stream().filter(c -> !expected.contains(c)).toList();
    String detail;
    if (!missing.isEmpty() || !extra.isEmpty()) {
      detail = "the columns differ from the training file's:" + (missing.isEmpty() ? "" : " missing " + missing)
          + (extra.isEmpty() ? "" : " unexpected " + extra);
    } else {
      int i = 0;
      while (present.get(i).equals(expected.get(i))) {
        i++;
      }
      detail = "column " + (i + 1) + " is '" + present.get(i) + "' but was '" + expected.get(i)
          + "' in the training file: the same columns in the same order are required (columns are never reordered)";
    }
    throw new DataFormatException(table.source(), detail);
  }
}
