package org.inversesuite.cli.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.core.train.NllObjective;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * The timing protocol of the PyTorch reference ({@code ik_torch.py --mode throughput}) on the
 * same model: training samples/s of forward + backward + Adam on one fixed batch of 512 (5 reps
 * of 50 steps, median), sampling samples/s on a batch of 10,000 (20 reps), milliseconds for
 * 1000 samples of one observation, and peak resident memory (VmHWM). Warm-up is excluded as in
 * the reference, but longer (300 training steps, 10 sampling calls instead of 20 and 2): the
 * JIT compiles the Vector API kernels only after some thousand calls, and until then runs them
 * boxed, at a fraction of their speed.
 *
 * @param trainSamplesPerSecond median over reps
 * @param inferSamplesPerSecond median over reps
 * @param posterior1000Millis median over reps
 * @param peakRssBytes VmHWM of this process
 * @param trainReps samples/s of each rep
 */
public record IkThroughput(double trainSamplesPerSecond, double inferSamplesPerSecond, double posterior1000Millis,
    long peakRssBytes, double[] trainReps) {

  /** Training steps before timing starts. */
  public static final int WARMUP_STEPS = 300;
  /** Sampling calls before timing starts. */
  public static final int WARMUP_CALLS = 10;

  /** Measures in this process with {@code threads} threads and the given kernels. */
  public static IkThroughput measure(int threads, Kernels kernels) {
    ExperimentConfig config = ExperimentConfig.inverseKinematicsDefault();
    InverseProblem problem = InverseKinematics.problem();
    Rng seed = new Rng(1234);
    Flow flow = Flow.build(config.flow(), Precision.FLOAT32, seed.stream("model"), true);
    Batch batch = problem.simulate(512, seed.stream("batch"));
    Matrix x = Matrix.zeros(Precision.FLOAT32, 512, 4);
    Matrix y = Matrix.zeros(Precision.FLOAT32, 512, 2);
    x.copyRows(batch.x(), 0, 0, 512);
    y.copyRows(batch.y(), 0, 0, 512);
    double[] reps = new double[5];
    try (RowParallel parallel = new RowParallel(flow.parameters(), threads, kernels)) {
      NllObjective objective = new NllObjective(flow, parallel);
      AdamW adam = new AdamW(flow.parameters().size(), 0.9, 0.999, 1e-8, 0);
      for (int i = 0; i < WARMUP_STEPS; i++) {
        objective.lossAndGradient(x, y);
        adam.update(flow.parameters().values(), objective.gradients(), 1e-4);
      }
      for (int r = 0; r < reps.length; r++) {
        long t = System.nanoTime();
        for (int i = 0; i < 50; i++) {
          objective.lossAndGradient(x, y);
          adam.update(flow.parameters().values(), objective.gradients(), 1e-4);
        }
        reps[r] = 50 * 512 / ((System.nanoTime() - t) * 1e-9);
      }
    }
    double[] infer = new double[20];
    double[] latency = new double[20];
    Matrix obs = InverseKinematics.referenceObservations().yStar();
    Matrix big = Matrix.zeros(Precision.FLOAT64, 10_000, 2);
    for (int r = 0; r < 10_000; r++) {
      big.copyRows(obs, r / 1000, r, 1);
    }
    double[] one = obs.toRows()[0];
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(4), Standardization.identity(2), threads)) {
      Rng rng = seed.stream("sampling");
      for (int i = 0; i < WARMUP_CALLS; i++) {
        cinn.sampleEach(big, rng);
        cinn.sample(one, 1000, rng);
      }
      for (int i = 0; i < infer.length; i++) {
        long t = System.nanoTime();
        cinn.sampleEach(big, rng);
        infer[i] = 10_000 / ((System.nanoTime() - t) * 1e-9);
      }
      for (int i = 0; i < latency.length; i++) {
        long t = System.nanoTime();
        cinn.sample(one, 1000, rng);
        latency[i] = (System.nanoTime() - t) * 1e-6;
      }
    }
    return new IkThroughput(median(reps), median(infer), median(latency), peakRss(), reps);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  /** @return VmHWM of this process in bytes, or -1 where /proc is not available */
  public static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
