package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.core.train.NllObjective;
import org.junit.jupiter.api.Test;

class ConditionContrastObjectiveTest {
  private static Flow flow(long seed) {
    AffineCouplingConfig coupling = AffineCouplingConfig.defaults().withSubnet(MlpConfig.of(6, 1, Activation.TANH));
    Flow flow = Flow.build(FlowConfig.couplingChain(4, 2, 2, coupling), Precision.FLOAT64, new Rng(seed), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(seed + 1);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.3 * r.gaussian());
    }
    return flow;
  }

  @Test
  void gradientOverTwoThreadsMatchesFiniteDifferences() {
    Flow flow = flow(1);
    ContrastConfig config = new ContrastConfig(0.7, 4, 1.0);
    Matrix x = Numerics.gaussian(new Rng(2), 20, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(3), 20, 2, 1);
    Matrix shifts = Numerics.gaussian(new Rng(4), 20, 3, 0.8);
    try (RowParallel parallel = new RowParallel(flow.parameters(), 2, Kernels.REFERENCE);
        RowParallel single = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
      ConditionContrastObjective objective = new ConditionContrastObjective(flow, parallel, config);
      double loss = objective.lossAndGradient(x, y, shifts);
      Matrix grads = objective.gradients().copy();
      ConditionContrastObjective reference = new ConditionContrastObjective(flow, single, config);
      assertEquals(loss, reference.lossAndGradient(x, y, shifts), 1e-10);
      Numerics.assertGradient("dL/dtheta", flow.parameters().values(), grads, 1e-6, 1e-5, 1e-8,
          () -> reference.lossAndGradient(x, y, shifts));
    }
  }

  @Test
  void identicalCandidatesAddExactlyLogKAndTheNllGradient() {
    Flow flow = flow(5);
    Matrix x = Numerics.gaussian(new Rng(6), 16, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(7), 16, 2, 1);
    Matrix zeros = Matrix.zeros(Precision.FLOAT64, 16, 4);
    try (RowParallel parallel = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
      NllObjective nll = new NllObjective(flow, parallel);
      double plain = nll.lossAndGradient(x, y);
      Matrix plainGrads = nll.gradients().copy();
      ConditionContrastObjective objective = new ConditionContrastObjective(flow, parallel, new ContrastConfig(2.0, 5, 1.0));
      // every candidate equals the true condition: the softmax is uniform, -log(1/K) = log K, and the
      // contrast gradient (1 - w0) dl0 - sum_k w_k dl_k cancels
      assertEquals(plain + 2.0 * Math.log(5), objective.lossAndGradient(x, y, zeros), 1e-10);
      assertTrue(Numerics.maxAbsDiff(plainGrads, objective.gradients()) < 1e-10);
    }
  }

  @Test
  void contrastTermIsNonNegativeAndShiftsMustMatchK() {
    Flow flow = flow(8);
    Matrix x = Numerics.gaussian(new Rng(9), 12, 4, 1);
    Matrix y = Numerics.gaussian(new Rng(10), 12, 2, 1);
    Matrix shifts = Numerics.gaussian(new Rng(11), 12, 2, 2.0);
    try (RowParallel parallel = new RowParallel(flow.parameters(), 1, Kernels.REFERENCE)) {
      double plain = new NllObjective(flow, parallel).loss(x, y);
      double with = new ConditionContrastObjective(flow, parallel, new ContrastConfig(1.0, 3, 1.0)).lossAndGradient(x, y, shifts);
      assertTrue(with >= plain, with + " < " + plain);
      ConditionContrastObjective four = new ConditionContrastObjective(flow, parallel, new ContrastConfig(1.0, 4, 1.0));
      assertThrows(IllegalArgumentException.class, () -> four.lossAndGradient(x, y, shifts));
    }
    assertThrows(IllegalArgumentException.class, () -> new ContrastConfig(-1, 4, 1));
    assertThrows(IllegalArgumentException.class, () -> new ContrastConfig(1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ContrastConfig(1, 4, 0));
  }
}
