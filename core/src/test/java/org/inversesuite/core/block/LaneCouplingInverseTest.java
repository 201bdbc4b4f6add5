package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The fused sampling pass ({@link LaneCouplingInverse}, what {@link Cinn#sample} uses for chains of
 * affine couplings and permutations in float32) with the kernels before run 17 ({@link Cinn#referenceKernels})
 * gives the same bits as the block-by-block pass ({@link Cinn#layered}); with run 17's kernels (the lane-wise
 * ATAN map in double) it draws within a few float ulps of it (same bits for at least 99 % of the elements), and
 * with run 20's (the default: 8 × 3 tiles, the ATAN map in float) within twice the distance between the float32
 * block-by-block draws and the same flow's draws in double, for subnets whose widths fill whole vectors, leave narrow outputs (the
 * reduction order of the row-major kernel) or are narrower than a vector, every clamp, both coupling
 * forms, ReLU and other hidden activations; a condition prepared once ({@link Cinn#prepare}) draws the same
 * bits; and it repeats bit for bit before and after the JIT compiles it.
 */
class LaneCouplingInverseTest {
  /** Largest difference to the block-by-block draws, relative to 1 + |x|: a few float ulps. */
  private static final double TOLERANCE = 1e-6;
  private static Flow flow(List<BlockConfig> blocks, int dim, int features, long seed) {
    return flow(blocks, dim, features, seed, Precision.FLOAT32);
  }

  private static Flow flow(List<BlockConfig> blocks, int dim, int features, long seed, Precision precision) {
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

  private static void assertSameBits(Matrix expected, Matrix got, String what) {
    for (int i = 0; i < expected.size(); i++) {
      if (Double.doubleToLongBits(expected.get(i)) != Double.doubleToLongBits(got.get(i))) {
        throw new AssertionError(what + ": element " + i + " is " + got.get(i) + ", block by block "
            + expected.get(i));
      }
    }
  }

  /**
   * The fused pass with the lane-wise ATAN map against the block by block: each map may round to the other
   * float neighbour where e^{−s} differs in the last double bits ({@link LaneAffineMap}), and that difference
   * travels through the later couplings; so most elements are the same bits and none is far off.
   */
  private static void assertCloseToBlockByBlock(Matrix expected, Matrix got, String what) {
    int same = 0;
    double worst = 0;
    for (int i = 0; i < expected.size(); i++) {
      same += Double.doubleToLongBits(expected.get(i)) == Double.doubleToLongBits(got.get(i)) ? 1 : 0;
      worst = Math.max(worst, Math.abs(expected.get(i) - got.get(i)) / (1 + Math.abs(expected.get(i))));
    }
    System.out.printf("%s: %d of %d elements the same bits, largest difference %.2e%n", what, same, expected.size(),
        worst);
    assertTrue(worst <= TOLERANCE, what + ": largest difference " + worst + " above " + TOLERANCE);
    assertTrue(same >= 0.99 * expected.size(), what + ": only " + same + " of " + expected.size() + " the same bits");
  }

  private static void fusedEqualsLayered(List<BlockConfig> blocks, int dim, int features, long seed, int n,
      int threads) {
    Flow flow = flow(blocks, dim, features, seed);
    Flow twin = flow(blocks, dim, features, seed, Precision.FLOAT64); // the same values in double
    Matrix v = flow.parameters().values();
    for (int i = 0; i < v.size(); i++) {
      twin.parameters().values().set(i, v.get(i));
    }
    double[] obs = {0.3, -1.2, 0.8, 2.0};
    try (Cinn fused = new Cinn(flow, ParameterSpace.identity(dim), Standardization.identity(4), threads);
        Cinn layered = fused.layered()) {
      assertTrue(fused.fused(), "the chain takes the fused pass");
      assertFalse(layered.fused());
      Matrix a = fused.sample(obs, n, new Rng(7));
      Matrix b = layered.sample(obs, n, new Rng(7));
      try (Cinn before = fused.referenceKernels()) {
        assertSameBits(b, before.sample(obs, n, new Rng(7)), "dimension " + dim + ", " + n + " rows, kernels before");
      }
      try (Cinn run17 = fused.withLaneKernels(LaneCouplingInverse.LaneKernels.RUN_17)) {
        assertCloseToBlockByBlock(b, run17.sample(obs, n, new Rng(7)), "dimension " + dim + ", " + n + " rows, run 17");
      }
      double float32 = 0;
      try (Cinn exact = new Cinn(twin, ParameterSpace.identity(dim), Standardization.identity(4), threads)) {
        Matrix d = exact.sample(obs, n, new Rng(7));
        for (int i = 0; i < b.size(); i++) {
          float32 = Math.max(float32, Math.abs(b.get(i) - d.get(i)) / (1 + Math.abs(d.get(i))));
        }
      }
      double worst = 0;
      for (int i = 0; i < b.size(); i++) {
        worst = Math.max(worst, Math.abs(b.get(i) - a.get(i)) / (1 + Math.abs(b.get(i))));
      }
      System.out.printf("dimension %d, %d rows, run 20 (float map): largest difference %.2e; float32 block by block "
          + "against the same flow in double %.2e%n", dim, n, worst, float32);
      // each float map rounds s and z − t to float, and the later couplings carry that on through their subnets,
      // as they carry the float32 subnets' own rounding: the float map may move the draws by as much as float32
      // arithmetic already does (measured 0.2-1.4x of it), not more than twice that
      assertTrue(worst <= 2 * float32 + 1e-7, "run 20: largest difference " + worst + ", float32 itself " + float32);
      // the condition's first-layer part computed once (Cinn.prepare) draws the same bits, in two rounds as well
      Cinn.Prepared prepared = fused.prepare(fused.condition(obs));
      assertSameBits(a, fused.sampleGivenCondition(prepared, n, new Rng(7)), "prepared condition, " + n + " rows");
      assertSameBits(fused.sampleGivenCondition(fused.condition(obs), 5, new Rng(8)),
          fused.sampleGivenCondition(prepared, 5, new Rng(8)), "prepared condition, a second round");
      // and it depends on the condition
      Matrix other = fused.sample(new double[] {1, 1, 1, 1}, n, new Rng(7));
      double diff = 0;
      for (int i = 0; i < a.size(); i++) {
        diff = Math.max(diff, Math.abs(a.get(i) - other.get(i)));
      }
      assertTrue(diff > 1e-3, "another observation gives other draws");
    }
  }

  @Test
  void equalsTheBlockByBlockPassBitForBitOnTheRvShape() {
    // the RV model's shape: 7 parameters, GLOW couplings with 2 × 32 ReLU subnets (outputs 8 and 6: one whole
    // vector and a narrow remainder), ATAN clamp; 1000 rows: whole chunks and a partial one that is padded
    MlpConfig net = MlpConfig.of(32, 2, Activation.RELU);
    AffineCouplingConfig glow = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, net);
    fusedEqualsLayered(List.of(glow, PermutationConfig.random(), glow, PermutationConfig.random(), glow,
        PermutationConfig.random()), 7, 24, 11, 1000, 1);
  }

  @Test
  void equalsTheBlockByBlockPassForOtherWidthsClampsFormsAndActivations() {
    MlpConfig narrow = MlpConfig.of(9, 2, Activation.RELU); // 9: one vector and a narrow column (or all narrow)
    MlpConfig tanh = MlpConfig.of(20, 1, Activation.TANH);
    MlpConfig leaky = MlpConfig.of(40, 3, Activation.LEAKY_RELU);
    List<BlockConfig> blocks = List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, narrow), PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, tanh), PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.SIGMOID, 2.0, leaky),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.NONE, 1.0, narrow));
    for (int dim : new int[] {2, 5, 11}) {
      fusedEqualsLayered(blocks, dim, 7, 20 + dim, 37, 1);
      fusedEqualsLayered(blocks, dim, 7, 20 + dim, 700, 2); // two threads, uneven parts
    }
  }

  /**
   * Chunks of {@link LaneCouplingInverse#CHUNK} rows (240, docs/astro.md run 26) give the same bits as chunks of
   * {@link LaneCouplingInverse#CHUNK_BEFORE} (256) and of one vector's 16 rows: each row's operations do not depend
   * on the rows beside it; row counts inside one chunk, at and around both chunk sizes, and several chunks.
   */
  @Test
  void chunkSizeDoesNotChangeABit() {
    MlpConfig net = MlpConfig.of(32, 2, Activation.RELU);
    AffineCouplingConfig glow = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, net);
    Flow flow = flow(List.of(glow, PermutationConfig.random(), glow, PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, MlpConfig.of(9, 2,
            Activation.RELU))), 9, 16, 71);
    LaneCouplingInverse now = LaneCouplingInverse.of(flow.blocks(), 9);
    org.inversesuite.core.nn.Workspace ws = new org.inversesuite.core.nn.Workspace(flow.parameters(),
        org.inversesuite.core.flow.Kernels.FASTEST.create(Precision.FLOAT32));
    Matrix c = Matrix.zeros(Precision.FLOAT32, 1, 16);
    Rng rng = new Rng(5);
    for (int j = 0; j < 16; j++) {
      c.set(0, j, rng.gaussian());
    }
    for (int n : new int[] {1, 16, 47, 239, 240, 241, 255, 256, 257, 700, 1000}) {
      Matrix z = Matrix.zeros(Precision.FLOAT32, n, 9);
      for (int i = 0; i < z.size(); i++) {
        z.set(i, rng.gaussian());
      }
      Matrix x = Matrix.zeros(Precision.FLOAT32, n, 9);
      now.inverse(z, c, x, ws);
      for (int rows : new int[] {LaneCouplingInverse.CHUNK_BEFORE, 16}) {
        Matrix before = Matrix.zeros(Precision.FLOAT32, n, 9);
        now.withChunk(rows).inverse(z, c, before, ws);
        assertSameBits(before, x, n + " rows in chunks of " + LaneCouplingInverse.CHUNK + " and of " + rows);
      }
    }
    assertTrue(LaneCouplingInverse.CHUNK % 48 == 0, "whole tiles of three 16-lane (and 8-lane) row vectors");
  }

  /**
   * Run 30's one-pass subnets ({@link LaneCouplingInverse.LaneKernels#RUN_30}, the default) give the same bits as run
   * 20's layer-by-layer pass: the RV mixture model's shape (9 columns: passive halves of 5 and 4, outputs 8 and 10,
   * 1 × 48 ReLU subnets, ATAN clamp), other one-layer widths (RealNVP's separate ŝ and t nets, all of whose outputs
   * are narrow), a half with more inputs than the one-pass kernel takes
   * (left to the layers), two-layer subnets beside them (unchanged), a prepared condition, and row counts from one
   * row to several chunks.
   */
  @Test
  void oneHiddenLayerPassEqualsRun20BitForBit() {
    AffineCouplingConfig wide48 = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0,
        MlpConfig.of(48, 1, Activation.RELU));
    AffineCouplingConfig odd = new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.ATAN, 1.5,
        MlpConfig.of(20, 1, Activation.RELU));
    AffineCouplingConfig two = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0,
        MlpConfig.of(32, 2, Activation.RELU));
    int[][] shapes = {{9, 24}, {7, 10}, {13, 6}, {3, 5}};
    for (int[] shape : shapes) {
      int dim = shape[0];
      Flow flow = flow(List.of(wide48, PermutationConfig.random(), wide48, PermutationConfig.random(), odd,
          PermutationConfig.random(), two, PermutationConfig.random(), wide48), dim, shape[1], 90 + dim);
      double[] obs = {0.3, -1.2, 0.8, 2.0};
      try (Cinn now = new Cinn(flow, ParameterSpace.identity(dim), Standardization.identity(4), 1);
          Cinn run20 = now.withLaneKernels(LaneCouplingInverse.LaneKernels.RUN_20)) {
        assertTrue(now.fused());
        for (int n : new int[] {1, 8, 37, 240, 241, 1000}) {
          assertSameBits(run20.sample(obs, n, new Rng(n)), now.sample(obs, n, new Rng(n)),
              "dimension " + dim + ", " + n + " rows, run 30 against run 20");
        }
        Cinn.Prepared prepared = now.prepare(now.condition(obs));
        assertSameBits(run20.sample(obs, 333, new Rng(4)), now.sampleGivenCondition(prepared, 333, new Rng(4)),
            "dimension " + dim + ", prepared condition");
      }
    }
  }

  @Test
  void otherBlocksKeepTheBlockByBlockPass() {
    MlpConfig net = MlpConfig.of(8, 1, Activation.RELU);
    Flow flow = flow(List.of(new ActNormConfig(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, net)), 4, 5, 3);
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(4), Standardization.identity(4), 1)) {
      assertFalse(cinn.fused());
    }
  }

  /** As {@code SharedConditionInverseTest.samplingRepeatsBitForBitBeforeAndAfterTheJitCompilesIt}, on the fused pass. */
  @Test
  void samplingRepeatsBitForBitBeforeAndAfterTheJitCompilesIt() {
    MlpConfig net = MlpConfig.of(32, 2, Activation.RELU);
    AffineCouplingConfig glow = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, net);
    Flow flow = flow(List.of(glow, PermutationConfig.random(), glow, PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, MlpConfig.of(9, 2,
            Activation.TANH))), 7, 16, 61);
    double[] obs = {0.3, -1.2, 0.8, 2.0};
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(7), Standardization.identity(4), 1)) {
      assertTrue(cinn.fused());
      Matrix cold = cinn.sample(obs, 300, new Rng(62));
      Rng warmUp = new Rng(63);
      for (int i = 0; i < 400; i++) {
        cinn.sample(obs, 300, warmUp);
      }
      assertSameBits(cold, cinn.sample(obs, 300, new Rng(62)), "after warm-up");
    }
  }
}
