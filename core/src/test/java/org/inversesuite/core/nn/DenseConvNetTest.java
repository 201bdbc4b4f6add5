package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** The residual-dense subnet in float64: forward against a hand-built dense block, gradients against central differences. */
class DenseConvNetTest {
  private static final int IN = 2;
  private static final int OUT = 3;
  private static final int H = 3;
  private static final int W = 4;
  private static final ConvNetConfig CONFIG = new ConvNetConfig(List.of(2, 3), 3, Activation.TANH, ConvNetKind.DENSE);

  /**
   * y = conv₃([x, h₁, h₂]), h₂ = tanh(conv₂([x, h₁])), h₁ = tanh(conv₁(x)), computed with separate
   * {@link Conv2d}s allocated in the same order (so at the same offsets) and concatenated by hand.
   */
  @Test
  void forwardIsTheDenselyConnectedComposition() {
    Parameters p = new Parameters(Precision.FLOAT64);
    ConvSubnet net = CONFIG.build(p, "net", IN, OUT, H, W, OutputInit.UNIFORM);
    Parameters q = new Parameters(Precision.FLOAT64);
    Conv2d c1 = new Conv2d(q, "a", IN, 2, 3, H, W, OutputInit.UNIFORM);
    Conv2d c2 = new Conv2d(q, "b", IN + 2, 3, 3, H, W, OutputInit.UNIFORM);
    Conv2d c3 = new Conv2d(q, "c", IN + 5, OUT, 3, H, W, OutputInit.UNIFORM);
    p.initialise(new Rng(1));
    q.initialise(new Rng(2));
    q.assign(p.values());
    int n = 2;
    int hw = H * W;
    Matrix x = Numerics.gaussian(new Rng(3), n, IN * hw, 1.0);
    Matrix h1 = x.like(n, 2 * hw);
    c1.forward(x, h1, q.values());
    tanh(h1);
    Matrix xh1 = join(x, h1);
    Matrix h2 = x.like(n, 3 * hw);
    c2.forward(xh1, h2, q.values());
    tanh(h2);
    Matrix expected = x.like(n, OUT * hw);
    c3.forward(join(xh1, h2), expected, q.values());
    Matrix y = net.forward(x, new Workspace(p, new JavaDenseKernel()));
    assertEquals(0.0, Numerics.maxAbsDiff(expected, y), 1e-12);
    assertEquals((long) hw * 9 * (2 * IN + 3 * (IN + 2) + OUT * (IN + 5)), net.multiplyAdds());
  }

  private static void tanh(Matrix m) {
    for (int i = 0; i < m.size(); i++) {
      m.set(i, Math.tanh(m.get(i)));
    }
  }

  private static Matrix join(Matrix a, Matrix b) {
    Matrix c = a.like(a.rows(), a.cols() + b.cols());
    for (int r = 0; r < a.rows(); r++) {
      for (int j = 0; j < a.cols(); j++) {
        c.set(r, j, a.get(r, j));
      }
      for (int j = 0; j < b.cols(); j++) {
        c.set(r, a.cols() + j, b.get(r, j));
      }
    }
    return c;
  }

  /**
   * Gradients of L = Σ y ⊙ target w.r.t. every parameter and the input, in slot 1 while slot 0
   * holds a pass on another input (the slots must not share buffers); backward without ∂x gives
   * the same parameter gradients.
   */
  @Test
  void gradientsMatchFiniteDifferencesInEverySlot() {
    Parameters p = new Parameters(Precision.FLOAT64);
    ConvSubnet net = CONFIG.build(p, "net", IN, OUT, H, W, OutputInit.UNIFORM);
    p.initialise(new Rng(8));
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix x = Numerics.gaussian(new Rng(9), 2, IN * H * W, 1.0);
    Matrix other = Numerics.gaussian(new Rng(11), 2, IN * H * W, 1.0);
    Matrix target = Numerics.gaussian(new Rng(10), 2, OUT * H * W, 1.0);
    DoubleSupplier loss = () -> {
      Matrix y = net.forward(x, ws, 1);
      double s = 0;
      for (int i = 0; i < y.size(); i++) {
        s += y.get(i) * target.get(i);
      }
      return s;
    };
    loss.getAsDouble();
    net.forward(other, ws, 0);
    Matrix dx = x.like(2, IN * H * W);
    ws.zeroGradients();
    net.backward(x, target, dx, ws, 1);
    Matrix grads = ws.gradients().copy();
    ws.zeroGradients();
    net.backward(x, target, null, ws, 1);
    assertEquals(0.0, Numerics.maxAbsDiff(grads, ws.gradients()), 1e-14, "backward without dx");
    Numerics.assertGradient("dL/dparameters", p.values(), grads, 1e-6, 1e-6, 1e-9, loss);
    Numerics.assertGradient("dL/dx", x, dx, 1e-6, 1e-6, 1e-9, loss);
  }

  @Test
  void zeroOutputInitGivesZeroAndOldConfigsReadAsPlain() throws Exception {
    Parameters p = new Parameters(Precision.FLOAT64);
    ConvSubnet net = CONFIG.build(p, "net", IN, OUT, H, W, OutputInit.ZERO);
    p.initialise(new Rng(1));
    Matrix y = net.forward(Numerics.gaussian(new Rng(2), 2, IN * H * W, 1.0), new Workspace(p, new JavaDenseKernel()));
    assertEquals(0.0, Numerics.maxAbsDiff(y, y.like(2, OUT * H * W)), 0.0);
    ConvNetConfig old = Json.mapper().readValue(
        "{\"hiddenChannels\": [4], \"kernel\": 3, \"activation\": \"TANH\"}", ConvNetConfig.class);
    assertEquals(ConvNetKind.PLAIN, old.kind());
    assertEquals(CONFIG, Json.mapper().readValue(Json.mapper().writeValueAsString(CONFIG), ConvNetConfig.class));
  }

  /** The float32 path (libnd4j conv2d / conv2d_bp, reused ND4J arrays) agrees with the float64 loops. */
  @Test
  void float32MatchesFloat64() {
    double[][] single = run(Precision.FLOAT32);
    double[][] twice = run(Precision.FLOAT64);
    for (int k = 0; k < single.length; k++) {
      for (int i = 0; i < single[k].length; i++) {
        assertEquals(twice[k][i], single[k][i], 1e-4 * (1 + Math.abs(twice[k][i])), "output " + k + " entry " + i);
      }
    }
  }

  /** @return output, ∂x and parameter gradients of L = Σ y ⊙ target after two passes */
  private static double[][] run(Precision precision) {
    Parameters p = new Parameters(precision);
    ConvSubnet net = CONFIG.build(p, "net", IN, OUT, H, W, OutputInit.UNIFORM);
    p.initialise(new Rng(8));
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix x = Numerics.cast(Numerics.gaussian(new Rng(9), 2, IN * H * W, 1.0), precision);
    Matrix target = Numerics.cast(Numerics.gaussian(new Rng(10), 2, OUT * H * W, 1.0), precision);
    net.forward(target.like(2, IN * H * W), ws, 0);
    Matrix y = net.forward(x, ws, 1).copy();
    Matrix dx = x.like(2, IN * H * W);
    net.backward(x, target, dx, ws, 1);
    return new double[][] {Numerics.values(y), Numerics.values(dx), Numerics.values(ws.gradients())};
  }
}
