package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link InvertibleBlock} passes (docs/ARCHITECTURE.md, "block contract"),
 * in float64: shapes, not-the-identity, round trips, log-det symmetry, log-det against the
 * brute-force Jacobian, gradients against central differences, conditioning, row independence,
 * determinism and config round trip. A block's test implements this interface and supplies the
 * block; every check is a default {@code @Test}. Published in core's test-jar so that domain
 * modules test their own blocks the same way.
 */
public interface InvertibleBlockContract {
  /** Batch size of every check. */
  int BATCH = 4;

  /** @return a new block allocated in {@code parameters} (not yet initialised) */
  InvertibleBlock newBlock(Parameters parameters, Rng structure);

  /** @return width of x (at most 8 keeps the contract fast) */
  int dimension();

  /** @return width of the condition, 0 for an unconditional block */
  int conditionDimension();

  /** @return the standard deviation of the random parameters that replace the initial ones */
  default double parameterScale() {
    return 0.1;
  }

  /** @return true if the block ignores its condition (e.g. a permutation) */
  default boolean ignoresCondition() {
    return conditionDimension() == 0;
  }

  /** A built block with random parameters N(0, parameterScale²) and its workspace. */
  record Fixture(InvertibleBlock block, Workspace ws, Matrix x, Matrix c) {
    Matrix forward(Matrix in, Matrix cond, double[] logDet) {
      Matrix z = in.like(in.rows(), in.cols());
      block.forward(in, cond, z, logDet, ws);
      return z;
    }

    Matrix inverse(Matrix in, Matrix cond, double[] logDet) {
      Matrix out = in.like(in.rows(), in.cols());
      block.inverse(in, cond, out, logDet, ws);
      return out;
    }

    /** L = mean over rows of ½‖z‖² − logDet. */
    double loss(Matrix in, Matrix cond) {
      double[] ld = new double[in.rows()];
      Matrix z = forward(in, cond, ld);
      double sum = 0;
      for (int r = 0; r < in.rows(); r++) {
        double sq = 0;
        for (int j = 0; j < z.cols(); j++) {
          sq += z.get(r, j) * z.get(r, j);
        }
        sum += 0.5 * sq - ld[r];
      }
      return sum / in.rows();
    }
  }

  /** @return a fixture built from {@code seed} */
  default Fixture fixture(long seed) {
    Rng rng = new Rng(seed);
    Parameters parameters = new Parameters(Precision.FLOAT64);
    InvertibleBlock block = newBlock(parameters, rng.stream("structure"));
    parameters.initialise(rng.stream("init"));
    Matrix values = parameters.values();
    Rng perturb = rng.stream("perturb");
    for (int i = 0; i < values.size(); i++) {
      values.set(i, parameterScale() * perturb.gaussian());
    }
    Rng data = rng.stream("data");
    Matrix x = Numerics.gaussian(data, BATCH, dimension(), 1.0);
    Matrix c = conditionDimension() == 0 ? null : Numerics.gaussian(data, BATCH, conditionDimension(), 1.0);
    return new Fixture(block, new Workspace(parameters, new JavaDenseKernel()), x, c);
  }

  @Test
  default void shapesAndFiniteOutputs() {
    Fixture f = fixture(1);
    double[] ld = new double[BATCH];
    Matrix z = f.forward(f.x(), f.c(), ld);
    assertEquals(BATCH, z.rows());
    assertEquals(dimension(), z.cols());
    assertEquals(dimension(), f.block().dimension());
    assertEquals(conditionDimension(), f.block().conditionDimension());
    for (int i = 0; i < z.size(); i++) {
      assertTrue(Double.isFinite(z.get(i)), "z[" + i + "] = " + z.get(i));
    }
    for (double v : ld) {
      assertTrue(Double.isFinite(v), "logDet = " + v);
    }
  }

  @Test
  default void isNotTheIdentity() {
    Fixture f = fixture(2);
    Matrix z = f.forward(f.x(), f.c(), new double[BATCH]);
    double diff = Numerics.maxAbsDiff(z, f.x());
    assertTrue(diff > 1e-3, "the block under test maps x to itself (max |f(x) - x| = " + diff + ")");
  }

