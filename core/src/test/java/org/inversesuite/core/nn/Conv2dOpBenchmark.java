package org.inversesuite.core.nn;

import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times libnd4j's raw {@code conv2d} / {@code conv2d_bp} on preallocated arrays, side by side for
 * the weight layouts libnd4j accepts (0: [kH, kW, iC, oC], 1: OIYX), to separate the cost of the
 * op from the copies {@link Conv2d} adds. Run with
 * {@code mvn -Pbench -pl core -am verify -Dtest=Conv2dOpBenchmark}.
 */
@Tag("benchmark")
class Conv2dOpBenchmark {
  private static double time(Runnable r, int repeats) {
    for (int i = 0; i < 3; i++) {
      r.run();
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < repeats; i++) {
      r.run();
    }
    return (System.nanoTime() - t0) / 1e9 / repeats;
  }

  private static DynamicCustomOp.DynamicCustomOpsBuilder op(String name, int wFormat) {
    return DynamicCustomOp.builder(name).addIntegerArguments(3, 3, 1, 1, 1, 1, 1, 1, 0, 0, wFormat);
  }

  @Test
  void rawOps() {
    Nd4j.create(DataType.FLOAT, 1); // initialises the backend before NativeOpsHolder is touched
    String info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
    System.out.println("HAVE_ONEDNN: " + info.contains("HAVE_ONEDNN") + "; helpers allowed: "
        + Nd4j.getEnvironment().helpersAllowed() + "; " + Nd4j.getExecutioner().getEnvironmentInformation());
    int n = 16;
    int c = 64;
    int s = 32;
    double flops = 2.0 * n * c * c * 9 * s * s;
    INDArray x = Nd4j.rand(DataType.FLOAT, n, c, s, s);
    INDArray b = Nd4j.rand(DataType.FLOAT, c);
    INDArray y = Nd4j.create(DataType.FLOAT, n, c, s, s);
    INDArray gx = Nd4j.create(DataType.FLOAT, n, c, s, s);
    INDArray gb = Nd4j.create(DataType.FLOAT, c);
    for (int wf = 0; wf <= 1; wf++) {
      INDArray w = wf == 0 ? Nd4j.rand(DataType.FLOAT, 3, 3, c, c) : Nd4j.rand(DataType.FLOAT, c, c, 3, 3);
      INDArray gw = Nd4j.create(DataType.FLOAT, w.shape());
      final int f = wf;
      for (boolean helpers : new boolean[] {true, false}) {
        Nd4j.getEnvironment().allowHelpers(helpers);
        double fwd = time(() -> Nd4j.exec(op("conv2d", f).addInputs(x, w, b).addOutputs(y).build()), 10);
        double bwd = time(() -> Nd4j.exec(op("conv2d_bp", f).addInputs(x, w, b, y).addOutputs(gx, gw, gb).build()), 10);
        System.out.printf(Locale.ROOT, "raw conv2d f32 16x64x32x32 64->64 wFormat %d helpers %s: forward %.1f ms (%.1f GFLOP/s),"
            + " backward %.1f ms (%.1f GFLOP/s)%n", f, helpers, fwd * 1e3, flops / fwd / 1e9, bwd * 1e3, 2 * flops / bwd / 1e9);
      }
    }
    for (boolean helpers : new boolean[] {true, false}) {
      Nd4j.getEnvironment().allowHelpers(helpers);
      INDArray tx = Nd4j.rand(DataType.FLOAT, 4, 2, 4, 4);
      INDArray tw = Nd4j.rand(DataType.FLOAT, 3, 2, 3, 3);
      INDArray tb = Nd4j.rand(DataType.FLOAT, 3);
      INDArray ty = Nd4j.create(DataType.FLOAT, 4, 3, 4, 4);
      double t = time(() -> Nd4j.exec(op("conv2d", 1).addInputs(tx, tw, tb).addOutputs(ty).build()), 50);
      System.out.printf(Locale.ROOT, "raw conv2d f32 4x2x4x4 2->3 helpers %s: %.3f ms per call%n", helpers, t * 1e3);
      DynamicCustomOp built = op("conv2d", 1).addInputs(tx, tw, tb).addOutputs(ty).build();
      t = time(() -> Nd4j.exec(built), 50);
      System.out.printf(Locale.ROOT, "  same op object reused: %.3f ms per call%n", t * 1e3);
      INDArray sa = Nd4j.rand(DataType.FLOAT, 4, 4);
      INDArray sc = Nd4j.create(DataType.FLOAT, 4, 4);
      t = time(() -> Nd4j.gemm(sa, sa, sc, false, false, 1.0, 0.0), 50);
      System.out.printf(Locale.ROOT, "  gemm 4x4: %.3f ms per call%n", t * 1e3);
      t = time(() -> Nd4j.exec(DynamicCustomOp.builder("add").addInputs(sa, sa).addOutputs(sc).build()), 50);
      System.out.printf(Locale.ROOT, "  custom op add 4x4: %.3f ms per call%n", t * 1e3);
      NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
      t = time(() -> Nd4j.exec(built), 50);
      System.out.printf(Locale.ROOT, "  1 OMP thread: %.3f ms per call%n", t * 1e3);
      NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(2);
    }
    Nd4j.getEnvironment().allowHelpers(true);
    INDArray w1 = Nd4j.rand(DataType.FLOAT, c, c, 3, 3);
    INDArray gw1 = Nd4j.create(DataType.FLOAT, c, c, 3, 3);
    for (int round = 0; round < 2; round++) {
      for (int threads = 1; threads <= 2; threads++) {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        double fwd = time(() -> Nd4j.exec(op("conv2d", 1).addInputs(x, w1, b).addOutputs(y).build()), 10);
        double bwd = time(() -> Nd4j.exec(op("conv2d_bp", 1).addInputs(x, w1, b, y).addOutputs(gx, gw1, gb).build()), 10);
        System.out.printf(Locale.ROOT, "raw conv2d 64->64 oneDNN, %d OMP threads: forward %.1f ms (%.1f GFLOP/s),"
            + " backward %.1f ms (%.1f GFLOP/s)%n", threads, fwd * 1e3, flops / fwd / 1e9, bwd * 1e3, 2 * flops / bwd / 1e9);
      }
    }
    INDArray a = Nd4j.rand(DataType.FLOAT, 768, 768);
    INDArray cc = Nd4j.create(DataType.FLOAT, 768, 768);
    double g = time(() -> Nd4j.gemm(a, a, cc, false, false, 1.0, 0.0), 10);
    System.out.printf(Locale.ROOT, "gemm 768 f32: %.1f ms (%.1f GFLOP/s)%n", g * 1e3, 2.0 * 768 * 768 * 768 / g / 1e9);
  }
}
