package org.inversesuite.core.flow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.AdditiveCouplingConfig;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.AllInOneConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.GinCouplingConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * The per-posterior precompute of the couplings' condition term ({@link Flow#inverseSharedCondition}):
 * equal to the reference inverse with the condition repeated in every row, for every coupling kind
 * (one and two subnets, affine, additive, GIN, spline) next to blocks without it (ActNorm, AllInOne),
 * exactly in float64 and to float rounding with the float32 Vector API kernels of sampling.
 */
class SharedConditionInverseTest {
  private static final MlpConfig TWO_LAYERS = MlpConfig.of(9, 2, Activation.RELU);

  private static Flow flow(Precision precision, List<org.inversesuite.core.block.BlockConfig> blocks, int dim,
      int features, long seed) {
    FlowConfig config = new FlowConfig(dim, 4, blocks, new ConditionNetworkConfig(features,
        MlpConfig.of(6, 1, Activation.TANH)));
    Flow flow = Flow.build(config, precision, new Rng(seed), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(seed + 1);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.3 * r.gaussian());
    }
    return flow;
  }

  private static List<org.inversesuite.core.block.BlockConfig> everyKind() {
    return List.of(new ActNormConfig(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, TWO_LAYERS), PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, TWO_LAYERS),
        new AdditiveCouplingConfig(TWO_LAYERS), new GinCouplingConfig(ClampActivation.ATAN, 2.0, TWO_LAYERS),
        new RqSplineCouplingConfig(6, 3.0, TWO_LAYERS), AllInOneConfig.defaults().withSubnet(TWO_LAYERS));
  }

  /** @return the reference: f⁻¹(z; c) with c = h(y) repeated in every row */
  private static Matrix broadcastInverse(Flow flow, Matrix z, Matrix c, double[] logDet, Workspace ws) {
    Matrix rows = Matrix.zeros(flow.parameters().precision(), z.rows(), c.cols());
    for (int r = 0; r < z.rows(); r++) {
      rows.copyRows(c, 0, r, 1);
    }
    Matrix x = z.like(z.rows(), z.cols());
    flow.inverseGivenCondition(z, rows, x, logDet, ws);
    return x;
  }

  @Test
  void equalsTheBroadcastInverseForEveryBlockKindInDouble() {
    Flow flow = flow(Precision.FLOAT64, everyKind(), 5, 7, 21);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix y = Numerics.gaussian(new Rng(22), 1, 4, 1);
    Matrix c = flow.condition(y, ws).copy();
    Matrix z = Numerics.gaussian(new Rng(23), 40, 5, 1);
    double[] refLogDet = new double[40];
    Matrix reference = broadcastInverse(flow, z, c, refLogDet, ws);
    double[] logDet = new double[40];
    Matrix x = z.like(40, 5);
    flow.inverseSharedCondition(z, c, x, logDet, ws);
    assertTrue(Numerics.maxAbsDiff(reference, x) < 1e-12, "max diff " + Numerics.maxAbsDiff(reference, x));
    for (int r = 0; r < 40; r++) {
      assertTrue(Math.abs(refLogDet[r] - logDet[r]) < 1e-12, "row " + r);
    }
    // the shared path does depend on c: another condition gives other samples
    Matrix other = flow.condition(Numerics.gaussian(new Rng(24), 1, 4, 1), ws).copy();
    Matrix x2 = z.like(40, 5);
    flow.inverseSharedCondition(z, other, x2, new double[40], ws);
    assertTrue(Numerics.maxAbsDiff(x, x2) > 1e-3);
  }

  @Test
  void samplingWithThePrecomputeEqualsTheBroadcastPathToFloatRounding() {
    List<org.inversesuite.core.block.BlockConfig> glow = List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, MlpConfig.of(32, 2, Activation.RELU)),
        PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, MlpConfig.of(32, 2, Activation.RELU)),
        PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, MlpConfig.of(32, 2, Activation.RELU)));
    Flow flow = flow(Precision.FLOAT32, glow, 7, 16, 31);
    double[] obs = {0.3, -1.2, 0.8, 2.0};
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(7), Standardization.identity(4), 2)) {
      Matrix fast = cinn.sample(obs, 700, new Rng(32)); // 700 rows: full and partial chunks on two threads
      Matrix reference = cinn.sampleBroadcast(obs, 700, new Rng(32));
      // The two paths sum the first layer in another order, so they differ by float32 rounding, which the
      // inverse's scales (up to e^2 per coupling) amplify in a few rows; the order also follows the CPU's
      // vector width. Measured on a 512-bit machine: median 3.5e-7, 99th percentile 5.6e-6, largest
      // 1.2e-4. A wrong precompute differs by O(1) in most rows; exactness is checked in float64 above.
      double[] relative = new double[fast.size()];
      for (int i = 0; i < fast.size(); i++) {
        relative[i] = Math.abs(fast.get(i) - reference.get(i)) / (1 + Math.abs(reference.get(i)));
      }
      java.util.Arrays.sort(relative);
      double p99 = relative[(int) (0.99 * relative.length)];
      double worst = relative[relative.length - 1];
      assertTrue(p99 < 3e-5, "99th percentile of the relative difference " + p99);
      assertTrue(worst < 1e-3, "largest relative difference " + worst);
      assertTrue(Numerics.maxAbsDiff(cinn.sample(obs, 700, new Rng(33)), reference) > 0.1, "other draws differ");
    }
  }

  /**
   * The first draw of a fresh JVM runs interpreted, later ones in JIT-compiled code; a run must not
   * depend on which (a resumed run and an uninterrupted one compare their posteriors). Vector API
   * transcendental lanewise operations broke this: interpreted they round per lane through
   * {@link Math}, compiled they call a vector maths library that differs in the last bit.
   */
  @Test
  void samplingRepeatsBitForBitBeforeAndAfterTheJitCompilesIt() {
    Flow flow = flow(Precision.FLOAT32, List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, TWO_LAYERS), PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, TWO_LAYERS),
        PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.SIGMOID, 2.0, TWO_LAYERS)), 6, 7, 51);
    double[] obs = {0.3, -1.2, 0.8, 2.0};
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(6), Standardization.identity(4), 2)) {
      Matrix cold = cinn.sample(obs, 300, new Rng(52));
      Rng warmUp = new Rng(53);
      for (int i = 0; i < 400; i++) {
        cinn.sample(obs, 300, warmUp);
      }
      Matrix warm = cinn.sample(obs, 300, new Rng(52));
      for (int i = 0; i < cold.size(); i++) {
        if (Double.doubleToLongBits(cold.get(i)) != Double.doubleToLongBits(warm.get(i))) {
          throw new AssertionError("element " + i + " differs after warm-up: " + cold.get(i) + " vs " + warm.get(i));
        }
      }
    }
  }

  @Test
  void aSharedConditionOfTheWrongShapeIsRefusedWithItsShape() {
    Flow flow = flow(Precision.FLOAT64, everyKind(), 5, 7, 41);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix z = Numerics.gaussian(new Rng(42), 3, 5, 1);
    Matrix twoRows = Matrix.zeros(Precision.FLOAT64, 2, 7);
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> flow.inverseSharedCondition(z, twoRows, z.like(3, 5), new double[3], ws));
    assertTrue(e.getMessage().contains("[1, 7]"), e.getMessage());
  }
}
