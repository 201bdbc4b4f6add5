package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.InvertibleResidualConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.ResidualLogDet;
import org.inversesuite.core.cycle.ImplicitInverseGradient;
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

/**
 * Gradients of a loss on a flow's inverse pass against central differences: the explicit chain
 * rule (affine couplings, permutations) and the implicit differentiation of
 * {@link InverseGradient} (the fallback, here with an invertible residual block), and the two
 * against each other; unconditional and conditional (the condition a fixed input).
 */
class InverseBackpropTest {
  private static final int D = 4;
  private static final int ROWS = 3;
  private static final AffineCouplingConfig GLOW = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN,
      2.0, MlpConfig.of(7, 2, Activation.TANH));

  /** L = Σ ½ a x² + a x over the inverse output x = f⁻¹(w; c), with fixed random weights a. */
  private static double loss(Flow flow, Matrix w, Matrix c, Matrix weights, Workspace ws, Matrix dx) {
    Matrix x = w.like(ROWS, D);
    flow.inverse(w, c, x, new double[ROWS], ws);
    double l = 0;
    for (int i = 0; i < x.size(); i++) {
      l += 0.5 * weights.get(i) * x.get(i) * x.get(i) + weights.get(i) * x.get(i);
      if (dx != null) {
        dx.set(i, weights.get(i) * x.get(i) + weights.get(i));
      }
    }
    return l;
  }

  /** @return the parameter gradient of {@link InverseBackprop}, checked against central differences */
  private static Matrix checkedGradient(List<BlockConfig> blocks, boolean explicit) {
    return checkedGradient(blocks, explicit, 0);
  }

  /** As above, for a flow with a condition of {@code conditions} columns (0: unconditional). */
  private static Matrix checkedGradient(List<BlockConfig> blocks, boolean explicit, int conditions) {
    Flow flow = Flow.build(new FlowConfig(D, conditions, blocks, ConditionNetworkConfig.none()), Precision.FLOAT64,
        new Rng(1), true);
    Matrix p = flow.parameters().values();
    Rng rng = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.set(i, 0.3 * rng.gaussian());
    }
    assertEquals(explicit, InverseBackprop.explicit(flow));
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    Matrix w = Numerics.gaussian(rng, ROWS, D, 1.0);
    Matrix weights = Numerics.gaussian(rng, ROWS, D, 1.0);
    Matrix c = conditions == 0 ? null : Numerics.gaussian(rng, ROWS, conditions, 1.0);
    Matrix dx = w.like(ROWS, D);
    loss(flow, w, c, weights, ws, dx);
    InverseBackprop pass = InverseBackprop.run(flow, w, c, ws);
    Matrix reference = w.like(ROWS, D);
    flow.inverse(w, c, reference, new double[ROWS], ws);
    for (int i = 0; i < reference.size(); i++) {
      assertEquals(reference.get(i), pass.output().get(i), 1e-12, "inverse output");
    }
    pass = conditions == 0 ? InverseBackprop.run(flow, w, ws) : InverseBackprop.run(flow, w, c, ws);
    assertEquals(explicit, pass.isExplicit());
    ws.zeroGradients();
    pass.backward(dx, ws);
    Matrix analytic = ws.gradients().copy();
    Numerics.assertGradient("dL/dθ through the inverse", p, analytic, 1e-6, 1e-5, 1e-8,
        () -> loss(flow, w, c, weights, ws, null));
    if (explicit) {
      Matrix again = w.like(ROWS, D);
      loss(flow, w, c, weights, ws, again);
      ws.zeroGradients();
      ImplicitInverseGradient.accumulate(flow, pass.output(), c, again, ws);
      for (int i = 0; i < analytic.size(); i++) {
        assertEquals(ws.gradients().get(i), analytic.get(i), 1e-8 * (1 + Math.abs(analytic.get(i))), "parameter " + i);
      }
    }
    return analytic;
  }

  @Test
  void explicitInverseGradientOfCouplingsAndPermutationsMatchesFiniteDifferencesAndImplicitDifferentiation() {
    AffineCouplingConfig realNvp = new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.TANH, 1.5,
        MlpConfig.of(6, 1, Activation.TANH));
    Matrix g = checkedGradient(List.of(GLOW, PermutationConfig.random(), realNvp, PermutationConfig.random(), GLOW), true);
    assertTrue(g.size() > 0);
  }

  @Test
  void explicitGradientThroughAConditionalInverseMatchesFiniteDifferencesAndImplicitDifferentiation() {
    Matrix g = checkedGradient(List.of(GLOW, PermutationConfig.random(), GLOW, PermutationConfig.random(), GLOW), true, 2);
    assertTrue(g.size() > 0);
  }

  @Test
  void aFlowWithAConditionNetworkIsNotExplicit() {
    FlowConfig config = FlowConfig.couplingChain(D, 2, 2, GLOW).withConditionNetwork(new ConditionNetworkConfig(3,
        MlpConfig.of(4, 1, Activation.RELU)));
    assertFalse(InverseBackprop.explicit(Flow.build(config, Precision.FLOAT64, new Rng(1), true)));
  }

  @Test
  void implicitGradientOfAFlowWithAnInvertibleResidualBlockMatchesFiniteDifferences() {
    Matrix g = checkedGradient(List.of(GLOW, PermutationConfig.random(), GLOW,
        new InvertibleResidualConfig(MlpConfig.of(6, 1, Activation.TANH), 0.9, 500, ResidualLogDet.EXACT, 1, 1, 1e-13,
            1000, 0)), false);
    assertFalse(g.size() == 0);
  }
}
