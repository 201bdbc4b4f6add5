package org.inversesuite.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Speed of the {@link DenseKernel}s on the cINN coupling subnet 4→128 ReLU→128 ReLU→4, float32.
 * Not a test (Surefire never runs it). Run from the repository root:
 * <pre>
 * mvn -q -o -pl core test-compile \
 *   org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/cp.txt
 * OMP_NUM_THREADS=1 java --add-modules jdk.incubator.vector -Xmx2g \
 *   -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) \
 *   org.inversesuite.core.nn.DenseKernelBenchmark [vector,nd4j,java] [rounds]
 * </pre>
 * (The plugin version is spelled out because the parent pom does not pin maven-dependency-plugin
 * and only 3.8.1 is in the offline cache. OMP_NUM_THREADS=1 makes the ND4J figures single-threaded.)
 * Cases: (a) one training step (forward and backward, including dx of the subnet input) at
 * batch 256 and 512 on one thread; (b) forward only at batch 1000 and 5000; (c) the 2-thread
 * form of the cINN step, batch 512 split 256/256, one kernel and subnet per thread. The kernels
 * are timed in alternating rounds (each round runs every kernel once, for about 30 ms), so that
 * load from other processes hits them alike; the figure is the median over rounds, with the
 * best round beside it. One-thread cases also give the median of the calling thread's CPU time,
 * which leaves out the time the thread waited for a core on a shared machine (with
 * OMP_NUM_THREADS=1, ND4J computes on the calling thread too).
 */
public final class DenseKernelBenchmark {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private static final int[] WIDTHS = {4, 128, 128, 4};
  private static final long LAYER_MACS = layerMacs();

  private DenseKernelBenchmark() {
  }