  @Test
  default void roundTripsBothWays() {
    Fixture f = fixture(3);
    Matrix z = f.forward(f.x(), f.c(), new double[BATCH]);
    Matrix back = f.inverse(z, f.c(), new double[BATCH]);
    assertTrue(Numerics.maxAbsDiff(back, f.x()) <= 1e-10, "inverse(forward(x)) differs from x by "
        + Numerics.maxAbsDiff(back, f.x()));
    Matrix zz = Numerics.gaussian(new Rng(33), BATCH, dimension(), 1.0);
    Matrix xx = f.inverse(zz, f.c(), new double[BATCH]);
    Matrix again = f.forward(xx, f.c(), new double[BATCH]);
    assertTrue(Numerics.maxAbsDiff(again, zz) <= 1e-10, "forward(inverse(z)) differs from z by "
        + Numerics.maxAbsDiff(again, zz));
  }

  @Test
  default void logDetOfInverseIsMinusForward() {
    Fixture f = fixture(4);
    double[] fwd = new double[BATCH];
    Matrix z = f.forward(f.x(), f.c(), fwd);
    double[] inv = new double[BATCH];
    f.inverse(z, f.c(), inv);
    for (int r = 0; r < BATCH; r++) {
      assertEquals(0.0, fwd[r] + inv[r], 1e-10, "row " + r + ": forward " + fwd[r] + ", inverse " + inv[r]);
    }
  }

  @Test
  default void logDetMatchesBruteForceJacobian() {
    Fixture f = fixture(5);
    double[] ld = new double[BATCH];
    Matrix z = f.forward(f.x(), f.c(), ld);
    double[][][] jf = Numerics.jacobians(in -> f.forward(in, f.c(), new double[in.rows()]), f.x(), 1e-6);
    double[] ldInv = new double[BATCH];
    f.inverse(z, f.c(), ldInv);
    double[][][] ji = Numerics.jacobians(in -> f.inverse(in, f.c(), new double[in.rows()]), z, 1e-6);
    for (int r = 0; r < BATCH; r++) {
      double bruteForce = Numerics.logAbsDet(jf[r]);
      assertEquals(bruteForce, ld[r], 1e-6 * Math.max(1, Math.abs(bruteForce)), "forward log-det, row " + r);
      double bruteInverse = Numerics.logAbsDet(ji[r]);
      assertEquals(bruteInverse, ldInv[r], 1e-6 * Math.max(1, Math.abs(bruteInverse)), "inverse log-det, row " + r);
      RealMatrix product = new Array2DRowRealMatrix(ji[r]).multiply(new Array2DRowRealMatrix(jf[r]));
      for (int i = 0; i < dimension(); i++) {
        for (int j = 0; j < dimension(); j++) {
          assertEquals(i == j ? 1.0 : 0.0, product.getEntry(i, j), 1e-6, "J_inverse * J_forward at (" + i + "," + j + ")");
        }
      }
      assertTrue(new LUDecomposition(new Array2DRowRealMatrix(jf[r])).getDeterminant() != 0);
    }
  }

  @Test
  default void gradientsMatchFiniteDifferences() {
    Fixture f = fixture(6);
    Matrix x = f.x();
    Matrix c = f.c();
    double[] ld = new double[BATCH];
    Matrix z = f.forward(x, c, ld);
    Matrix dz = z.copy();
    for (int i = 0; i < dz.size(); i++) {
      dz.set(i, z.get(i) / BATCH);
    }
    double[] dLogDet = new double[BATCH];
    java.util.Arrays.fill(dLogDet, -1.0 / BATCH);
    Matrix dx = x.like(BATCH, dimension());
    Matrix dc = c == null ? null : c.like(BATCH, conditionDimension());
    f.ws().zeroGradients();
    f.block().backward(x, c, dz, dLogDet, dx, dc, f.ws());
    Matrix grads = f.ws().gradients().copy();
    Matrix params = f.block().parameters().values();
    Numerics.assertGradient("dL/dparameters", params, grads, 1e-6, 1e-5, 1e-8, () -> f.loss(x, c));
    Numerics.assertGradient("dL/dx", x, dx, 1e-6, 1e-5, 1e-8, () -> f.loss(x, c));
    if (c != null) {
      Numerics.assertGradient("dL/dc", c, dc, 1e-6, 1e-5, 1e-8, () -> f.loss(x, c));
    }
  }

