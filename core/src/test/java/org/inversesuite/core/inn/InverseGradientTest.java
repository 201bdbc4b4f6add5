package org.inversesuite.core.inn;

import java.util.List;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.InvertibleResidualConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.ResidualLogDet;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** Implicit gradients of a loss on the inverse pass against central differences of the inverse. */
class InverseGradientTest {
  private static final int D = 4;

  private static double loss(Flow flow, Matrix w, Matrix weights, Workspace ws, Matrix dxHat) {
    Matrix x = w.like(w.rows(), D);
    flow.inverse(w, null, x, new double[w.rows()], ws);
    double l = 0;
    for (int i = 0; i < x.size(); i++) {
      l += 0.5 * weights.get(i) * x.get(i) * x.get(i) + weights.get(i) * x.get(i);
      if (dxHat != null) {
        dxHat.set(i, weights.get(i) * x.get(i) + weights.get(i));
      }
    }
    return l;
  }

  @Test
  void implicitGradientOfTheInverseMatchesFiniteDifferences() {
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0,
        MlpConfig.of(8, 1, Activation.TANH));
    List<BlockConfig> blocks = List.of(coupling, PermutationConfig.random(), coupling,
        new InvertibleResidualConfig(MlpConfig.of(6, 1, Activation.TANH), 0.9, 500,
        ResidualLogDet.EXACT, 1, 1, 1e-13, 1000, 0));
    Flow flow = Flow.build(new FlowConfig(D, 0, blocks, ConditionNetworkConfig.none()), Precision.FLOAT64, new Rng(1), true);
    Matrix p = flow.parameters().values();
    Rng rng = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.set(i, 0.3 * rng.gaussian());
    }
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix w = Numerics.gaussian(rng, 3, D, 1.0);
    Matrix weights = Numerics.gaussian(rng, 3, D, 1.0);
    Matrix dxHat = w.like(3, D);
    loss(flow, w, weights, ws, dxHat);
    Matrix xHat = w.like(3, D);
    flow.inverse(w, null, xHat, new double[3], ws);
    ws.zeroGradients();
    InverseGradient.accumulate(flow, xHat, dxHat, ws);
    Matrix analytic = ws.gradients().copy();
    Numerics.assertGradient("dL/dθ through the inverse", p, analytic, 1e-6, 1e-5, 1e-8,
        () -> loss(flow, w, weights, ws, null));
  }
}
