package org.inversesuite.spark.infer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.spark.files.OutputFolder;

/**
 * Posterior summaries for every row of a catalogue:
 *
 * <pre>
 *   OUT/posterior/     Parquet: index, id, y_&lt;name&gt;…, then per parameter mean, std, median,
 *                      quantiles, credible bounds ({@link SummaryLayout}), optionally the samples
 *   OUT/errors/        Parquet: index, id, reason, raw — every row that got no posterior
 *   OUT/inference.json the model, input, options, counts and provenance
 * </pre>
 *
 * The model's bytes are broadcast once; each partition loads it and samples its rows, row i
 * from {@code new Rng(seed).stream(i)}, so results do not depend on the partitioning. No row is
 * dropped: every input row lands in exactly one of the two outputs.
 */
public final class InferenceJob {
  /** Posterior output folder. */
  public static final String POSTERIOR = "posterior";
  /** Error output folder. */
  public static final String ERRORS = "errors";
  /** Provenance file. */
  public static final String PROVENANCE = "inference.json";

  private final SparkSession spark;

  /** @param spark the session */
  public InferenceJob(SparkSession spark) {
    this.spark = spark;
  }

  /** @return the schema of the posterior output */
  public static StructType posteriorSchema(ModelInfo model, SummaryLayout layout, boolean keepSamples) {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("index", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("id", DataTypes.StringType, false));
    for (String y : model.observations()) {
      f.add(DataTypes.createStructField("y_" + y, DataTypes.DoubleType, false));
    }
    for (String c : layout.columns()) {
      f.add(DataTypes.createStructField(c, DataTypes.DoubleType, false));
    }
    if (keepSamples) {
      for (String p : layout.parameters()) {
        f.add(DataTypes.createStructField(p + "_samples", DataTypes.createArrayType(DataTypes.DoubleType, false), false));
      }
    }
    return DataTypes.createStructType(f);
  }

  /** @return the schema of the error output */
  public static StructType errorSchema() {
    return DataTypes.createStructType(List.of(DataTypes.createStructField("index", DataTypes.LongType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("raw", DataTypes.StringType, true)));
  }

  /**
   * @param model the trained model and its names
   * @param input the catalogue (Parquet, or .csv)
   * @param out the output folder
   * @param options summaries, samples, seed, partitions
   * @param force replace an existing output folder
   */
  public InferenceResult run(ModelInfo model, String input, String out, InferenceOptions options, boolean force) {
    long start = System.nanoTime();
    OutputFolder folder = OutputFolder.of(spark, out);
    if (folder.nonEmpty()) {
      if (!force) {
        throw new IllegalArgumentException(folder.uri() + " exists and is not empty; use --force to replace it");
      }
      folder.deleteAll();
    }
    InferenceTask.load(model).close(); // a damaged model fails here, on the driver, with its message
    SummaryLayout layout = new SummaryLayout(model.parameters(), options.quantiles(), options.levels());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ModelInfo> shared = jsc.broadcast(model);
    JavaRDD<CatalogueRow> rows = CatalogueInput.read(spark, input, model.observations())
        .repartition(options.partitions());
    JavaPairRDD<Boolean, Row> results = rows.mapPartitions(new InferenceTask(shared, layout, options))
        .mapToPair(t -> t).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.createDataFrame(results.filter(t -> t._1()).values(), posteriorSchema(model, layout, options.keepSamples()))
          .write().parquet(folder.uri(POSTERIOR));
      spark.createDataFrame(results.filter(t -> !t._1()).values(), errorSchema()).write().parquet(folder.uri(ERRORS));
      long ok = spark.read().parquet(folder.uri(POSTERIOR)).count();
      long bad = spark.read().parquet(folder.uri(ERRORS)).count();
      InferenceResult result = new InferenceResult(folder.uri(), ok + bad, ok, bad, (System.nanoTime() - start) / 1e9);
      writeProvenance(folder, model, input, options, result);
      return result;
    } finally {
      results.unpersist(false);
      shared.destroy();
    }
  }

  private void writeProvenance(OutputFolder folder, ModelInfo model, String input, InferenceOptions options,
      InferenceResult result) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("model", model.source());
    node.put("modelSha256", Provenance.sha256(model.bytes()));
    node.put("input", input);
    node.set("options", Json.mapper().valueToTree(options));
    node.put("master", spark.sparkContext().master());
    node.put("sparkVersion", spark.version());
    node.set("result", Json.mapper().valueToTree(result));
    node.set("provenance", Json.mapper().valueToTree(Provenance.current(options.seed(), Provenance.sha256(model.bytes()))));
    folder.write(PROVENANCE, node.toPrettyString());
  }
}
