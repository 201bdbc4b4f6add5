package org.inversesuite.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.core.train.NllObjective;
import org.junit.jupiter.api.Test;

/**
 * A flow conditioned on padded sets through a {@link DeepSetEncoder}: gradients by finite
 * differences (parameters and inputs), invariance to the order of the elements and to what the
 * padded slots hold, the JSON of the condition network, and the encoder's inference form (φ on the present
 * elements only) giving the same bits as its forward pass.
 */
class SetConditionedFlowTest {
  private static final int SLOTS = 6;
  private static final int WIDTH = 3;
  private static final int Y = DeepSetEncoder.inputWidth(SLOTS, WIDTH);
  private static final MlpConfig SMALL = MlpConfig.of(7, 1, Activation.TANH);

  private static Flow randomFlow(long seed) {
    FlowConfig config = new FlowConfig(2, Y, List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL), PermutationConfig.random(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL)),
        ConditionNetworkConfig.set(5, SMALL, SLOTS, WIDTH));
    Flow flow = Flow.build(config, Precision.FLOAT64, new Rng(seed), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(seed + 1);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.4 * r.gaussian());
    }
    return flow;
  }

  /** Sets of 1..SLOTS elements in random slots; padded slots hold garbage. */
  private static Matrix sets(int n, long seed) {
    Rng r = new Rng(seed);
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, Y);
    for (int i = 0; i < n; i++) {
      int size = 1 + r.nextInt(SLOTS);
      int[] order = r.permutation(SLOTS);
      for (int s = 0; s < SLOTS; s++) {
        for (int k = 0; k < WIDTH; k++) {
          y.set(i, s * (WIDTH + 1) + k, r.gaussian());
        }
      }
      for (int j = 0; j < size; j++) {
        y.set(i, order[j] * (WIDTH + 1) + WIDTH, 1);
      }
    }
    return y;
  }

  private static Matrix latent(Flow flow, Matrix x, Matrix y) {
    Matrix z = x.like(x.rows(), 2);
    flow.forward(x, y, z, new double[x.rows()], new Workspace(flow.parameters(), new JavaDenseKernel()));
    return z;
  }

  /**
   * {@link DeepSetEncoder#infer} against {@link DeepSetEncoder#forward}: the same bits on sets of every size
   * (one to all slots, garbage in the padded ones, global features), in float64 and float32 with the fastest
   * dense kernel, and for a batch of rows; an empty set takes forward itself.
   */
  @Test
  void inferenceOnThePresentElementsEqualsTheForwardPassBitForBit() {
    for (Precision precision : new Precision[] {Precision.FLOAT64, Precision.FLOAT32}) {
      Parameters parameters = new Parameters(precision);
      int slots = 50;
      DeepSetEncoder encoder = new DeepSetEncoder(parameters, "set", slots, WIDTH, 4, 16,
          MlpConfig.of(32, 2, Activation.RELU));
      parameters.initialise(new Rng(3));
      Rng r = new Rng(4);
      for (int size : new int[] {1, 7, 25, 49, 50}) {
        for (int rows : new int[] {1, 3}) {
          Matrix y = Matrix.zeros(Precision.FLOAT64, rows, encoder.inputDimension());
          for (int i = 0; i < rows; i++) {
            int[] order = r.permutation(slots);
            for (int k = 0; k < slots * (WIDTH + 1); k++) {
              y.set(i, k, r.gaussian());
            }
            for (int s = 0; s < slots; s++) {
              y.set(i, s * (WIDTH + 1) + WIDTH, 0);
            }
            for (int j = 0; j < Math.max(1, size - i); j++) {
              y.set(i, order[j] * (WIDTH + 1) + WIDTH, 1);
            }
            for (int g = 0; g < 4; g++) {
              y.set(i, DeepSetEncoder.inputWidth(slots, WIDTH) + g, r.gaussian());
            }
          }
          Workspace ws = new Workspace(parameters, Kernels.FASTEST.create(precision));
          Matrix expected = encoder.forward(y, ws).copy();
          Matrix got = encoder.infer(y, ws);
          for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(got.get(i)),
                precision + ", " + size + " elements, " + rows + " rows: output " + i);
          }
        }
      }
    }
  }

  @Test
  void objectiveGradientMatchesFiniteDifferences() {
    Flow flow = randomFlow(1);
    Matrix x = Numerics.gaussian(new Rng(2), 16, 2, 1);
    Matrix y = sets(16, 3);
    try (RowParallel parallel = new RowParallel(flow.parameters(), 2, Kernels.REFERENCE);
        RowParallel single = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
      NllObjective objective = new NllObjective(flow, parallel);
      objective.lossAndGradient(x, y);
      Matrix grads = objective.gradients().copy();
      NllObjective reference = new NllObjective(flow, single);
      Numerics.assertGradient("dL/dtheta", flow.parameters().values(), grads, 1e-6, 1e-5, 1e-8,
          () -> reference.loss(x, y));
    }
  }

  @Test
  void encoderInputGradientMatchesFiniteDifferences() {
    encoderInputGradient(0);
  }

  @Test
  void encoderWithGlobalFeaturesHasExactGradientsAndUsesThem() {
    int globals = 3;
    encoderInputGradient(globals);
    Parameters p = new Parameters(Precision.FLOAT64);
    DeepSetEncoder h = new DeepSetEncoder(p, "h", SLOTS, WIDTH, globals, 4, SMALL);
    p.initialise(new Rng(4));
    Matrix y = withGlobals(sets(2, 5), globals, 17);
    Matrix c = h.forward(y, new Workspace(p, new JavaDenseKernel())).copy();
    y.set(1, Y + 1, y.get(1, Y + 1) + 0.5);
    Matrix changed = h.forward(y, new Workspace(p, new JavaDenseKernel()));
    for (int f = 0; f < 4; f++) {
      assertEquals(c.get(0, f), changed.get(0, f), 0.0, "row 0 does not see row 1's globals");
    }
    assertTrue(Math.abs(c.get(1, 0) - changed.get(1, 0)) + Math.abs(c.get(1, 1) - changed.get(1, 1)) > 1e-6,
        "a changed global feature changes the summary");
    Flow flow = Flow.build(new FlowConfig(2, Y + globals, List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL)),
        ConditionNetworkConfig.set(5, SMALL, SLOTS, WIDTH, globals)), Precision.FLOAT64, new Rng(18), true);
    Rng weights = new Rng(23);
    for (int i = 0; i < flow.parameters().size(); i++) {
      flow.parameters().values().set(i, 0.4 * weights.gaussian()); // non-zero outputs: every path has a gradient
    }
    Matrix x = Numerics.gaussian(new Rng(19), 8, 2, 1);
    Matrix yg = withGlobals(sets(8, 20), globals, 21);
    try (RowParallel single = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
      NllObjective objective = new NllObjective(flow, single);
      objective.lossAndGradient(x, yg);
      Matrix grads = objective.gradients().copy();
      Numerics.assertGradient("dL/dtheta with globals", flow.parameters().values(), grads, 1e-6, 1e-5, 1e-8,
          () -> objective.loss(x, yg));
    }
  }

  /**
   * {@link Flow#conditionsSharingSet}: rows holding one set with different globals share φ and the pooling; each c is
   * bit for bit {@link Flow#condition} of its row alone, the globals still reach c, and a row with another set is
   * summarised on its own.
   */
  @Test
  void conditionsSharingTheSetEqualConditionOfEachRowBitForBit() {
    int globals = 3;
    Flow flow = Flow.build(new FlowConfig(2, Y + globals, List.of(
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL)),
        ConditionNetworkConfig.set(5, SMALL, SLOTS, WIDTH, globals)), Precision.FLOAT64, new Rng(31), true);
    Rng weights = new Rng(32);
    for (int i = 0; i < flow.parameters().size(); i++) {
      flow.parameters().values().set(i, 0.4 * weights.gaussian());
    }
    Matrix two = withGlobals(sets(2, 33), globals, 34);
    Matrix y = withGlobals(sets(1, 33), globals, 35).like(5, Y + globals);
    Rng g = new Rng(36);
    for (int r = 0; r < 5; r++) {
      int from = r == 3 ? 1 : 0; // row 3 holds the other set
      for (int j = 0; j < Y + globals; j++) {
        y.set(r, j, j < Y ? two.get(from, j) : g.gaussian());
      }
    }
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix[] shared = flow.conditionsSharingSet(y, ws);
    assertEquals(5, shared.length);
    for (int r = 0; r < 5; r++) {
      Matrix row = y.like(1, Y + globals);
      for (int j = 0; j < Y + globals; j++) {
        row.set(0, j, y.get(r, j));
      }
      Matrix alone = flow.condition(row, ws).copy();
      for (int f = 0; f < alone.cols(); f++) {
        assertEquals(Double.doubleToRawLongBits(alone.get(0, f)), Double.doubleToRawLongBits(shared[r].get(0, f)),
            "row " + r + ", feature " + f);
      }
    }
    assertTrue(Math.abs(shared[0].get(0, 0) - shared[1].get(0, 0)) > 1e-9, "the globals reach c");
  }

  private static Matrix withGlobals(Matrix sets, int globals, long seed) {
    Rng r = new Rng(seed);
    Matrix y = Matrix.zeros(Precision.FLOAT64, sets.rows(), Y + globals);
    for (int i = 0; i < sets.rows(); i++) {
      for (int j = 0; j < Y + globals; j++) {
        y.set(i, j, j < Y ? sets.get(i, j) : r.gaussian());
      }
    }
    return y;
  }

  private static void encoderInputGradient(int globals) {
    Parameters p = new Parameters(Precision.FLOAT64);
    DeepSetEncoder h = new DeepSetEncoder(p, "h", SLOTS, WIDTH, globals, 4, SMALL);
    p.initialise(new Rng(4));
    Matrix y = withGlobals(sets(5, 5), globals, 22);
    Matrix g = Numerics.gaussian(new Rng(6), 5, 4, 1);
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    h.forward(y, ws);
    Matrix dy = y.like(5, Y + globals);
    ws.zeroGradients();
    h.backward(y, g.copy(), dy, ws);
    DoubleSupplier loss = () -> {
      Matrix c = h.forward(y, new Workspace(p, new JavaDenseKernel()));
      double s = 0;
      for (int i = 0; i < c.size(); i++) {
        s += c.get(i) * g.get(i);
      }
      return s;
    };
    for (int i = 0; i < y.size(); i++) {
      if (i % (Y + globals) < Y && i % (Y + globals) % (WIDTH + 1) == WIDTH) {
        continue; // the mask is not differentiable
      }
      double num = Numerics.centralDifference(y, i, 1e-6, loss);
      assertEquals(num, dy.get(i), 1e-8 + 1e-5 * Math.abs(num), "dL/dy[" + i + "]");
    }
    for (int r = 0; r < 5; r++) {
      for (int s = 0; s < SLOTS; s++) {
        boolean padded = y.get(r, s * (WIDTH + 1) + WIDTH) == 0;
        for (int k = 0; k <= WIDTH; k++) {
          if (padded || k == WIDTH) {
            assertEquals(0.0, dy.get(r, s * (WIDTH + 1) + k), "row " + r + " slot " + s);
          }
        }
      }
    }
  }

  @Test
  void orderOfElementsAndPaddingContentDoNotMatter() {
    Flow flow = randomFlow(7);
    Matrix x = Numerics.gaussian(new Rng(8), 8, 2, 1);
    Matrix y = sets(8, 9);
    Matrix z = latent(flow, x, y);
    Matrix shuffled = y.like(8, Y);
    Rng r = new Rng(10);
    for (int i = 0; i < 8; i++) {
      int[] perm = r.permutation(SLOTS);
      for (int s = 0; s < SLOTS; s++) {
        boolean padded = y.get(i, perm[s] * (WIDTH + 1) + WIDTH) == 0;
        for (int k = 0; k <= WIDTH; k++) {
          double v = y.get(i, perm[s] * (WIDTH + 1) + k);
          shuffled.set(i, s * (WIDTH + 1) + k, padded && k < WIDTH ? 100 * r.gaussian() : v);
        }
      }
    }
    assertTrue(Numerics.maxAbsDiff(z, latent(flow, x, shuffled)) < 1e-12);
    Matrix fewer = y.copy();
    for (int s = 0; s < SLOTS; s++) {
      if (fewer.get(0, s * (WIDTH + 1) + WIDTH) == 1) {
        fewer.set(0, s * (WIDTH + 1) + WIDTH, 0);
        break;
      }
    }
    assertTrue(Math.abs(latent(flow, x, fewer).get(0, 0) - z.get(0, 0)) > 1e-6, "dropping an element changes z");
  }

  @Test
  void sampleSummarisesOnceAndAgreesWithPerRowSampling() {
    Flow flow = randomFlow(13);
    Matrix y = sets(1, 14);
    double[] obs = y.toRows()[0];
    Matrix repeated = Matrix.zeros(Precision.FLOAT64, 300, Y);
    for (int r = 0; r < 300; r++) {
      repeated.copyRows(y, 0, r, 1);
    }
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(2), Standardization.identity(Y), 2)) {
      Matrix once = cinn.sample(obs, 300, new Rng(15));
      Matrix perRow = cinn.sampleEach(repeated, new Rng(15));
      assertTrue(Numerics.maxAbsDiff(once, perRow) < 1e-10, "max diff " + Numerics.maxAbsDiff(once, perRow));
      // the summary kept by the caller gives the same draws as summarising again
      assertEquals(0, Numerics.maxAbsDiff(once, cinn.sampleGivenCondition(cinn.condition(obs), 300, new Rng(15))));
      assertTrue(Numerics.maxAbsDiff(once, cinn.sampleGivenCondition(cinn.condition(sets(1, 16).toRows()[0]), 300,
          new Rng(15))) > 1e-3, "another observation, other draws");
    }
  }

  @Test
  void maskMustBeZeroOrOne() {
    Flow flow = randomFlow(11);
    Matrix y = sets(2, 12);
    y.set(1, 2 * (WIDTH + 1) + WIDTH, 0.5);
    var e = assertThrows(IllegalArgumentException.class,
        () -> latent(flow, Numerics.gaussian(new Rng(1), 2, 2, 1), y));
    assertTrue(e.getMessage().contains("row 1, slot 2"), e.getMessage());
  }

  @Test
  void setConfigRoundTripsAndOldConfigsStillRead() throws Exception {
    ConditionNetworkConfig c = ConditionNetworkConfig.set(5, SMALL, SLOTS, WIDTH);
    assertEquals(c, Json.mapper().readValue(Json.mapper().writeValueAsString(c), ConditionNetworkConfig.class));
    ConditionNetworkConfig old = Json.mapper().readValue(
        "{\"features\":3,\"mlp\":{\"hiddenWidths\":[4],\"activation\":\"RELU\"}}", ConditionNetworkConfig.class);
    assertEquals(new ConditionNetworkConfig(3, MlpConfig.of(4, 1, Activation.RELU)), old);
    var e = assertThrows(IllegalArgumentException.class, () -> new FlowConfig(2, Y + 1,
        List.of(PermutationConfig.random()), c));
    assertTrue(e.getMessage().contains("needs conditionDimension " + Y), e.getMessage());
  }
}
