package org.inversesuite.astro.rv;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.DenseKernel;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where the RV cINN's time per posterior goes, on a model saved by {@code RvMcmcComparisonBenchmark}:
 * the steps of one answer (encoding with the periodogram, summary network, 1000 draws with and
 * without the per-posterior precompute of the couplings' condition term, the draws on two threads,
 * the whole answer through {@link RvPosterior}) timed alternately in CPU time of the calling
 * thread (robust on a shared machine), and the rate of the float32 Vector API kernel
 * ({@link Kernels#FASTEST}) on one 256×128×128 product measured in between. FLOPs per draw ≈ 2 ×
 * the number of coupling weights (each weight is one multiply-add per draw without the
 * precompute; the summary network runs once per posterior and is not counted).
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvSamplingSpeedBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=target/astro-bench/rv-cinn.inn}.
 */
@Tag("benchmark")
class RvSamplingSpeedBenchmark {
  private static final int DRAWS = 1000;
  private static final int REPS = 40;

  @Test
  void samplingPathAgainstTheKernel() {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      Cinn two = saved.cinn();
      Cinn one = new Cinn(two.flow(), two.xSpace(), two.yNormalization(), 1);
      RvPosterior posterior = saved.posterior().withCinn(one);
      List<RvSimulation> targets = saved.experiment().simulator().simulator().simulate(8, new Rng(5));
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      double[][] ys = targets.stream().map(s -> encoding.encode(s.observations()).toRows()[0]).toArray(double[][]::new);
      double flops = 2.0 * couplingWeights(two.flow().parameters());
      double conditionFlops = 2.0 * conditionWeights(two.flow());
      System.out.printf("coupling weights %.0f: %.3f MFLOP per draw, %.3f GFLOP per 1000 draws; of which the condition's "
          + "part of the subnets' first layers %.3f MFLOP per draw (%.1f %%)%n", flops / 2, flops * 1e-6,
          flops * DRAWS * 1e-9, conditionFlops * 1e-6, 100 * conditionFlops / flops);
      // the steps of one answer, each timed in CPU time of the calling thread, alternating so that the load of the
      // shared machine hits all of them alike: 0 encode (padding + periodogram + features), 1 summary network and one
      // draw, 2 1000 draws with the per-posterior precompute, 3 1000 draws without it (reference path), 4 two threads
      // with the precompute, 5 the whole answer (encode + RvPosterior.sample: map back, redraws outside the prior),
      // 6 the kernel alone
      String[] names = {"encode: padding + periodogram + features", "summary network + 1 draw",
          "1000 draws, precomputed condition term (1 thread)", "1000 draws, broadcast condition (reference, 1 thread)",
          "1000 draws, precomputed, 2 threads (calling thread's CPU)",
          "whole answer: encode + RvPosterior.sample(1000), 1 thread", "kernel"};
      int steps = names.length;
      for (int w = 0; w < 30; w++) {
        for (int k = 0; k < steps; k++) {
          step(k, targets.get(w % targets.size()), ys[w % ys.length], encoding, one, two, posterior, w);
        }
      }
      double[][] wall = new double[steps][REPS];
      double[][] cpu = new double[steps][REPS];
      for (int r = 0; r < REPS; r++) {
        for (int k = 0; k < steps; k++) {
          long c0 = threadCpu();
          long t0 = System.nanoTime();
          double rate = step(k, targets.get(r % targets.size()), ys[r % ys.length], encoding, one, two, posterior,
              100 + r);
          wall[k][r] = k == steps - 1 ? rate : (System.nanoTime() - t0) * 1e-9;
          cpu[k][r] = (threadCpu() - c0) * 1e-9;
        }
      }
      double kernel = median(wall[steps - 1]);
      double whole = median(cpu[5]);
      for (int k = 0; k < steps - 1; k++) {
        double c = median(cpu[k]);
        System.out.printf("%-58s %8.3f ms CPU (median of %d), %8.3f ms wall, %5.1f %% of the whole answer%s%n",
            names[k], c * 1e3, REPS, median(wall[k]) * 1e3, 100 * c / whole,
            k == 2 || k == 3 ? String.format(", %.1f GFLOP/s (%.0f %% of the kernel's)", flops * DRAWS / c * 1e-9,
                100 * flops * DRAWS / c * 1e-9 / kernel) : "");
      }
      System.out.printf("precompute speed-up of the draws (CPU, median of per-round ratios): %.3fx%n",
          medianRatio(cpu[3], cpu[2]));
      System.out.printf("Vector API kernel alone, one thread, 256x128 · 128x128 + bias + ReLU: %.1f GFLOP per CPU second "
          + "(median)%n", kernel);
    }
  }

  private static double step(int k, RvSimulation target, double[] y, RvSetEncoding encoding, Cinn one, Cinn two,
      RvPosterior posterior, long seed) {
    switch (k) {
      case 0 -> encoding.encode(target.observations());
      case 1 -> one.sample(y, 1, new Rng(seed));
      case 2 -> one.sample(y, DRAWS, new Rng(seed));
      case 3 -> one.sampleBroadcast(y, DRAWS, new Rng(seed));
      case 4 -> two.sample(y, DRAWS, new Rng(seed));
      case 5 -> posterior.sample(encoding.encode(target.observations()).toRows()[0], DRAWS, new Rng(seed));
      default -> {
        return kernelRate();
      }
    }
    return 0;
  }

  /** @return weights of the coupling subnets' first layers that multiply the condition c */
  private static long conditionWeights(org.inversesuite.core.flow.Flow flow) {
    long features = flow.config().featureDimension();
    long n = 0;
    for (Parameters.Segment s : flow.parameters().segments()) {
      if (!s.name().startsWith("conditionNetwork") && s.name().endsWith(".layer0.weight")) {
        long in = 0;
        for (Parameters.Segment b : flow.parameters().segments()) {
          if (b.name().equals(s.name().replace(".weight", ".bias"))) {
            in = s.size() / b.size();
          }
        }
        n += s.size() * features / in;
      }
    }
    return n;
  }

  private static double medianRatio(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[i] / b[i];
    }
    return median(r);
  }

  private static final DenseKernel KERNEL = Kernels.FASTEST.create(Precision.FLOAT32);
  private static final Matrix X = filled(256, 128);
  private static final Matrix P = filled(1, 128 * 128 + 128);
  private static final Matrix Y = Matrix.zeros(Precision.FLOAT32, 256, 128);

  /** @return GFLOP per CPU second of 50 products 256×128 · 128×128 on this thread */
  private static double kernelRate() {
    long t0 = threadCpu();
    for (int i = 0; i < 50; i++) {
      KERNEL.forward(X, P, 0, 128 * 128, Y, Activation.RELU);
    }
    return 50 * 2.0 * 256 * 128 * 128 / (threadCpu() - t0);
  }

  private static Matrix filled(int rows, int cols) {
    Matrix m = Matrix.zeros(Precision.FLOAT32, rows, cols);
    Rng r = new Rng(rows * 31L + cols);
    for (int i = 0; i < m.size(); i++) {
      m.set(i, r.gaussian() * 0.1);
    }
    return m;
  }

  private static long couplingWeights(Parameters p) {
    long n = 0;
    for (Parameters.Segment s : p.segments()) {
      if (!s.name().startsWith("conditionNetwork") && s.name().endsWith(".weight")) {
        n += s.size();
      }
    }
    return n;
  }

  private static long threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double median(double[] v) {
    double[] a = v.clone();
    Arrays.sort(a);
    return a[a.length / 2];
  }
}
