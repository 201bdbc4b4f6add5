package org.inversesuite.anomaly.table;

import java.util.List;

/**
 * One input column of a {@link TableSchema}.
 *
 * @param name the header name
 * @param categories empty for a numeric column; for a one-hot column its categories, in the
 *     order of their features
 */
public record ColumnSpec(String name, List<String> categories) {
  /** Copies the categories. */
  public ColumnSpec {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a column needs a name");
    }
    categories = List.copyOf(categories);
  }

  /** @return whether the column is one-hot encoded */
  public boolean categorical() {
    return !categories.isEmpty();
  }

  /** @return how many features the column becomes */
  public int width() {
    return categorical() ? categories.size() : 1;
  }
}
