package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.DenseKernel;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.VectorDenseKernel;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The batched i-ResNet block beyond the contract: the float32 Vector API path against the float64
 * reference (a batch of 37 rows, so the kernels' tails are used), the reuse of a forward pass in
 * the backward pass against recomputation, and the batched fixed-point inverse against rows
 * inverted one at a time.
 */
class InvertibleResidualBatchTest {
  private static final int D = 4;
  private static final int C = 2;
  private static final int N = 37;

  private static InvertibleResidualConfig config(ResidualLogDet mode, double tolerance) {
    return new InvertibleResidualConfig(MlpConfig.of(24, 2, Activation.ELU), 0.8, 500, mode, 5, 2, tolerance, 500, 3);
  }

  private record Setup(InvertibleBlock block, Workspace ws) {
    double[] forward(Matrix x, Matrix c, Matrix z) {
      double[] ld = new double[x.rows()];
      block.forward(x, c, z, ld, ws);
      return ld;
    }

    Matrix gradients(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc) {
      ws.zeroGradients();
      block.backward(x, c, dz, dLogDet, dx, dc, ws);
      return ws.gradients().copy();
    }
  }

  private static Setup setup(ResidualLogDet mode, Precision precision, DenseKernel kernel) {
    Parameters p = new Parameters(precision);
    // float32 iterates settle within a few float roundings of the fixed point, not within 1e-12
    double tolerance = precision == Precision.FLOAT32 ? 1e-5 : 1e-12;
    InvertibleBlock block = config(mode, tolerance).build(p, "ires", D, C, new Rng(1));
    p.initialise(new Rng(2));
    Rng perturb = new Rng(3);
    Matrix v = p.values();
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.5 * perturb.gaussian());
    }
    return new Setup(block, new Workspace(p, kernel));
  }

  private static Matrix data(long seed, int cols, Precision precision) {
    return Numerics.cast(Numerics.gaussian(new Rng(seed), N, cols, 1.0), precision);
  }

  @ParameterizedTest
  @EnumSource(ResidualLogDet.class)
  void float32VectorPathAgreesWithFloat64Reference(ResidualLogDet mode) {
    Setup exact = setup(mode, Precision.FLOAT64, new JavaDenseKernel());
    Setup fast = setup(mode, Precision.FLOAT32, new VectorDenseKernel());
    // inputs representable in float32, so both precisions hash them to the same Hutchinson probes
    Matrix x32 = data(4, D, Precision.FLOAT32);
    Matrix c32 = data(5, C, Precision.FLOAT32);
    Matrix x64 = Numerics.cast(x32, Precision.FLOAT64);
    Matrix c64 = Numerics.cast(c32, Precision.FLOAT64);
    Matrix z64 = x64.like(N, D);
    Matrix z32 = x32.like(N, D);
    double[] ld64 = exact.forward(x64, c64, z64);
    double[] ld32 = fast.forward(x32, c32, z32);
    assertTrue(Numerics.maxAbsDiff(z64, z32) < 1e-5, "z differs by " + Numerics.maxAbsDiff(z64, z32));
    assertArrayEquals(ld64, ld32, 1e-5);
    Matrix back = x32.like(N, D);
    fast.block().inverse(z32, c32, back, new double[N], fast.ws());
    assertTrue(Numerics.maxAbsDiff(x64, back) < 1e-5, "float32 round trip error " + Numerics.maxAbsDiff(x64, back));

    double[] dLogDet = new double[N];
    java.util.Arrays.fill(dLogDet, -1.0 / N);
    Matrix dz64 = Numerics.gaussian(new Rng(6), N, D, 0.1);
    Matrix g64 = exact.gradients(x64, c64, dz64, dLogDet, x64.like(N, D), c64.like(N, C));
    Matrix g32 = fast.gradients(x32, c32, Numerics.cast(dz64, Precision.FLOAT32), dLogDet, x32.like(N, D),
        c32.like(N, C));
    double scale = 0;
    for (int i = 0; i < g64.size(); i++) {
      scale = Math.max(scale, Math.abs(g64.get(i)));
    }
    assertTrue(scale > 1e-3, "the gradient must not vanish, max |g| = " + scale);
    assertTrue(Numerics.maxAbsDiff(g64, g32) < 1e-4 * scale, "parameter gradients differ by "
        + Numerics.maxAbsDiff(g64, g32) + " (max |g| " + scale + ")");
  }

  @ParameterizedTest
  @EnumSource(ResidualLogDet.class)
  void backwardReusingTheForwardPassEqualsRecomputation(ResidualLogDet mode) {
    Setup s = setup(mode, Precision.FLOAT64, new JavaDenseKernel());
    Matrix x = data(7, D, Precision.FLOAT64);
    Matrix c = data(8, C, Precision.FLOAT64);
    Matrix other = data(9, D, Precision.FLOAT64);
    Matrix dz = Numerics.gaussian(new Rng(10), N, D, 0.3);
    double[] dLogDet = new double[N];
    java.util.Arrays.fill(dLogDet, 0.7);
    s.ws().setReuse(false);
    Matrix dxFresh = x.like(N, D);
    Matrix fresh = s.gradients(x, c, dz.copy(), dLogDet, dxFresh, null);
    s.ws().setReuse(true);
    // reused: forward then backward on the same input
    s.forward(x, c, x.like(N, D));
    Matrix dxReused = x.like(N, D);
    assertEquals(0.0, Numerics.maxAbsDiff(fresh, s.gradients(x, c, dz.copy(), dLogDet, dxReused, null)));
    assertEquals(0.0, Numerics.maxAbsDiff(dxFresh, dxReused));
    // stale: the last pass saw other inputs, so the backward pass must recompute
    s.forward(other, c, x.like(N, D));
    assertEquals(0.0, Numerics.maxAbsDiff(fresh, s.gradients(x, c, dz.copy(), dLogDet, x.like(N, D), null)));
    // stale: the weights changed after the forward pass
    s.forward(x, c, x.like(N, D));
    Matrix v = s.block().parameters().values();
    Matrix saved = v.copy();
    v.set(3, v.get(3) + 0.05);
    v.set(v.size() - 1, v.get(v.size() - 1) - 0.05);
    s.ws().setReuse(false);
    Matrix changed = s.gradients(x, c, dz.copy(), dLogDet, x.like(N, D), null);
    s.ws().setReuse(true);
    s.block().parameters().assign(saved);
    s.forward(x, c, x.like(N, D));
    v.set(3, v.get(3) + 0.05);
    v.set(v.size() - 1, v.get(v.size() - 1) - 0.05);
    // equal up to rounding: each weight change warm-starts the power iteration from the previous
    // weights' singular vector, which converges to the same vector up to rounding (a stale reuse
    // would differ by the 0.05 change, far more)
    assertEquals(0.0, Numerics.maxAbsDiff(changed, s.gradients(x, c, dz.copy(), dLogDet, x.like(N, D), null)), 1e-12);
  }

  @ParameterizedTest
  @EnumSource(ResidualLogDet.class)
  void batchedInverseEqualsRowByRowInverse(ResidualLogDet mode) {
    Setup s = setup(mode, Precision.FLOAT64, new JavaDenseKernel());
    // rows of very different scales converge after different numbers of iterations
    Matrix z = data(11, D, Precision.FLOAT64);
    for (int r = 0; r < N; r++) {
      for (int j = 0; j < D; j++) {
        z.set(r, j, z.get(r, j) * (r % 3 == 0 ? 10 : 0.01));
      }
    }
    Matrix c = data(12, C, Precision.FLOAT64);
    Matrix x = z.like(N, D);
    double[] ld = new double[N];
    s.block().inverse(z, c, x, ld, s.ws());
    for (int r = 0; r < N; r++) {
      Matrix zr = z.like(1, D);
      zr.copyRows(z, r, 0, 1);
      Matrix cr = c.like(1, C);
      cr.copyRows(c, r, 0, 1);
      Matrix xr = z.like(1, D);
      double[] ldr = new double[1];
      s.block().inverse(zr, cr, xr, ldr, s.ws());
      for (int j = 0; j < D; j++) {
        assertEquals(xr.get(0, j), x.get(r, j), 0.0, "row " + r + " col " + j);
      }
      assertEquals(ldr[0], ld[r], 1e-12, "log-det of row " + r);
    }
  }
}
