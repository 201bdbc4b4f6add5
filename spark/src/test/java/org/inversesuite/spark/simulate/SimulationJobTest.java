package org.inversesuite.spark.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.config.Json;
import org.inversesuite.data.benchmark.InverseKinematics;
import org.inversesuite.spark.problem.SimulationSpec;
import org.inversesuite.spark.session.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class SimulationJobTest {
  private static final long ROWS = 1_050;
  private static final SimulationSpec IK = new SimulationSpec("ik-test", InverseKinematics.ID,
      Json.mapper().createObjectNode(), 100, 4, 7);

  @TempDir
  Path dir;

  private static List<Row> rows(SparkSession spark, Path db) {
    List<Row> out = new java.util.ArrayList<>(SimulationDatabase.open(spark, db.toString()).read(spark).collectAsList());
    out.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
    return out;
  }

  private SimulationResult run(SparkSession spark, SimulationSpec spec, String name, int partitions, long maxChunks) {
    return new SimulationJob(spark, s -> System.err.println(java.time.Instant.now() + " " + s)).run(spec, ROWS, dir.resolve(name).toString(), partitions, false,
        maxChunks);
  }

  @Test
  void sameSeedGivesSameRowsForAnyPartitioningAndChunking(SparkSession spark) {
    SimulationResult one = run(spark, IK, "p1", 1, Long.MAX_VALUE);
    run(spark, IK.withChunkBlocks(3), "p4", 4, Long.MAX_VALUE);
    run(spark, IK.withSeed(8), "other", 4, Long.MAX_VALUE);
    assertEquals(3, one.chunks());
    assertEquals(ROWS, one.statusCounts().get(BlockSimulator.CONVERGED));
    List<Row> a = rows(spark, dir.resolve("p1"));
    List<Row> b = rows(spark, dir.resolve("p4"));
    assertEquals(ROWS, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(i, a.get(i).getLong(0));
      assertEquals(a.get(i), b.get(i), "row " + i);
    }
    List<Row> c = rows(spark, dir.resolve("other"));
    assertNotEquals(a.get(0), c.get(0), "another seed must give other rows");
  }

  @Test
  void observationsAreTheForwardModelOfTheParameters(SparkSession spark) {
    run(spark, IK, "fwd", 2, Long.MAX_VALUE);
    List<Row> a = rows(spark, dir.resolve("fwd"));
    var forward = InverseKinematics.forwardModel();
    for (Row r : a.subList(0, 50)) {
      double[] x = {r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5)};
      var y = forward.apply(new org.inversesuite.core.tensor.DoubleMatrix(1, 4, x));
      assertEquals(y.get(0, 0), r.getDouble(6), 1e-12);
      assertEquals(y.get(0, 1), r.getDouble(7), 1e-12);
    }
  }

  @Test
  void resumesAfterACrashWithoutRecomputingWrittenChunks(SparkSession spark) throws IOException {
    run(spark, IK, "whole", 2, Long.MAX_VALUE);
    SimulationResult first = run(spark, IK, "crashed", 2, 1);
    assertEquals(1, first.computed());
    assertEquals(2, first.remaining());
    Path chunk0 = dir.resolve("crashed").resolve(DatabaseLayout.chunk(0));
    FileTime written = Files.getLastModifiedTime(chunk0.resolve("_SUCCESS"));
    // a crash in the middle of chunk 1: files without the _SUCCESS marker
    Files.createDirectories(dir.resolve("crashed").resolve(DatabaseLayout.chunk(1)));
    Files.writeString(dir.resolve("crashed").resolve(DatabaseLayout.chunk(1)).resolve("part-00000.parquet"), "junk");
    SimulationResult second = run(spark, IK, "crashed", 3, Long.MAX_VALUE);
    assertEquals(1, second.skipped());
    assertEquals(2, second.computed());
    assertTrue(second.complete());
    assertEquals(written, Files.getLastModifiedTime(chunk0.resolve("_SUCCESS")), "chunk 0 must not be rewritten");
    assertEquals(rows(spark, dir.resolve("whole")), rows(spark, dir.resolve("crashed")));
  }

  @Test
  void refusesAnotherDatabaseWithoutForce(SparkSession spark) throws IOException {
    run(spark, IK, "db", 1, 1);
    var e = assertThrows(IllegalArgumentException.class, () -> run(spark, IK.withSeed(99), "db", 1, 1));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    Files.createDirectories(dir.resolve("notes"));
    Files.writeString(dir.resolve("notes").resolve("a.txt"), "mine");
    var e2 = assertThrows(IllegalArgumentException.class, () -> run(spark, IK, "notes", 1, 1));
    assertTrue(e2.getMessage().contains("not a simulation database"), e2.getMessage());
  }
}
