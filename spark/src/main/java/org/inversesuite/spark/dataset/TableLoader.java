package org.inversesuite.spark.dataset;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.inversesuite.spark.files.OutputFolder;
import org.inversesuite.spark.simulate.BlockSimulator;
import org.inversesuite.spark.simulate.DatabaseLayout;
import org.inversesuite.spark.simulate.SimulationDatabase;

/**
 * Reads training pairs from a simulation database folder, a Parquet table or a CSV file with a
 * header: the columns named {@code x_*} are the parameters and {@code y_*} the observations,
 * in table order; with a {@code status} column only converged rows are used; rows with a
 * non-finite value are skipped and counted. Rows are streamed to the driver one partition at a
 * time ({@code toLocalIterator}) and appended to a row file that is then memory-mapped
 * ({@link MappedDataset}), so neither the driver's heap nor Spark holds the whole table. The
 * row order is the database's row index when there is one, so the data set, and the training
 * batches drawn from it, do not depend on the partitioning.
 */
public final class TableLoader {
  private TableLoader() {}

  /**
   * @param spark the session
   * @param source a database folder, a Parquet path or a .csv file
   * @param cacheDir where the row file is written (deleted when the data set is closed)
   */
  public static LoadedTable load(SparkSession spark, String source, Path cacheDir) {
    Dataset<Row> df = table(spark, source);
    List<String> columns = Arrays.asList(df.columns());
    List<String> xs = columns.stream().filter(c -> c.startsWith("x_")).toList();
    List<String> ys = columns.stream().filter(c -> c.startsWith("y_")).toList();
    if (xs.isEmpty() || ys.isEmpty()) {
      throw new IllegalArgumentException(source + " needs parameter columns x_* and observation columns y_*; "
          + "its columns are " + columns);
    }
    long total = df.count();
    if (columns.contains(DatabaseLayout.STATUS)) {
      df = df.filter(functions.col(DatabaseLayout.STATUS).equalTo(BlockSimulator.CONVERGED));
    }
    if (columns.contains(DatabaseLayout.ROW)) {
      df = df.orderBy(DatabaseLayout.ROW);
    }
    List<Column> select = new ArrayList<>();
    for (String c : xs) {
      select.add(functions.col(c).cast("double"));
    }
    for (String c : ys) {
      select.add(functions.col(c).cast("double"));
    }
    Path file;
    long kept = 0;
    int width = xs.size() + ys.size();
    try {
      Files.createDirectories(cacheDir);
      file = Files.createTempFile(cacheDir, "training-rows", ".f64");
      ByteBuffer row = ByteBuffer.allocate(8 * width).order(ByteOrder.LITTLE_ENDIAN);
      try (OutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
        Iterator<Row> it = df.select(select.toArray(Column[]::new)).toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          row.clear();
          boolean finite = true;
          for (int j = 0; j < width; j++) {
            double v = r.isNullAt(j) ? Double.NaN : r.getDouble(j);
            finite &= Double.isFinite(v);
            row.putDouble(v);
          }
          if (finite) {
            out.write(row.array());
            kept++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the training rows to " + cacheDir + ": " + e.getMessage(), e);
    }
    if (kept > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(source + " has " + kept + " usable rows, more than a data set can index");
    }
    if (kept < 2) {
      throw new IllegalArgumentException(source + " has " + kept + " usable rows (converged, finite); training needs at least 2");
    }
    return new LoadedTable(new MappedDataset(file, (int) kept, xs.size(), ys.size(), true), xs, ys, total - kept,
        source);
  }

  private static Dataset<Row> table(SparkSession spark, String source) {
    if (OutputFolder.of(spark, source).exists(DatabaseLayout.IDENTITY)) {
      return SimulationDatabase.open(spark, source).read(spark);
    }
    try {
      if (source.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
        return spark.read().option("header", "true").option("inferSchema", "false").csv(source);
      }
      return spark.read().parquet(source);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot read training data " + source + ": " + e.getMessage(), e);
    }
  }
}
