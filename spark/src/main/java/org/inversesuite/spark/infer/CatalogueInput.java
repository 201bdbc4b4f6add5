package org.inversesuite.spark.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads a catalogue of observations, Parquet or CSV (by the path's ending; a folder is
 * Parquet), into {@link CatalogueRow}s. The observation columns are found by name, as
 * {@code y_<name>} (a simulation database) or {@code <name>}; an {@code id} or {@code row}
 * column, if present, is carried to the outputs. A missing column refuses the whole input
 * with the columns it has; a bad row (null, not a number, NaN or ±∞, wrong field count in CSV)
 * becomes an error row with the reason.
 *
 * <p>CSV: a header line, then comma-separated numbers (no quoted fields); parsed here rather
 * than by Spark's CSV reader so that a line of the wrong width is reported, not padded.
 */
public final class CatalogueInput {
  private CatalogueInput() {}

  /**
   * @param spark the session
   * @param path a Parquet file or folder, or a .csv file
   * @param names the model's observation names
   */
  public static JavaRDD<CatalogueRow> read(SparkSession spark, String path, List<String> names) {
    return path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? csv(spark, path, names) : parquet(spark, path, names);
  }

  private static String find(List<String> columns, String name, String path) {
    for (String c : List.of("y_" + name, name)) {
      if (columns.contains(c)) {
        return c;
      }
    }
    throw new IllegalArgumentException(path + " has no column y_" + name + " or " + name
        + " for the observation '" + name + "'; its columns are " + columns);
  }

  private static String idColumn(List<String> columns) {
    return columns.contains("id") ? "id" : columns.contains("row") ? "row" : null;
  }

  static JavaRDD<CatalogueRow> parquet(SparkSession spark, String path, List<String> names) {
    Dataset<Row> df;
    try {
      df = spark.read().parquet(path);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot read Parquet catalogue " + path + ": " + e.getMessage(), e);
    }
    List<String> columns = Arrays.asList(df.columns());
    List<Column> select = new ArrayList<>();
    for (String n : names) {
      select.add(functions.col(find(columns, n, path)).cast("double"));
    }
    String id = idColumn(columns);
    select.add(id == null ? functions.lit(null).cast("string") : functions.col(id).cast("string"));
    List<String> labels = List.copyOf(names);
    int d = names.size();
    return df.select(select.toArray(Column[]::new)).javaRDD().zipWithIndex().map((Tuple2<Row, Long> t) -> {
      Row r = t._1();
      long index = t._2();
      String rowId = r.isNullAt(d) ? Long.toString(index) : r.getString(d);
      double[] y = new double[d];
      for (int j = 0; j < d; j++) {
        if (r.isNullAt(j)) {
          return CatalogueRow.bad(index, rowId, labels.get(j) + " is missing (null or not a number)", r.toString());
        }
        y[j] = r.getDouble(j);
      }
      return CatalogueRow.checked(index, rowId, y, labels, r.toString());
    });
  }

  static JavaRDD<CatalogueRow> csv(SparkSession spark, String path, List<String> names) {
    JavaRDD<String> lines = spark.read().textFile(path).javaRDD();
    List<String> first = lines.take(1);
    if (first.isEmpty()) {
      throw new IllegalArgumentException(path + " is empty: a CSV catalogue needs a header line");
    }
    String headerLine = first.get(0);
    List<String> header = new ArrayList<>();
    for (String h : headerLine.split(",", -1)) {
      header.add(h.strip());
    }
    int[] at = new int[names.size()];
    for (int j = 0; j < at.length; j++) {
      at[j] = header.indexOf(find(header, names.get(j), path));
    }
    String id = idColumn(header);
    int idAt = id == null ? -1 : header.indexOf(id);
    int width = header.size();
    List<String> labels = List.copyOf(names);
    return lines.zipWithIndex().filter(t -> t._2() > 0).map((Tuple2<String, Long> t) -> {
      String line = t._1();
      long index = t._2() - 1;
      String[] fields = line.split(",", -1);
      String rowId = idAt >= 0 && idAt < fields.length ? fields[idAt].strip() : Long.toString(index);
      String where = "line " + (index + 2) + ": ";
      if (fields.length != width) {
        return CatalogueRow.bad(index, rowId, where + "has " + fields.length + " fields, the header has " + width, line);
      }
      double[] y = new double[at.length];
      for (int j = 0; j < at.length; j++) {
        String f = fields[at[j]].strip();
        try {
          y[j] = Double.parseDouble(f);
        } catch (NumberFormatException e) {
          return CatalogueRow.bad(index, rowId, where + labels.get(j) + " is not a number: '" + f + "'", line);
        }
      }
      CatalogueRow row = CatalogueRow.checked(index, rowId, y, labels, line);
      return row.error() == null ? row : CatalogueRow.bad(index, rowId, where + row.error(), line);
    });
  }
}
