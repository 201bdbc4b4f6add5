package org.inversesuite.core.nn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The RV mixture model's subnets (docs/astro.md run 30: 1 × 48 ReLU, per-row inputs 5 and 4, outputs 8 and 10) on one
 * 240-row chunk: {@link FloatLaneDense#forward} layer after layer (run 20) against {@link FloatLaneOneHidden#forward}
 * (run 30), alternated, thread CPU time per call, six phases of 20,000 calls each; the outputs checked bit for bit
 * equal first.
 *
 * <p>Run: {@code mvn -o -Pbench -pl core verify -Dtest=FloatLaneOneHiddenBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FloatLaneOneHiddenBenchmark {
  private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();

  @Test
  void layersAgainstOnePass() {
    int m = 240;
    int hidden = 48;
    SplittableRandom r = new SplittableRandom(1);
    float[] x = new float[5 * m];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    float[] w = new float[5 * hidden + hidden * 10 + 10];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (0.2 * r.nextGaussian());
    }
    float[] b1 = new float[hidden];
    for (int i = 0; i < b1.length; i++) {
      b1[i] = (float) r.nextGaussian();
    }
    int w2 = 5 * hidden;
    int b2 = w2 + hidden * 10;
    float[] h = new float[hidden * m];
    float[] layers = new float[10 * m];
    float[] fused = new float[10 * m];
    for (int phase = 0; phase < 6; phase++) {
      StringBuilder line = new StringBuilder("phase " + phase + ", per 240-row chunk:");
      for (int[] shape : new int[][] {{5, 8}, {4, 10}}) {
        int in = shape[0];
        int out = shape[1];
        int reps = 20000;
        long[] t = new long[2];
        for (int k = 0; k < reps; k++) {
          long t0 = CLOCK.getCurrentThreadCpuTime();
          FloatLaneDense.forward(x, 0, in, w, 0, b1, 0, h, 0, hidden, m, m, Activation.RELU, FloatLaneDense.Narrow.TILES);
          FloatLaneDense.forward(h, 0, hidden, w, w2, w, b2, layers, 0, out, m, m, Activation.IDENTITY,
              FloatLaneDense.Narrow.TILES);
          long t1 = CLOCK.getCurrentThreadCpuTime();
          FloatLaneOneHidden.forward(x, 0, in, w, 0, b1, 0, h, hidden, w2, b2, fused, 0, out, m, m);
          t[0] += t1 - t0;
          t[1] += CLOCK.getCurrentThreadCpuTime() - t1;
        }
        for (int i = 0; i < out * m; i++) {
          Assertions.assertEquals(Float.floatToRawIntBits(layers[i]), Float.floatToRawIntBits(fused[i]));
        }
        line.append(String.format(" %d->48->%d: layers %.2f us, one pass %.2f us (%.2fx);", in, out,
            t[0] / 1e3 / reps, t[1] / 1e3 / reps, (double) t[0] / t[1]));
      }
      System.out.println(line);
    }
  }
}
