package org.inversesuite.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.AllInOneConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.LuLinearConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.core.train.NllObjective;
import org.junit.jupiter.api.Test;

/** The whole flow (every block kind plus a condition network) checked like a single block. */
class FlowTest {
  static final MlpConfig SMALL = MlpConfig.of(8, 1, Activation.TANH);

  static FlowConfig mixedConfig() {
    return new FlowConfig(4, 3, List.of(
        new ActNormConfig(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL),
        PermutationConfig.random(),
        LuLinearConfig.random(),
        new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.0, SMALL),
        AllInOneConfig.defaults().withSubnet(SMALL)),
        new ConditionNetworkConfig(5, MlpConfig.of(6, 1, Activation.TANH)));
  }

  static Flow randomFlow(long seed) {
    Flow flow = Flow.build(mixedConfig(), Precision.FLOAT64, new Rng(seed), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(seed + 1);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.3 * r.gaussian());
    }
    return flow;
  }

  @Test
  void roundTripAndLogDetMatchBruteForce() {
    Flow flow = randomFlow(1);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix x = Numerics.gaussian(new Rng(2), 5, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(3), 5, 3, 1);
    Matrix z = x.like(5, 4);
    double[] ld = new double[5];
    flow.forward(x, y, z, ld, ws);
    Matrix back = x.like(5, 4);
    double[] ldInv = new double[5];
    flow.inverse(z, y, back, ldInv, ws);
    assertTrue(Numerics.maxAbsDiff(back, x) < 1e-10);
    double[][][] jac = Numerics.jacobians(in -> {
      Matrix out = in.like(in.rows(), 4);
      flow.forward(in, y, out, new double[in.rows()], new Workspace(flow.parameters(), new JavaDenseKernel()));
      return out;
    }, x, 1e-6);
    for (int r = 0; r < 5; r++) {
      assertEquals(Numerics.logAbsDet(jac[r]), ld[r], 1e-6);
      assertEquals(0, ld[r] + ldInv[r], 1e-10);
    }
  }

  @Test
  void objectiveGradientOverTwoThreadsMatchesFiniteDifferences() {
    Flow flow = randomFlow(4);
    Matrix x = Numerics.gaussian(new Rng(5), 24, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(6), 24, 3, 1);
    try (RowParallel parallel = new RowParallel(flow.parameters(), 2, Kernels.REFERENCE)) {
      NllObjective objective = new NllObjective(flow, parallel);
      objective.lossAndGradient(x, y);
      Matrix grads = objective.gradients().copy();
      try (RowParallel single = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
        NllObjective reference = new NllObjective(flow, single);
        Numerics.assertGradient("dL/dtheta", flow.parameters().values(), grads, 1e-6, 1e-5, 1e-8,
            () -> reference.loss(x, y));
      }
    }
  }

  @Test
  void explicitConfigRebuildsTheSameFlow() throws Exception {
    Flow flow = randomFlow(7);
    String json = Json.mapper().writeValueAsString(flow.config());
    FlowConfig read = Json.mapper().readValue(json, FlowConfig.class);
    assertEquals(flow.config(), read);
    Flow again = Flow.build(read, Precision.FLOAT64, new Rng(999), false);
    again.parameters().assign(flow.parameters().values());
    Matrix x = Numerics.gaussian(new Rng(8), 3, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(9), 3, 3, 1);
    Matrix z1 = x.like(3, 4);
    Matrix z2 = x.like(3, 4);
    flow.forward(x, y, z1, new double[3], new Workspace(flow.parameters(), new JavaDenseKernel()));
    again.forward(x, y, z2, new double[3], new Workspace(again.parameters(), new JavaDenseKernel()));
    assertEquals(0.0, Numerics.maxAbsDiff(z1, z2));
  }

  @Test
  void wrongConditionWidthNamesBothWidths() {
    Flow flow = randomFlow(10);
    Matrix x = Numerics.gaussian(new Rng(8), 3, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(9), 3, 2, 1);
    var e = assertThrows(IllegalArgumentException.class,
        () -> flow.forward(x, y, x.like(3, 4), new double[3], new Workspace(flow.parameters(), new JavaDenseKernel())));
    assertTrue(e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
  }

  @Test
  void unknownConfigFieldIsRejected() {
    String json = "{\"dimension\":2,\"conditionDimension\":0,\"blocks\":[{\"type\":\"actnorm\"}],"
        + "\"conditionNetwork\":{\"features\":0,\"mlp\":{\"hiddenWidths\":[],\"activation\":\"RELU\"}},\"blokcs\":[]}";
    var e = assertThrows(Exception.class, () -> Json.mapper().readValue(json, FlowConfig.class));
    assertTrue(e.getMessage().contains("blokcs"), e.getMessage());
  }
}
