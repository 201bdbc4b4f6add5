package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** The ND4J convolution against a naive loop, and its gradients against central differences. */
class Conv2dTest {
  private static final int IN = 2;
  private static final int OUT = 3;
  private static final int K = 3;
  private static final int H = 4;
  private static final int W = 5;

  private static double naive(Matrix x, Matrix p, int r, int o, int h, int w) {
    int weights = OUT * IN * K * K;
    double s = p.get(weights + o);
    for (int i = 0; i < IN; i++) {
      for (int u = 0; u < K; u++) {
        for (int v = 0; v < K; v++) {
          int hh = h + u - K / 2;
          int ww = w + v - K / 2;
          if (hh >= 0 && hh < H && ww >= 0 && ww < W) {
            s += p.get(((o * IN + i) * K + u) * K + v) * x.get(r, (i * H + hh) * W + ww);
          }
        }
      }
    }
    return s;
  }

  private static Conv2d layer(Parameters p) {
    Conv2d conv = new Conv2d(p, "conv", IN, OUT, K, H, W, OutputInit.UNIFORM);
    p.initialise(new Rng(4));
    return conv;
  }

  @Test
  void forwardMatchesNaiveConvolutionInEveryEngineAndPrecision() {
    for (Precision precision : Precision.values()) {
      for (Conv2d.Engine engine : Conv2d.Engine.values()) {
        checkForward(precision, engine);
      }
    }
  }

  private static void checkForward(Precision precision, Conv2d.Engine engine) {
    {
      Parameters p = new Parameters(precision);
      Conv2d conv = layer(p);
      Matrix x = Matrix.zeros(precision, 3, IN * H * W);
      Matrix g = Numerics.gaussian(new Rng(5), 3, IN * H * W, 1.0);
      for (int i = 0; i < x.size(); i++) {
        x.set(i, g.get(i));
      }
      Matrix y = x.like(3, OUT * H * W);
      conv.forward(x, y, p.values(), engine);
      double tolerance = precision == Precision.FLOAT64 ? 1e-12 : 1e-5;
      for (int r = 0; r < 3; r++) {
        for (int o = 0; o < OUT; o++) {
          for (int h = 0; h < H; h++) {
            for (int w = 0; w < W; w++) {
              assertEquals(naive(x, p.values(), r, o, h, w), y.get(r, (o * H + h) * W + w), tolerance,
                  precision + " " + engine + " row " + r + " channel " + o + " pixel " + h + "," + w);
            }
          }
        }
      }
    }
  }

  /**
   * The direct loops against central differences; libnd4j's conv2d_bp against the loops (a
   * finite-difference sweep through libnd4j costs a few hundred op calls, tens of seconds here).
   */
  @Test
  void gradientsMatchFiniteDifferencesAndEnginesAgree() {
    Conv2d.Engine engine = Conv2d.Engine.JAVA;
    Parameters p = new Parameters(Precision.FLOAT64);
    Conv2d conv = layer(p);
    Matrix x = Numerics.gaussian(new Rng(6), 2, IN * H * W, 1.0);
    Matrix target = Numerics.gaussian(new Rng(7), 2, OUT * H * W, 1.0);
    Matrix y = x.like(2, OUT * H * W);
    java.util.function.DoubleSupplier loss = () -> {
      conv.forward(x, y, p.values(), engine);
      double s = 0;
      for (int i = 0; i < y.size(); i++) {
        s += y.get(i) * target.get(i);
      }
      return s;
    };
    Matrix grads = Matrix.zeros(Precision.FLOAT64, 1, p.size());
    Matrix dx = x.like(2, IN * H * W);
    conv.backward(x, target, dx, p.values(), grads, engine);
    Numerics.assertGradient("dL/dW", p.values(), grads, 1e-6, 1e-6, 1e-9, loss);
    Numerics.assertGradient("dL/dx", x, dx, 1e-6, 1e-6, 1e-9, loss);
    Matrix nd4jGrads = Matrix.zeros(Precision.FLOAT64, 1, p.size());
    Matrix nd4jDx = x.like(2, IN * H * W);
    conv.backward(x, target, nd4jDx, p.values(), nd4jGrads, Conv2d.Engine.ND4J);
    assertEquals(0.0, Numerics.maxAbsDiff(grads, nd4jGrads), 1e-11, "libnd4j and loop parameter gradients differ");
    assertEquals(0.0, Numerics.maxAbsDiff(dx, nd4jDx), 1e-11, "libnd4j and loop input gradients differ");
  }

