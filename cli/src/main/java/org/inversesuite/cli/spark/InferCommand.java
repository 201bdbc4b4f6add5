package org.inversesuite.cli.spark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.spark.infer.InferenceJob;
import org.inversesuite.spark.infer.InferenceOptions;
import org.inversesuite.spark.infer.InferenceResult;
import org.inversesuite.spark.infer.ModelInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse infer RUN --in catalogue.parquet|csv --out DIR}: batch posteriors on Spark. */
@Command(name = "infer", mixinStandardHelpOptions = true,
    description = {"Posterior summaries for every row of a catalogue (Parquet, or CSV with a header) with a trained",
        "model, on Spark: per parameter mean, std, median, quantiles and equal-tailed credible intervals in",
        "DIR/posterior/, optionally the samples; rows with missing, non-numeric or non-finite values go to",
        "DIR/errors/ with the reason."},
    footer = {"", "Examples:", "  inverse infer runs/ik-cinn-20261129-120000 --in catalogue.csv --out post/ik",
        "  inverse infer runs/interior-offline --in db/interior --out post/interior --levels 0.68,0.95 --keep-samples"})
public final class InferCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "a run folder or a model file (.inn)")
  Path run;

  @Option(names = "--in", required = true, paramLabel = "CATALOGUE", description = "Parquet file/folder or .csv")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (path or URI)")
  String out;

  @Option(names = {"-n", "--samples"}, defaultValue = "1000", description = "posterior samples per row (default ${DEFAULT-VALUE})")
  int samples;

  @Option(names = "--quantiles", split = ",", defaultValue = "0.05,0.25,0.75,0.95",
      description = "quantile levels (default ${DEFAULT-VALUE})")
  double[] quantiles;

  @Option(names = "--levels", split = ",", defaultValue = "0.68,0.95",
      description = "credible levels of the equal-tailed intervals (default ${DEFAULT-VALUE})")
  double[] levels;

  @Option(names = "--keep-samples", description = "also write the samples (an array column per parameter)")
  boolean keepSamples;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the latent draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--partitions", paramLabel = "P", description = "partitions (default: Spark's default parallelism)")
  Integer partitions;

  @Option(names = "--force", description = "replace an existing output folder")
  boolean force;

  @Mixin
  SparkOptions spark;

  @Override
  public Integer call() {
    ModelInfo model = RunModel.read(run);
    SparkSession session = spark.start("inverse infer");
    int p = partitions != null ? partitions : session.sparkContext().defaultParallelism();
    InferenceResult r = new InferenceJob(session).run(model, input, out,
        new InferenceOptions(samples, quantiles, levels, keepSamples, seed, p), force);
    System.out.printf(Locale.ROOT, "%s: %d rows, %d posteriors, %d errors in %.1f s%n", r.out(), r.rows(),
        r.summarized(), r.errors(), r.seconds());
    if (r.errors() > 0) {
      System.out.println("  reasons in " + r.out() + "/" + InferenceJob.ERRORS);
    }
    return 0;
  }
}