  /**
   * @param args optional: comma-separated kernels (vector, nd4j, java; default all), number of
   *     rounds (default 21)
   */
  public static void main(String[] args) throws Exception {
    List<String> kernels = Arrays.asList((args.length > 0 ? args[0] : "vector,nd4j,java").split(","));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    org.nd4j.linalg.factory.Nd4j.getExecutioner(); // loads the backend, which NativeOpsHolder needs
    boolean oneDnn = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
        .contains("HAVE_ONEDNN");
    System.out.printf(Locale.ROOT, "oneDNN loaded: %s; OMP_NUM_THREADS=%s; vector length %d floats; %d cores%n",
        oneDnn, System.getenv("OMP_NUM_THREADS"), VectorDenseKernel.vectorLength(),
        Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bench-half");
      t.setDaemon(true);
      return t;
    });
    Map<String, Supplier<DenseKernel>> factories = new LinkedHashMap<>();
    factories.put("vector", VectorDenseKernel::new);
    factories.put("nd4j", Nd4jDenseKernel::new);
    factories.put("java", JavaDenseKernel::new);
    List<Case> cases = List.of(
        new Case("train step n=256, 1 thread", 256, true, false),
        new Case("train step n=512, 1 thread", 512, true, false),
        new Case("forward n=1000, 1 thread", 1000, false, false),
        new Case("forward n=5000, 1 thread", 5000, false, false),
        new Case("train step n=512, 2 threads (256+256)", 256, true, true));
    for (Case c : cases) {
      Map<String, double[][]> times = new LinkedHashMap<>();
      List<Runnable> work = new ArrayList<>();
      for (String k : kernels) {
        Subnet main = new Subnet(factories.get(k).get(), c.n);
        Subnet other = c.twoThreads ? new Subnet(factories.get(k).get(), c.n) : null;
        work.add(() -> run(c, main, other, pool));
        times.put(k, new double[2][rounds]);
      }
      measure(kernels, work, times, rounds);
      report(c, times);
    }
    pool.shutdownNow();
  }

  private static void measure(List<String> kernels, List<Runnable> work, Map<String, double[][]> times, int rounds) {
    int[] reps = new int[kernels.size()];
    for (int k = 0; k < kernels.size(); k++) {
      long start = System.nanoTime();
      int calls = 0;
      // Warm-up: 2000 calls (C2 needs them; 300 ms was not enough and left 5-20x slower code in
      // the timed rounds), at least 3 s, at most 10 s (the plain Java kernel is slow).
      while (System.nanoTime() - start < 10_000_000_000L
          && (calls < 2000 || System.nanoTime() - start < 3_000_000_000L)) {
        work.get(k).run();
        calls++;
      }
      double perCall = (System.nanoTime() - start) / (double) calls;
      reps[k] = (int) Math.max(1, Math.min(10_000, 30e6 / perCall));
    }
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < kernels.size(); k++) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < reps[k]; i++) {
          work.get(k).run();
        }
        long t1 = System.nanoTime();
        long cpu1 = CPU.getCurrentThreadCpuTime();
        times.get(kernels.get(k))[0][r] = (t1 - t0) / 1e6 / reps[k];
        times.get(kernels.get(k))[1][r] = (cpu1 - cpu0) / 1e6 / reps[k];
      }
    }
  }

  private static void run(Case c, Subnet main, Subnet other, ExecutorService pool) {
    if (other == null) {
      main.step(c.train);
      return;
    }
    Future<?> half = pool.submit(() -> other.step(c.train));
    main.step(c.train);
    try {
      half.get();
    } catch (Exception e) {
      throw new IllegalStateException("second half failed", e);
    }
  }

  private static void report(Case c, Map<String, double[][]> times) {
    long samples = c.twoThreads ? 2L * c.n : c.n;
    double flop = (c.train ? 6.0 : 2.0) * LAYER_MACS * samples;
    System.out.printf(Locale.ROOT, "%s (%.1f MFLOP per call)%n", c.name, flop / 1e6);
    for (Map.Entry<String, double[][]> e : times.entrySet()) {
      double[] wall = e.getValue()[0].clone();
      Arrays.sort(wall);
      double median = wall[wall.length / 2];
      String cpu = c.twoThreads ? "" : String.format(Locale.ROOT, "   cpu median %8.3f ms %6.1f GFLOP/s",
          median(e.getValue()[1]), flop / median(e.getValue()[1]) / 1e6);
      System.out.printf(Locale.ROOT, "  %-7s median %8.3f ms %6.1f GFLOP/s   best %8.3f ms%s%n",
          e.getKey(), median, flop / median / 1e6, wall[0], cpu);
    }
    if (times.containsKey("vector") && times.containsKey("nd4j")) {
      double v = median(times.get("vector")[0]);
      double n = median(times.get("nd4j")[0]);
      System.out.printf(Locale.ROOT, "  time Vector/Nd4j = %.2f (Vector %.2fx faster)", v / n, n / v);
      if (!c.twoThreads) {
        double vc = median(times.get("vector")[1]);
        double nc = median(times.get("nd4j")[1]);
        System.out.printf(Locale.ROOT, "; in cpu time %.2f", vc / nc);
      }
      System.out.println();
    }
  }

  private static double median(double[] values) {
    double[] t = values.clone();
    Arrays.sort(t);
    return t[t.length / 2];
  }

  private static long layerMacs() {
    long macs = 0;
    for (int l = 0; l + 1 < WIDTHS.length; l++) {
      macs += (long) WIDTHS[l] * WIDTHS[l + 1];
    }
    return macs;
  }

  private record Case(String name, int n, boolean train, boolean twoThreads) {
  }

  /** One subnet with its parameters, activations and gradient buffers, driven by one kernel. */
  private static final class Subnet {
    private final DenseKernel kernel;
    private final Matrix parameters;
    private final Matrix gradients;
    private final Matrix[] h;
    private final Matrix[] d;
    private final Matrix dyOut;
    private final int[] weightOffsets = new int[WIDTHS.length - 1];
    private final int[] biasOffsets = new int[WIDTHS.length - 1];

    Subnet(DenseKernel kernel, int n) {
      this.kernel = kernel;
      Random random = new Random(42);
      int size = 0;
      for (int l = 0; l + 1 < WIDTHS.length; l++) {
        weightOffsets[l] = size;
        biasOffsets[l] = size + WIDTHS[l] * WIDTHS[l + 1];
        size = biasOffsets[l] + WIDTHS[l + 1];
      }
      parameters = filled(1, size, random, 0.15);
      gradients = new FloatMatrix(1, size);
      h = new Matrix[WIDTHS.length];
      d = new Matrix[WIDTHS.length];
      for (int l = 0; l < WIDTHS.length; l++) {
        h[l] = l == 0 ? filled(n, WIDTHS[0], random, 1) : new FloatMatrix(n, WIDTHS[l]);
        d[l] = new FloatMatrix(n, WIDTHS[l]);
      }
      dyOut = filled(n, WIDTHS[WIDTHS.length - 1], random, 1);
    }

    void step(boolean train) {
      int layers = WIDTHS.length - 1;
      for (int l = 0; l < layers; l++) {
        kernel.forward(h[l], parameters, weightOffsets[l], biasOffsets[l], h[l + 1], activation(l));
      }
      if (!train) {
        return;
      }
      d[layers].copyRows(dyOut, 0, 0, dyOut.rows());
      for (int l = layers - 1; l >= 0; l--) {
        kernel.backward(h[l], h[l + 1], d[l + 1], parameters, weightOffsets[l], biasOffsets[l], gradients, d[l],
            activation(l));
      }
    }

    private static Activation activation(int layer) {
      return layer == WIDTHS.length - 2 ? Activation.IDENTITY : Activation.RELU;
    }

    private static Matrix filled(int rows, int cols, Random random, double sigma) {
      float[] v = new float[rows * cols];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (sigma * random.nextGaussian());
      }
      return new FloatMatrix(rows, cols, v);
    }
  }
}
