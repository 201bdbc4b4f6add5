package org.inversesuite.core.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.AllInOneConfig;
import org.inversesuite.core.block.LuLinearConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/** The user-facing model: its density integrates to one and its samples follow it. */
class CinnTest {
  static Cinn randomModel(Precision precision) {
    return randomModel(precision, BoundedTransform.unbounded(2));
  }

  static Cinn randomModel(Precision precision, BoundedTransform support) {
    MlpConfig small = MlpConfig.of(16, 2, Activation.TANH);
    FlowConfig config = new FlowConfig(2, 1, List.of(new ActNormConfig(),
        AffineCouplingConfig.defaults().withSubnet(small), PermutationConfig.random(), LuLinearConfig.random(),
        AllInOneConfig.defaults().withSubnet(small)), new ConditionNetworkConfig(3, MlpConfig.of(8, 1, Activation.TANH)));
    Flow flow = Flow.build(config, precision, new Rng(4), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(5);
    for (int i = 0; i < v.size(); i++) {
      v.add(i, 0.3 * r.gaussian());
    }
    return new Cinn(flow, new ParameterSpace(support, new Standardization(new double[] {0.5, -1}, new double[] {0.7, 1.3})),
        new Standardization(new double[] {2}, new double[] {3}), 2);
  }

  @Test
  void densityIntegratesToOne() {
    try (Cinn cinn = randomModel(Precision.FLOAT64)) {
      int n = 401;
      double lo = -12;
      double h = 24.0 / (n - 1);
      Matrix x = Matrix.zeros(Precision.FLOAT64, n * n, 2);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          x.set(i * n + j, 0, lo + i * h);
          x.set(i * n + j, 1, lo + j * h);
        }
      }
      Matrix y = Matrix.zeros(Precision.FLOAT64, n * n, 1);
      y.fill(1.7);
      double[] lp = cinn.logDensity(x, y);
      double integral = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double w = (i == 0 || i == n - 1 ? 0.5 : 1) * (j == 0 || j == n - 1 ? 0.5 : 1);
          integral += w * Math.exp(lp[i * n + j]);
        }
      }
      assertEquals(1.0, integral * h * h, 1e-3);
    }
  }

  @Test
  void boundedSupportHoldsEverySampleAndTheDensityStillIntegratesToOne() {
    BoundedTransform support = new BoundedTransform(new double[] {0, -1}, new double[] {2, Double.POSITIVE_INFINITY});
    try (Cinn cinn = randomModel(Precision.FLOAT64, support)) {
      Matrix s = cinn.sample(new double[] {1.7}, 20_000, new Rng(9));
      for (int r = 0; r < s.rows(); r++) {
        assertTrue(s.get(r, 0) > 0 && s.get(r, 0) < 2 && s.get(r, 1) > -1, "sample " + r + " leaves the support");
      }
      // ∫∫ p over (0, 2) × (−1, ∞): substitute x2 = −1 + e^t to integrate the half-line.
      int n = 801;
      double h0 = 2.0 / n;
      double t0 = -25;
      double ht = 30.0 / n;
      Matrix x = Matrix.zeros(Precision.FLOAT64, n * n, 2);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          x.set(i * n + j, 0, (i + 0.5) * h0);
          x.set(i * n + j, 1, -1 + Math.exp(t0 + (j + 0.5) * ht));
        }
      }
      Matrix y = Matrix.zeros(Precision.FLOAT64, n * n, 1);
      y.fill(1.7);
      double[] lp = cinn.logDensity(x, y);
      double integral = 0;
      for (int k = 0; k < lp.length; k++) {
        integral += Math.exp(lp[k]) * (x.get(k, 1) + 1) * h0 * ht;
      }
      assertEquals(1.0, integral, 2e-3);
    }
  }

  @Test
  void samplesFollowTheDensity() {
    try (Cinn cinn = randomModel(Precision.FLOAT64)) {
      Matrix s = cinn.sample(new double[] {1.7}, 20_000, new Rng(9));
      // E[x1] by sampling against the same expectation by quadrature of the density.
      double sampleMean = 0;
      for (int r = 0; r < s.rows(); r++) {
        sampleMean += s.get(r, 0) / s.rows();
      }
      int n = 401;
      double h = 24.0 / (n - 1);
      Matrix x = Matrix.zeros(Precision.FLOAT64, n * n, 2);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          x.set(i * n + j, 0, -12 + i * h);
          x.set(i * n + j, 1, -12 + j * h);
        }
      }
      Matrix y = Matrix.zeros(Precision.FLOAT64, n * n, 1);
      y.fill(1.7);
      double[] lp = cinn.logDensity(x, y);
      double quadrature = 0;
      for (int k = 0; k < lp.length; k++) {
        quadrature += x.get(k, 0) * Math.exp(lp[k]) * h * h;
      }
      assertEquals(quadrature, sampleMean, 0.03);
    }
  }

  @Test
  void float32ModelAgreesWithFloat64() {
    try (Cinn a = randomModel(Precision.FLOAT64); Cinn b = randomModel(Precision.FLOAT32)) {
      b.flow().parameters().assign(a.flow().parameters().values());
      Matrix x = org.inversesuite.core.testing.Numerics.gaussian(new Rng(1), 100, 2, 1);
      Matrix y = org.inversesuite.core.testing.Numerics.gaussian(new Rng(2), 100, 1, 1);
      double[] la = a.logDensity(x, y);
      double[] lb = b.logDensity(x, y);
      for (int i = 0; i < la.length; i++) {
        assertEquals(la[i], lb[i], 1e-3 * Math.max(1, Math.abs(la[i])), "row " + i);
      }
    }
  }

  @Test
  void badObservationsAreRefusedByName() {
    try (Cinn cinn = randomModel(Precision.FLOAT32)) {
      var e = assertThrows(IllegalArgumentException.class, () -> cinn.sample(new double[] {1, 2}, 10, new Rng(1)));
      assertTrue(e.getMessage().contains("observation has 2 values, the model expects 1"), e.getMessage());
      var nan = assertThrows(NonFiniteException.class, () -> cinn.sample(new double[] {Double.NaN}, 10, new Rng(1)));
      assertTrue(nan.getMessage().contains("observation"), nan.getMessage());
    }
  }
  @Test
  void givenLatentsOfTheSameGaussianDrawsGiveTheSameBits() {
    for (Precision precision : Precision.values()) {
      try (Cinn cinn = randomModel(precision)) {
        Cinn.Prepared c = cinn.prepare(cinn.condition(new double[] {1.7}));
        Matrix expected = cinn.sampleGivenCondition(c, 300, new Rng(12));
        Rng rng = new Rng(12);
        Matrix z = Matrix.zeros(Precision.FLOAT64, 300, 2);
        for (int i = 0; i < z.size(); i++) {
          z.set(i, rng.gaussian());
        }
        Matrix got = cinn.sampleGivenLatent(c, z);
        for (int i = 0; i < got.size(); i++) {
          assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(got.get(i)),
              precision + " element " + i);
        }
        Matrix other = cinn.sampleGivenLatent(c, scaled(z, 2));
        assertTrue(Math.abs(other.get(0) - got.get(0)) > 1e-9, "another z, another draw");
      }
    }
  }

  @Test
  void badLatentsAreRefusedByName() {
    try (Cinn cinn = randomModel(Precision.FLOAT64)) {
      Cinn.Prepared c = cinn.prepare(cinn.condition(new double[] {1.7}));
      var width = assertThrows(IllegalArgumentException.class,
          () -> cinn.sampleGivenLatent(c, Matrix.zeros(Precision.FLOAT64, 4, 3)));
      assertTrue(width.getMessage().contains("latent z has shape [4, 3], expected [4, 2]"), width.getMessage());
      Matrix z = Matrix.zeros(Precision.FLOAT64, 4, 2);
      z.set(5, Double.NaN);
      var nan = assertThrows(NonFiniteException.class, () -> cinn.sampleGivenLatent(c, z));
      assertTrue(nan.getMessage().contains("latent z"), nan.getMessage());
    }
  }

  private static Matrix scaled(Matrix z, double factor) {
    Matrix out = z.copy();
    for (int i = 0; i < out.size(); i++) {
      out.set(i, factor * z.get(i));
    }
    return out;
  }
}
