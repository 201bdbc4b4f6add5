package org.inversesuite.spark.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.spark.files.OutputFolder;
import org.inversesuite.spark.problem.SimulationProblems;
import org.inversesuite.spark.problem.SimulationSpec;

/**
 * A simulation database written by {@link SimulationJob}, read back: its spec, its problem and
 * the rows of its complete chunks.
 *
 * @param folder where it is
 * @param spec what it holds
 * @param rows rows it should hold
 * @param problem the problem its spec names
 * @param chunks URIs of the complete chunks
 * @param missing number of chunks not (yet) complete
 */
public record SimulationDatabase(String folder, SimulationSpec spec, long rows, InverseProblem problem,
    List<String> chunks, long missing) {

  /**
   * @param spark the session
   * @param uri the database folder
   * @throws IllegalArgumentException if it is not a simulation database
   */
  public static SimulationDatabase open(SparkSession spark, String uri) {
    OutputFolder folder = OutputFolder.of(spark, uri);
    if (!folder.exists(DatabaseLayout.IDENTITY)) {
      throw new IllegalArgumentException(uri + " is not a simulation database: it has no " + DatabaseLayout.IDENTITY
          + " (write one with: inverse simulate CONFIG --rows N --out " + uri + ")");
    }
    JsonNode identity;
    SimulationSpec spec;
    try {
      identity = Json.mapper().readTree(folder.read(DatabaseLayout.IDENTITY));
      spec = SimulationSpec.parse(identity.get("spec").toString(), folder.uri(DatabaseLayout.IDENTITY));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | NullPointerException e) {
      throw new IllegalArgumentException(folder.uri(DatabaseLayout.IDENTITY) + " is damaged: " + e.getMessage(), e);
    }
    long rows = identity.path("rows").asLong();
    long blocks = (rows + spec.blockRows() - 1) / spec.blockRows();
    long total = (blocks + spec.chunkBlocks() - 1) / spec.chunkBlocks();
    List<String> done = new ArrayList<>();
    for (long c = 0; c < total; c++) {
      if (folder.complete(DatabaseLayout.chunk(c))) {
        done.add(folder.uri(DatabaseLayout.chunk(c)));
      }
    }
    return new SimulationDatabase(folder.uri(), spec, rows, SimulationProblems.create(spec.problem(), spec.options()),
        List.copyOf(done), total - done.size());
  }

  /** @return every row of the complete chunks */
  public Dataset<Row> read(SparkSession spark) {
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException(folder + " has no complete chunk yet (re-run its inverse simulate to finish it)");
    }
    return spark.read().parquet(chunks.toArray(String[]::new));
  }

  /** @return the parameter columns */
  public List<String> xColumns() {
    return DatabaseLayout.xColumns(problem);
  }

  /** @return the observation columns */
  public List<String> yColumns() {
    return DatabaseLayout.yColumns(problem);
  }
}
