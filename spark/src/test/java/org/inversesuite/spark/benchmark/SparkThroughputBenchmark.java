package org.inversesuite.spark.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.InverseKinematics;
import org.inversesuite.spark.infer.InferenceJob;
import org.inversesuite.spark.infer.InferenceOptions;
import org.inversesuite.spark.infer.ModelInfo;
import org.inversesuite.spark.infer.SummaryLayout;
import org.inversesuite.spark.problem.SimulationProblems;
import org.inversesuite.spark.problem.SimulationSpec;
import org.inversesuite.spark.session.SparkSessions;
import org.inversesuite.spark.simulate.BlockSimulator;
import org.inversesuite.spark.simulate.SimulationJob;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows per second of simulation (planet interior, inverse kinematics) and of batch inference
 * (the reference IK architecture: 8 Glow couplings, 128-128 subnets, 1000 samples per row),
 * for a plain in-process loop on one thread and for Spark local[1] and local[2] on the same
 * rows. Run: {@code mvn -Pbench -pl spark -am verify -Dtest=SparkThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Figures in docs/spark.md.
 */
@Tag("benchmark")
class SparkThroughputBenchmark {
  private static final int INTERIOR_ROWS = Integer.getInteger("bench.interiorRows", 4000);
  private static final int IK_ROWS = Integer.getInteger("bench.ikRows", 400_000);
  private static final int CATALOGUE_ROWS = Integer.getInteger("bench.catalogueRows", 400);

  @TempDir
  Path dir;

  private static SimulationSpec interior() throws IOException {
    return SimulationSpec.read(Path.of("..", "experiments", "spark", "interior-simulate.json"));
  }

  private static SimulationSpec ik() {
    return new SimulationSpec("ik-bench", InverseKinematics.ID, Json.mapper().createObjectNode(), 1000, 100, 1);
  }

  private static double plainSimulation(SimulationSpec spec, long rows) {
    long t = System.nanoTime();
    BlockSimulator sim = new BlockSimulator(SimulationProblems.create(spec.problem(), spec.options()), spec.seed(),
        spec.blockRows(), rows);
    long n = 0;
    for (long b = 0; b < sim.blocks(); b++) {
      n += sim.simulate(b).size();
    }
    return n / ((System.nanoTime() - t) / 1e9);
  }

  private double sparkSimulation(SparkSession spark, SimulationSpec spec, long rows, String name) {
    var r = new SimulationJob(spark, s -> { }).run(spec, rows, dir.resolve(name).toString(),
        spark.sparkContext().defaultParallelism(), false, Long.MAX_VALUE);
    return rows / r.seconds();
  }

  private ModelInfo model() throws IOException {
    Path file = dir.resolve("model.inn");
    Flow flow = Flow.build(FlowConfig.couplingChain(4, 2, 8, AffineCouplingConfig.defaults()),
        org.inversesuite.core.tensor.Precision.FLOAT32, new Rng(5), true);
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(4), Standardization.identity(2), 1)) {
      CinnStore.save(file, cinn, Json.mapper().createObjectNode());
    }
    return new ModelInfo(Files.readAllBytes(file), InverseKinematics.PARAMETER_NAMES,
        InverseKinematics.OBSERVATION_NAMES, file.toString());
  }

  private Path catalogue() throws IOException {
    StringBuilder sb = new StringBuilder("id,y_h,y_v\n");
    Rng rng = new Rng(3);
    for (int i = 0; i < CATALOGUE_ROWS; i++) {
      sb.append(i).append(',').append(1 + 0.5 * rng.uniform()).append(',').append(rng.uniform() - 0.5).append('\n');
    }
    return Files.writeString(dir.resolve("catalogue.csv"), sb.toString());
  }

  private static double plainInference(ModelInfo model, Path csv, InferenceOptions o) throws IOException {
    var lines = Files.readAllLines(csv);
    long t = System.nanoTime();
    Path file = Path.of(model.source());
    SummaryLayout layout = new SummaryLayout(model.parameters(), o.quantiles(), o.levels());
    try (Cinn cinn = CinnStore.load(file, 1)) {
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split(",");
        Matrix x = cinn.sample(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])}, o.samples(),
            new Rng(o.seed()).stream(i - 1));
        double[][] s = new double[x.rows()][x.cols()];
        for (int r = 0; r < x.rows(); r++) {
          for (int j = 0; j < x.cols(); j++) {
            s[r][j] = x.get(r, j);
          }
        }
        layout.summarize(s);
      }
    }
    return (lines.size() - 1) / ((System.nanoTime() - t) / 1e9);
  }

  @Test
  void throughput() throws IOException {
    ModelInfo model = model();
    Path csv = catalogue();
    System.out.printf(Locale.ROOT, "%n%-34s %12s %12s %12s%n", "rows/s", "plain loop", "local[1]", "local[2]");
    double[] interior = new double[3];
    double[] ik = new double[3];
    double[] infer = new double[3];
    interior[0] = plainSimulation(interior(), INTERIOR_ROWS);
    ik[0] = plainSimulation(ik(), IK_ROWS);
    InferenceOptions base = InferenceOptions.defaults(1);
    infer[0] = plainInference(model, csv, base);
    for (int cores = 1; cores <= 2; cores++) {
      SparkSession spark = SparkSessions.start("local[" + cores + "]", "bench-" + cores);
      try {
        sparkSimulation(spark, ik(), 10_000, "warm" + cores); // JIT and Spark's first-job costs
        interior[cores] = sparkSimulation(spark, interior(), INTERIOR_ROWS, "interior" + cores);
        ik[cores] = sparkSimulation(spark, ik(), IK_ROWS, "ik" + cores);
        InferenceOptions o = new InferenceOptions(base.samples(), base.quantiles(), base.levels(), false, 1, cores);
        infer[cores] = CATALOGUE_ROWS / new InferenceJob(spark).run(model, csv.toString(),
            dir.resolve("post" + cores).toString(), o, false).seconds();
      } finally {
        spark.stop();
      }
    }
    print("simulate planet-interior (" + INTERIOR_ROWS + ")", interior);
    print("simulate inverse-kinematics (" + IK_ROWS + ")", ik);
    print("infer IK, 1000 samples/row (" + CATALOGUE_ROWS + ")", infer);
  }

  private static void print(String what, double[] v) {
    System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f %12.0f   scaling 2/1 cores %.2f, Spark[1]/plain %.2f%n", what,
        v[0], v[1], v[2], v[2] / v[1], v[1] / v[0]);
  }
}
