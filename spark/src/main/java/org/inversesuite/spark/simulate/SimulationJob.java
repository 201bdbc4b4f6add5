package org.inversesuite.spark.simulate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.spark.files.OutputFolder;
import org.inversesuite.spark.problem.SimulationProblems;
import org.inversesuite.spark.problem.SimulationSpec;

/**
 * Writes a simulation database of N rows (layout in {@link DatabaseLayout}). The blocks are
 * grouped into chunks of {@code chunkBlocks}; each chunk is one Spark job over
 * {@code partitions} partitions and one committed Parquet output. A chunk that already holds
 * its {@code _SUCCESS} marker is skipped, a partial one (a crash) is deleted and recomputed, so
 * re-running the same command after a crash finishes the database without recomputing what was
 * written. Rows depend only on (seed, blockRows, row), never on the partitioning or chunking.
 */
public final class SimulationJob {
  private final SparkSession spark;
  private final Consumer<String> log;

  /**
   * @param spark the session
   * @param log where progress lines go
   */
  public SimulationJob(SparkSession spark, Consumer<String> log) {
    this.spark = spark;
    this.log = log;
  }

  /**
   * @param spec what to simulate
   * @param rows number of rows N ≥ 1
   * @param out the database folder (path or URI)
   * @param partitions partitions per chunk job ≥ 1
   * @param force replace a different database in {@code out}
   * @param maxChunks compute at most this many chunks in this run (Long.MAX_VALUE: all)
   * @throws IllegalArgumentException if {@code out} holds something else and {@code force} is off
   */
  public SimulationResult run(SimulationSpec spec, long rows, String out, int partitions, boolean force,
      long maxChunks) {
    if (rows < 1 || partitions < 1) {
      throw new IllegalArgumentException("rows and partitions must be >= 1, got " + rows + " and " + partitions);
    }
    long start = System.nanoTime();
    InverseProblem problem = SimulationProblems.create(spec.problem(), spec.options());
    OutputFolder folder = OutputFolder.of(spark, out);
    String identity = identity(spec, rows);
    prepare(folder, identity, force);
    BlockSimulator layout = new BlockSimulator(problem, spec.seed(), spec.blockRows(), rows);
    long blocks = layout.blocks();
    long chunks = (blocks + spec.chunkBlocks() - 1) / spec.chunkBlocks();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StatusCounts counts = new StatusCounts();
    spark.sparkContext().register(counts, "simulation status");
    long computed = 0;
    long skipped = 0;
    for (long c = 0; c < chunks; c++) {
      String name = DatabaseLayout.chunk(c);
      if (folder.complete(name)) {
        skipped++;
        continue;
      }
      if (computed >= maxChunks) {
        continue;
      }
      folder.delete(name);
      List<Long> ids = new ArrayList<>();
      for (long b = c * spec.chunkBlocks(); b < Math.min(blocks, (c + 1) * spec.chunkBlocks()); b++) {
        ids.add(b);
      }
      JavaRDD<Row> rdd = jsc.parallelize(ids, Math.min(partitions, ids.size())).mapPartitions(new BlockTask(spec, rows, counts));
      spark.createDataFrame(rdd, DatabaseLayout.schema(problem)).write().parquet(folder.uri(name));
      computed++;
      log.accept(String.format(java.util.Locale.ROOT, "chunk %d/%d written (%d blocks)", c + 1, chunks, ids.size()));
    }
    long remaining = chunks - computed - skipped;
    double seconds = (System.nanoTime() - start) / 1e9;
    SimulationResult result = new SimulationResult(folder.uri(), rows, chunks, computed, skipped, remaining,
        new LinkedHashMap<>(counts.value()),
        seconds);
    writeProvenance(folder, spec, rows, partitions, identity, result);
    return result;
  }

  /** @return the JSON that says what the database is: the spec and the row count */
  static String identity(SimulationSpec spec, long rows) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.set("spec", Json.mapper().valueToTree(spec));
    node.put("rows", rows);
    return node.toPrettyString();
  }

  private void prepare(OutputFolder folder, String identity, boolean force) {
    if (folder.exists(DatabaseLayout.IDENTITY)) {
      String existing = folder.read(DatabaseLayout.IDENTITY);
      if (sameJson(existing, identity)) {
        log.accept("resuming the database in " + folder.uri());
        return;
      }
      if (!force) {
        throw new IllegalArgumentException(folder.uri() + " holds a different simulation database ("
            + DatabaseLayout.IDENTITY + " differs in spec or rows); use --force to replace it");
      }
      folder.deleteAll();
    } else if (folder.nonEmpty()) {
      if (!force) {
        throw new IllegalArgumentException(folder.uri() + " exists and is not a simulation database; "
            + "use --force to replace it, or choose another --out");
      }
      folder.deleteAll();
    }
    folder.write(DatabaseLayout.IDENTITY, identity);
  }

  private static boolean sameJson(String a, String b) {
    try {
      return Json.mapper().readTree(a).equals(Json.mapper().readTree(b));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  private void writeProvenance(OutputFolder folder, SimulationSpec spec, long rows, int partitions, String identity,
      SimulationResult result) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.set("spec", Json.mapper().valueToTree(spec));
    node.put("rows", rows);
    node.put("partitions", partitions);
    node.put("master", spark.sparkContext().master());
    node.put("sparkVersion", spark.version());
    node.put("defaultParallelism", spark.sparkContext().defaultParallelism());
    node.set("result", Json.mapper().valueToTree(result));
    node.set("provenance", Json.mapper().valueToTree(Provenance.current(spec.seed(), Provenance.sha256(identity))));
    folder.write(DatabaseLayout.PROVENANCE, node.toPrettyString());
  }
}
