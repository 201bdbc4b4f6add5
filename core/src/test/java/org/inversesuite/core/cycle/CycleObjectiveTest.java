package org.inversesuite.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** The cycle loss: its parameter gradient against central differences, in float64, and its pieces. */
class CycleObjectiveTest {
  static final int D = 3;
  static final int K = 2;

  /** F(u) = (u₁ + sin u₂, u₂ u₃ + 0.5 u₁), with its exact Jacobian. */
  static class Analytic implements Resimulation {
    public int inputDimension() { return D; }
    public int outputDimension() { return K; }

    public Matrix apply(Matrix u) {
      Matrix out = Matrix.zeros(Precision.FLOAT64, u.rows(), K);
      for (int r = 0; r < u.rows(); r++) {
        out.set(r, 0, u.get(r, 0) + Math.sin(u.get(r, 1)));
        out.set(r, 1, u.get(r, 1) * u.get(r, 2) + 0.5 * u.get(r, 0));
      }
      return out;
    }

    public Matrix pullback(Matrix u, Matrix dF) {
      Matrix du = Matrix.zeros(Precision.FLOAT64, u.rows(), D);
      for (int r = 0; r < u.rows(); r++) {
        double a = dF.get(r, 0);
        double b = dF.get(r, 1);
        du.set(r, 0, a + 0.5 * b);
        du.set(r, 1, a * Math.cos(u.get(r, 1)) + b * u.get(r, 2));
        du.set(r, 2, b * u.get(r, 1));
      }
      return du;
    }
  }

  static Flow flow() {
    MafConfig layer = new MafConfig(ClampActivation.ATAN, 2.0, MlpConfig.of(8, 1, Activation.TANH));
    Flow flow = Flow.build(FlowPresets.maf(D, K, 2, layer), Precision.FLOAT64, new Rng(3), true);
    Matrix values = flow.parameters().values();
    Rng perturb = new Rng(4);
    for (int i = 0; i < values.size(); i++) {
      values.set(i, 0.3 * perturb.gaussian());
    }
    return flow;
  }

  @Test
  void parameterGradientMatchesCentralDifferences() {
    Flow flow = flow();
    CycleObjective objective = new CycleObjective(flow, new Analytic(), 0.7);
    Rng rng = new Rng(5);
    Matrix u = Numerics.gaussian(rng, 5, D, 1.0);
    Matrix y = Numerics.gaussian(rng, 5, K, 1.0);
    Matrix z = Numerics.gaussian(rng, 3, D, 1.0);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    ws.zeroGradients();
    CycleObjective.Terms terms = objective.lossAndGradient(u, y, z, ws);
    assertTrue(terms.cycle() > 1e-3, "the cycle term is negligible: " + terms.cycle());
    Matrix analytic = ws.gradients().copy();
    Workspace probe = new Workspace(flow.parameters(), new JavaDenseKernel());
    Numerics.assertGradient("dL/dθ", flow.parameters().values(), analytic, 1e-6, 1e-5, 1e-8,
        () -> objective.lossAndGradient(u, y, z, probe).total());
  }

  @Test
  void zeroWeightIsMaximumLikelihoodOnly() {
    Flow flow = flow();
    Rng rng = new Rng(6);
    Matrix u = Numerics.gaussian(rng, 4, D, 1.0);
    Matrix y = Numerics.gaussian(rng, 4, K, 1.0);
    Matrix z = Numerics.gaussian(rng, 2, D, 1.0);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    CycleObjective.Terms plain = new CycleObjective(flow, new Analytic(), 0).lossAndGradient(u, y, z, ws);
    CycleObjective.Terms cycled = new CycleObjective(flow, new Analytic(), 2).lossAndGradient(u, y, z, ws);
    assertEquals(0.0, plain.cycle());
    assertEquals(plain.likelihood(), cycled.likelihood(), 1e-12);
    assertTrue(cycled.cycle() > 0);
  }

  @Test
  void mismatchedDimensionsAndNegativeWeightAreRefused() {
    Flow flow = flow();
    Resimulation wide = new Analytic() {
      @Override
      public int outputDimension() { return K + 1; }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CycleObjective(flow, wide, 1));
    assertTrue(e.getMessage().contains("condition 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CycleObjective(flow, new Analytic(), -1));
    assertThrows(IllegalArgumentException.class, () -> CycleConfig.defaults().withCycleWeight(Double.NaN));
  }

  /** The central-difference Jacobian of a black-box forward model agrees with the exact one of a smooth f. */
  @Test
  void simulatorPullbackMatchesExactJacobian() {
    ForwardModel f = new ForwardModel() {
      public int inputDimension() { return D; }
      public int outputDimension() { return K; }
      public Matrix apply(Matrix x) {
        return new Analytic().apply(x);
      }
    };
    Standardization xNorm = new Standardization(new double[] {0.5, -1, 2}, new double[] {2, 0.5, 1.5});
    Standardization yNorm = new Standardization(new double[] {1, 0}, new double[] {3, 0.25});
    ParameterSpace space = ParameterSpace.identity(D).withStandardization(xNorm);
    SimulatorResimulation sim = new SimulatorResimulation(f, space, yNorm, 1e-4);
    Matrix u = Numerics.gaussian(new Rng(7), 4, D, 1.0);
    Matrix dF = Numerics.gaussian(new Rng(8), 4, K, 1.0);
    Matrix du = sim.pullback(u, dF);
    // exact: x = μ_x + σ_x u, F = (f(x) − μ_y)/σ_y, so J_Fᵀ dF = σ_x ⊙ J_f(x)ᵀ (dF / σ_y)
    Matrix x = u.copy();
    Matrix scaled = dF.copy();
    for (int r = 0; r < 4; r++) {
      for (int j = 0; j < D; j++) {
        x.set(r, j, xNorm.mean()[j] + xNorm.std()[j] * u.get(r, j));
      }
      for (int k = 0; k < K; k++) {
        scaled.set(r, k, dF.get(r, k) / yNorm.std()[k]);
      }
    }
    Matrix exact = new Analytic().pullback(x, scaled);
    for (int r = 0; r < 4; r++) {
      for (int j = 0; j < D; j++) {
        double e = xNorm.std()[j] * exact.get(r, j);
        assertEquals(e, du.get(r, j), 1e-6 * Math.max(1, Math.abs(e)), "row " + r + " col " + j);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new SimulatorResimulation(f, ParameterSpace.identity(D + 1),
        yNorm, 1e-4));
  }
}