  @Test
  void convNetGradientsMatchFiniteDifferences() {
    Parameters p = new Parameters(Precision.FLOAT64);
    ConvNet net = new ConvNet(p, "net", IN, OUT, H, W, new ConvNetConfig(List.of(4, 3), 3, Activation.TANH),
        OutputInit.UNIFORM);
    p.initialise(new Rng(8));
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix x = Numerics.gaussian(new Rng(9), 2, IN * H * W, 1.0);
    Matrix target = Numerics.gaussian(new Rng(10), 2, OUT * H * W, 1.0);
    java.util.function.DoubleSupplier loss = () -> {
      Matrix y = net.forward(x, ws);
      double s = 0;
      for (int i = 0; i < y.size(); i++) {
        s += y.get(i) * target.get(i);
      }
      return s;
    };
    loss.getAsDouble();
    Matrix dx = x.like(2, IN * H * W);
    ws.zeroGradients();
    net.backward(x, target, dx, ws);
    Matrix grads = ws.gradients().copy();
    Numerics.assertGradient("dL/dparameters", p.values(), grads, 1e-6, 1e-6, 1e-9, loss);
    Numerics.assertGradient("dL/dx", x, dx, 1e-6, 1e-6, 1e-9, loss);
  }

  /** The workspace path keeps its ND4J arrays between calls: stale content must not leak into a later call. */
  @Test
  void reusedArraysGiveTheAllocatingPathsResultsCallAfterCall() {
    Parameters p = new Parameters(Precision.FLOAT32);
    Conv2d conv = layer(p);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    for (int call = 0; call < 3; call++) {
      Matrix x = Matrix.zeros(Precision.FLOAT32, 2, IN * H * W);
      Matrix dy = Matrix.zeros(Precision.FLOAT32, 2, OUT * H * W);
      Matrix gx = Numerics.gaussian(new Rng(20 + call), 2, IN * H * W, 1.0);
      Matrix gy = Numerics.gaussian(new Rng(30 + call), 2, OUT * H * W, 1.0);
      for (int i = 0; i < x.size(); i++) {
        x.set(i, gx.get(i));
      }
      for (int i = 0; i < dy.size(); i++) {
        dy.set(i, gy.get(i));
      }
      Matrix yFresh = Matrix.zeros(Precision.FLOAT32, 2, OUT * H * W);
      Matrix yReused = yFresh.copy();
      conv.forward(x, yFresh, p.values());
      conv.forward(x, yReused, ws);
      assertEquals(0.0, Numerics.maxAbsDiff(yFresh, yReused), 0.0, "forward, call " + call);
      Matrix gFresh = Matrix.zeros(Precision.FLOAT32, 1, p.size());
      Matrix dxFresh = x.like(2, IN * H * W);
      Matrix dxReused = x.like(2, IN * H * W);
      conv.backward(x, dy, dxFresh, p.values(), gFresh);
      ws.zeroGradients();
      conv.backward(x, dy, dxReused, ws);
      assertEquals(0.0, Numerics.maxAbsDiff(gFresh, ws.gradients()), 0.0, "parameter gradient, call " + call);
      assertEquals(0.0, Numerics.maxAbsDiff(dxFresh, dxReused), 0.0, "input gradient, call " + call);
    }
  }

  @Test
  void wrongShapesAreRefused() {
    Parameters p = new Parameters(Precision.FLOAT64);
    Conv2d conv = layer(p);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 2, IN * H * W + 1);
    assertThrows(IllegalArgumentException.class, () -> conv.forward(x, x.like(2, OUT * H * W), p.values()));
    assertThrows(IllegalArgumentException.class, () -> new Conv2d(p, "even", 1, 1, 2, 4, 4, OutputInit.ZERO));
  }
}
