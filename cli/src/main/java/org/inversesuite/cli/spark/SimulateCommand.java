package org.inversesuite.cli.spark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.spark.problem.SimulationSpec;
import org.inversesuite.spark.simulate.SimulationJob;
import org.inversesuite.spark.simulate.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse simulate CONFIG --rows N --out DIR}: a simulation database on Spark. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Draw N parameter sets from a problem's prior, run its simulator on Spark and write a Parquet",
        "database (parameters x_*, observations y_*, per-row status) with its provenance. Re-running the same",
        "command after a crash finishes the database without recomputing the chunks already written."},
    footer = {"", "Examples:", "  inverse simulate experiments/spark/ik-simulate.json --rows 100000 --out db/ik",
        "  inverse simulate experiments/spark/interior-simulate.json --rows 20000 --out db/interior --partitions 8",
        "  inverse simulate experiments/spark/interior-simulate.json --rows 5600000 --out hdfs:///db/interior \\",
        "      --master yarn --partitions 400"})
public final class SimulateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "simulation config (JSON), e.g. experiments/spark/ik-simulate.json")
  Path config;

  @Option(names = "--rows", required = true, paramLabel = "N", description = "number of rows")
  long rows;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "database folder (path or URI)")
  String out;

  @Option(names = "--partitions", paramLabel = "P", description = "partitions per chunk (default: Spark's default parallelism)")
  Integer partitions;

  @Option(names = "--seed", paramLabel = "S", description = "seed (default: the config's)")
  Long seed;

  @Option(names = "--max-chunks", paramLabel = "K", description = "stop after computing K chunks (resume later)")
  Long maxChunks;

  @Option(names = "--force", description = "replace a different database in --out")
  boolean force;

  @Mixin
  SparkOptions spark;

  @Override
  public Integer call() {
    SimulationSpec spec = SimulationSpec.read(config);
    if (seed != null) {
      spec = spec.withSeed(seed);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("--rows must be >= 1, got " + rows);
    }
    SparkSession session = spark.start("inverse simulate " + spec.name());
    int p = partitions != null ? partitions : session.sparkContext().defaultParallelism();
    SimulationResult r = new SimulationJob(session, System.out::println).run(spec, rows, out, p, force,
        maxChunks == null ? Long.MAX_VALUE : maxChunks);
    System.out.printf(Locale.ROOT, "%s: %d rows in %d chunks (%d computed, %d already written, %d left) in %.1f s%n",
        r.out(), r.rows(), r.chunks(), r.computed(), r.skipped(), r.remaining(), r.seconds());
    r.statusCounts().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %d%n", k, v));
    return 0;
  }
}
