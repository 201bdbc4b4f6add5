package org.inversesuite.core.nn;

import java.util.Locale;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Tag;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.junit.jupiter.api.Test;

/**
 * Prints forward and backward GFLOP/s of {@link Conv2d} (libnd4j conv2d / conv2d_bp) for the
 * shape of a coupling subnet layer, and the per-call cost of a tiny float64 convolution (what
 * the contract tests pay). Run with {@code mvn -Pbench -pl core -am verify -Dtest=Conv2dBenchmark}.
 */
@Tag("benchmark")
class Conv2dBenchmark {
  private static void measure(Precision precision, int batch, int in, int out, int size, int repeats) {
    Parameters p = new Parameters(precision);
    Conv2d conv = new Conv2d(p, "conv", in, out, 3, size, size, OutputInit.UNIFORM);
    p.initialise(new Rng(1));
    Matrix g = Numerics.gaussian(new Rng(2), batch, conv.inputDimension(), 1.0);
    Matrix x = Matrix.zeros(precision, batch, conv.inputDimension());
    for (int i = 0; i < x.size(); i++) {
      x.set(i, g.get(i));
    }
    Matrix y = x.like(batch, conv.outputDimension());
    Matrix dx = x.like(batch, conv.inputDimension());
    Matrix grads = Matrix.zeros(precision, 1, p.size());
    for (int i = 0; i < 3; i++) {
      conv.forward(x, y, p.values());
      conv.backward(x, y, dx, p.values(), grads);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < repeats; i++) {
      conv.forward(x, y, p.values());
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < repeats; i++) {
      conv.backward(x, y, dx, p.values(), grads);
    }
    long t2 = System.nanoTime();
    double flops = 2.0 * conv.multiplyAdds() * batch;
    double fwd = (t1 - t0) / 1e9 / repeats;
    double bwd = (t2 - t1) / 1e9 / repeats;
    System.out.printf(Locale.ROOT, "conv3x3 %s batch %d, %d->%d channels, %dx%d: forward %.2f ms (%.1f GFLOP/s),"
            + " backward %.2f ms (%.1f GFLOP/s, counted as 2x forward FLOPs)%n", precision, batch, in, out, size, size,
        fwd * 1e3, flops / fwd / 1e9, bwd * 1e3, 2 * flops / bwd / 1e9);
  }

  @Test
  void subnetLayerThroughput() {
    Nd4j.create(DataType.FLOAT, 1); // initialises the backend before NativeOpsHolder is touched
    System.out.println("libnd4j HAVE_ONEDNN: " + NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
        .contains("HAVE_ONEDNN") + ", OMP_WAIT_POLICY=" + System.getenv("OMP_WAIT_POLICY")
        + ", OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
    measure(Precision.FLOAT32, 16, 12, 64, 32, 10);
    measure(Precision.FLOAT32, 16, 64, 64, 32, 10);
    measure(Precision.FLOAT32, 16, 64, 24, 32, 10);
    measure(Precision.FLOAT64, 16, 64, 64, 32, 2);
    measure(Precision.FLOAT64, 4, 2, 3, 4, 200);
    measure(Precision.FLOAT32, 4, 2, 3, 4, 200);
  }
}
