package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cost per element of {@link Math#atan} (JDK 17: a native call into fdlibm) against {@link FdlibmAtan}
 * (the same algorithm in Java), with {@link Math#exp} for scale, on the arguments of a coupling's clamp
 * (subnet outputs, N(0, 2²)): rounds of 256 × 2000 elements, the three alternating, CPU time of the
 * calling thread, medians of 15 rounds and the median of the per-round ratios.
 *
 * <p>Run: {@code mvn -o -Pbench -pl core verify -Dtest=FdlibmAtanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FdlibmAtanBenchmark {
  private static final int ROUNDS = 15;
  private static final int REPS = 2000;

  @Test
  void javaAtanAgainstTheNativeCall() {
    SplittableRandom r = new SplittableRandom(3);
    double[] x = new double[256];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (2 * r.nextDouble(-1, 1) * Math.sqrt(-2 * Math.log(r.nextDouble(1e-12, 1))));
    }
    double[] out = new double[x.length];
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    double[][] ns = new double[3][ROUNDS];
    double[] ratio = new double[ROUNDS];
    double sink = 0;
    for (int round = -5; round < ROUNDS; round++) { // 5 rounds of warm-up
      double[] t = new double[3];
      for (int k = 0; k < 3; k++) {
        long c0 = clock.getCurrentThreadCpuTime();
        for (int rep = 0; rep < REPS; rep++) {
          for (int i = 0; i < x.length; i++) {
            out[i] = k == 0 ? Math.atan(x[i]) : k == 1 ? FdlibmAtan.atan(x[i]) : Math.exp(x[i]);
          }
          sink += out[rep & 255];
        }
        t[k] = (clock.getCurrentThreadCpuTime() - c0) / ((double) REPS * x.length);
      }
      if (round >= 0) {
        for (int k = 0; k < 3; k++) {
          ns[k][round] = t[k];
        }
        ratio[round] = t[0] / t[1];
      }
    }
    System.out.printf("ns per element, median of %d rounds: Math.atan %.2f, FdlibmAtan %.2f, Math.exp %.2f; "
        + "Math.atan / FdlibmAtan per round: median %.2f (%.2f-%.2f) [%s]%n", ROUNDS, median(ns[0]), median(ns[1]),
        median(ns[2]), median(ratio), Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0),
        sink > 0 ? "+" : "-");
    for (double v : x) {
      assertEquals(Double.doubleToRawLongBits(Math.atan(v)), Double.doubleToRawLongBits(FdlibmAtan.atan(v)));
    }
  }

  private static double median(double[] v) {
    double[] a = v.clone();
    Arrays.sort(a);
    return a[a.length / 2];
  }
}
