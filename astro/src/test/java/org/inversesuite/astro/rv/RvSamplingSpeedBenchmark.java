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
 * 1000 draws on 1 and on 2 threads, alternating, in wall time and in CPU time of the calling
 * thread, and the rate of the same float32 Vector API kernel ({@link Kernels#FASTEST}) on one
 * 256×128×128 product measured in between, both in FLOP per CPU second (robust on a shared
 * machine), so the sampling path's rate is compared with the kernel's own. FLOPs per draw ≈ 2 × the number of coupling weights (each weight is one
 * multiply-add per draw; the summary network runs once per posterior and is not counted).
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
      List<RvSimulation> targets = saved.experiment().simulator().simulator().simulate(8, new Rng(5));
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      double[][] ys = targets.stream().map(s -> encoding.encode(s.observations()).toRows()[0]).toArray(double[][]::new);
      double flops = 2.0 * couplingWeights(two.flow().parameters());
      System.out.printf("coupling weights %.0f: %.3f MFLOP per draw, %.3f GFLOP per 1000 draws%n", flops / 2,
          flops * 1e-6, flops * DRAWS * 1e-9);
      for (int w = 0; w < 30; w++) {
        one.sample(ys[w % ys.length], DRAWS, new Rng(w));
        two.sample(ys[w % ys.length], DRAWS, new Rng(w));
        kernelRate();
      }
      double[][] wall = new double[3][REPS];
      double[][] cpu = new double[3][REPS];
      for (int r = 0; r < REPS; r++) {
        for (int k = 0; k < 3; k++) {
          long c0 = threadCpu();
          long t0 = System.nanoTime();
          double rate = k == 2 ? kernelRate() : 0; // GFLOP per CPU second
          if (k < 2) {
            (k == 0 ? one : two).sample(ys[r % ys.length], DRAWS, new Rng(100 + r));
          }
          wall[k][r] = k == 2 ? rate : (System.nanoTime() - t0) * 1e-9;
          cpu[k][r] = (threadCpu() - c0) * 1e-9;
        }
      }
      double kernel = median(wall[2]);
      for (int k = 0; k < 2; k++) {
        double t = median(wall[k]);
        double c = median(cpu[k]);
        System.out.printf("%d thread(s): 1000 draws %.2f ms wall (median of %d), %.2f ms CPU of the calling thread; "
            + "%.1f GFLOP per CPU second%s%n", k + 1, t * 1e3, REPS, c * 1e3, flops * DRAWS / c * 1e-9,
            k == 0 ? String.format(", %.0f %% of the kernel's rate", 100 * flops * DRAWS / c * 1e-9 / kernel)
                : " (calling thread only: it runs half the rows)");
      }
      System.out.printf("Vector API kernel alone, one thread, 256x128 · 128x128 + bias + ReLU: %.1f GFLOP per CPU second "
          + "(median); wall ratio 2 threads / 1 thread %.2f%n", kernel, median(wall[1]) / median(wall[0]));
    }
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