  @Test
  default void conditionMattersAndWrongWidthIsRefused() {
    Fixture f = fixture(7);
    if (conditionDimension() > 0) {
      Matrix z = f.forward(f.x(), f.c(), new double[BATCH]);
      Matrix other = Numerics.gaussian(new Rng(77), BATCH, conditionDimension(), 1.0);
      Matrix z2 = f.forward(f.x(), other, new double[BATCH]);
      if (!ignoresCondition()) {
        assertTrue(Numerics.maxAbsDiff(z, z2) > 1e-6, "changing the condition does not change z");
      }
      Matrix back = f.inverse(z2, other, new double[BATCH]);
      assertTrue(Numerics.maxAbsDiff(back, f.x()) <= 1e-10, "round trip fails for another condition");
      Matrix wrong = Numerics.gaussian(new Rng(78), BATCH, conditionDimension() + 1, 1.0);
      assertThrows(IllegalArgumentException.class, () -> f.forward(f.x(), wrong, new double[BATCH]));
    }
    Matrix wrongX = Numerics.gaussian(new Rng(79), BATCH, dimension() + 1, 1.0);
    assertThrows(IllegalArgumentException.class, () -> f.forward(wrongX, f.c(), new double[BATCH]));
  }

  @Test
  default void rowsAreIndependent() {
    Fixture f = fixture(8);
    double[] ld = new double[BATCH];
    Matrix z = f.forward(f.x(), f.c(), ld);
    int[] perm = {2, 0, 3, 1};
    Matrix xp = f.x().like(BATCH, dimension());
    Matrix cp = f.c() == null ? null : f.c().like(BATCH, conditionDimension());
    for (int r = 0; r < BATCH; r++) {
      xp.copyRows(f.x(), perm[r], r, 1);
      if (cp != null) {
        cp.copyRows(f.c(), perm[r], r, 1);
      }
    }
    double[] ldp = new double[BATCH];
    Matrix zp = f.forward(xp, cp, ldp);
    for (int r = 0; r < BATCH; r++) {
      for (int j = 0; j < dimension(); j++) {
        assertEquals(z.get(perm[r], j), zp.get(r, j), 1e-12, "row " + r + " col " + j);
      }
      assertEquals(ld[perm[r]], ldp[r], 1e-12);
    }
    Matrix single = f.x().like(1, dimension());
    single.copyRows(f.x(), 1, 0, 1);
    Matrix singleC = f.c() == null ? null : f.c().like(1, conditionDimension());
    if (singleC != null) {
      singleC.copyRows(f.c(), 1, 0, 1);
    }
    Matrix z1 = f.forward(single, singleC, new double[1]);
    for (int j = 0; j < dimension(); j++) {
      assertEquals(z.get(1, j), z1.get(0, j), 1e-12, "a batch of one row gives another result, col " + j);
    }
  }

  @Test
  default void sameSeedSameBlockAndConfigRoundTrips() throws Exception {
    Fixture a = fixture(9);
    Fixture b = fixture(9);
    assertArrayEquals(a.block().parameters().values().toRows()[0], b.block().parameters().values().toRows()[0]);
    Matrix za = a.forward(a.x(), a.c(), new double[BATCH]);
    Matrix zb = b.forward(b.x(), b.c(), new double[BATCH]);
    assertEquals(0.0, Numerics.maxAbsDiff(za, zb));
    String json = Json.mapper().writeValueAsString(a.block().config());
    BlockConfig read = Json.mapper().readValue(json, BlockConfig.class);
    assertEquals(a.block().config(), read);
    Parameters rebuilt = new Parameters(Precision.FLOAT64);
    InvertibleBlock again = read.build(rebuilt, "rebuilt", dimension(), conditionDimension(), new Rng(12345));
    rebuilt.assign(a.block().parameters().values());
    Matrix zc = new Fixture(again, new Workspace(rebuilt, new JavaDenseKernel()), a.x(), a.c())
        .forward(a.x(), a.c(), new double[BATCH]);
    assertEquals(0.0, Numerics.maxAbsDiff(za, zc), "a block rebuilt from its config computes something else");
  }
}
