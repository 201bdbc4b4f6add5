package org.inversesuite.spark.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.data.benchmark.InverseKinematics;
import org.inversesuite.spark.problem.SimulationSpec;
import org.inversesuite.spark.session.SharedSpark;
import org.inversesuite.spark.simulate.SimulationDatabase;
import org.inversesuite.spark.simulate.SimulationJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class TableLoaderTest {
  @TempDir
  Path dir;

  @Test
  void databaseRowsArriveInRowOrderAndFeedOfflineBatches(SparkSession spark) {
    SimulationSpec spec = new SimulationSpec("t", InverseKinematics.ID, Json.mapper().createObjectNode(), 40, 3, 2);
    String db = dir.resolve("db").toString();
    new SimulationJob(spark, s -> { }).run(spec, 250, db, 3, false, Long.MAX_VALUE);
    List<Row> rows = new java.util.ArrayList<>(SimulationDatabase.open(spark, db).read(spark).collectAsList());
    rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
    LoadedTable t = TableLoader.load(spark, db, dir.resolve("cache"));
    try (MappedDataset data = t.data()) {
      assertEquals(250, data.size());
      assertEquals(List.of("x_x1", "x_theta1", "x_theta2", "x_theta3"), t.xColumns());
      assertEquals(List.of("y_y_h", "y_y_v"), t.yColumns());
      Batch b = data.batch(new int[] {249, 0, 17});
      int[] which = {249, 0, 17};
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
          assertEquals(rows.get(which[i]).getDouble(2 + j), b.x().get(i, j), 0.0);
        }
        for (int j = 0; j < 2; j++) {
          assertEquals(rows.get(which[i]).getDouble(6 + j), b.y().get(i, j), 0.0);
        }
      }
      Batch epoch = new BatchSource.Offline(data, new Rng(1)).batch(3, 64);
      assertEquals(64, epoch.size());
    }
  }

  @Test
  void csvSkipsFailedAndNonFiniteRowsAndCountsThem(SparkSession spark) throws IOException {
    Path csv = Files.writeString(dir.resolve("t.csv"), String.join("\n", "x_a,y_b,status,note",
        "1,2,converged,k", "3,NaN,converged,k", "5,6,failed: too hot,k", "7,8,converged,k") + "\n");
    LoadedTable t = TableLoader.load(spark, csv.toString(), dir.resolve("cache"));
    try (MappedDataset data = t.data()) {
      assertEquals(2, data.size());
      assertEquals(2, t.skipped());
      Batch b = data.batch(new int[] {0, 1});
      assertEquals(1 + 7, b.x().get(0, 0) + b.x().get(1, 0), 0.0);
      assertEquals(2 + 8, b.y().get(0, 0) + b.y().get(1, 0), 0.0);
    }
    Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
    var e = assertThrows(IllegalArgumentException.class, () -> TableLoader.load(spark, bad.toString(), dir));
    assertTrue(e.getMessage().contains("x_*"), e.getMessage());
  }
}
