package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class LatentAutoencoderTest {
  @Test
  void explicitBackwardMatchesFiniteDifferences() {
    LatentAutoencoderNetworks net = new LatentAutoencoderNetworks(Precision.FLOAT64, 3, 2,
        new LatentPriorConfig(2, 0.7, 3), MlpConfig.of(6, 2, Activation.TANH));
    Rng rng = new Rng(12);
    net.parameters().initialise(rng);
    assertBackward(net, 3, 2, 2, rng);
  }

  /** Compares ∂L/∂θ of the explicit backward pass with central differences on 5 random rows. */
  static void assertBackward(AutoencoderNetworks net, int dx, int dy, int dz, Rng rng) {
    Matrix x = Numerics.gaussian(rng, 5, dx, 1);
    Matrix y = Numerics.gaussian(rng, 5, dy, 1);
    Matrix zeta = Numerics.gaussian(rng, 5, dz, 1);
    Workspace ws = new Workspace(net.parameters(), Kernels.REFERENCE.create(Precision.FLOAT64));
    ws.zeroGradients();
    net.lossAndGradient(x, y, zeta, ws);
    Matrix analytic = ws.gradients().copy();
    Workspace scratch = new Workspace(net.parameters(), Kernels.REFERENCE.create(Precision.FLOAT64));
    Numerics.assertGradient("autoencoder parameters", net.parameters().values(), analytic, 1e-6, 1e-5, 1e-8,
        () -> net.lossAndGradient(x, y, zeta, scratch));
  }

  @Test
  void learnsTheExactPosteriorOfANoiseFreeLinearProblem() {
    LatentAutoencoder ae = AutoencoderTraining.latent(new LineProblem(), new NetworkRecipe(2000, 256, 2e-3, 32, 2, 3),
        LatentPriorConfig.defaults(2, 1));
    for (double y : new double[] {0, 1.5, -3}) {
      LineProblem.assertPosterior(ae, y, 0.1, 0.1, 0.01);
    }
    assertEquals(2, ae.dimension());
    assertEquals(1, ae.conditionDimension());
    assertEquals(3, ae.sampleEach(new DoubleMatrix(3, 1, new double[] {0, 1, 2}), new Rng(1)).rows());
    assertFalse(ae.hasDensity());
    assertThrows(UnsupportedOperationException.class, () -> ae.logDensity(new DoubleMatrix(1, 2), new DoubleMatrix(1, 1)));
    assertThrows(IllegalArgumentException.class, () -> ae.sample(new double[] {1, 2}, 5, new Rng(1)));
    assertThrows(NonFiniteException.class, () -> ae.sample(new double[] {Double.NaN}, 5, new Rng(1)));
  }

  @Test
  void configRefusesBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new LatentPriorConfig(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LatentPriorConfig(1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LatentPriorConfig(1, 1, 0));
    assertEquals(2, LatentPriorConfig.defaults(4, 2).latentDimension());
    assertEquals(1, LatentPriorConfig.defaults(2, 2).latentDimension());
  }
}
