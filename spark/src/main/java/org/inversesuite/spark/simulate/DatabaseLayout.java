package org.inversesuite.spark.simulate;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.inversesuite.core.problem.InverseProblem;

/**
 * Names and schema of a simulation database folder:
 *
 * <pre>
 *   simulation.json        the spec and the row count: what the database is
 *   provenance.json        who computed it, where, how long, the status counts
 *   chunk-000000/ …        Parquet, one Spark output per chunk of blocks, complete when it has _SUCCESS
 *
 *   columns: row (long), block (long), x_&lt;name&gt; (double)…, y_&lt;name&gt; (double)…, status (string)
 * </pre>
 */
public final class DatabaseLayout {
  /** The file that says what the database is. */
  public static final String IDENTITY = "simulation.json";
  /** The provenance of the last run that wrote to it. */
  public static final String PROVENANCE = "provenance.json";
  /** Prefix of the chunk folders. */
  public static final String CHUNK_PREFIX = "chunk-";
  /** Global row index column. */
  public static final String ROW = "row";
  /** Block index column. */
  public static final String BLOCK = "block";
  /** Status column. */
  public static final String STATUS = "status";

  private DatabaseLayout() {}

  /** @return the folder name of chunk {@code c} */
  public static String chunk(long c) {
    return String.format(java.util.Locale.ROOT, "%s%06d", CHUNK_PREFIX, c);
  }

  /** @return the parameter columns, x_&lt;name&gt; */
  public static List<String> xColumns(InverseProblem problem) {
    return prefixed("x_", problem.prior().names());
  }

  /** @return the observation columns, y_&lt;name&gt; */
  public static List<String> yColumns(InverseProblem problem) {
    return prefixed("y_", problem.observationNames());
  }

  private static List<String> prefixed(String prefix, List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(prefix + n);
    }
    return out;
  }

  /** @return the Parquet schema of the problem's database */
  public static StructType schema(InverseProblem problem) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(ROW, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(BLOCK, DataTypes.LongType, false));
    for (String c : xColumns(problem)) {
      fields.add(DataTypes.createStructField(c, DataTypes.DoubleType, false));
    }
    for (String c : yColumns(problem)) {
      fields.add(DataTypes.createStructField(c, DataTypes.DoubleType, false));
    }
    fields.add(DataTypes.createStructField(STATUS, DataTypes.StringType, false));
    return DataTypes.createStructType(fields);
  }
}
