package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class ConditionalVaeTest {
  @Test
  void explicitBackwardMatchesFiniteDifferences() {
    ConditionalVaeNetworks net = new ConditionalVaeNetworks(Precision.FLOAT64, 3, 2, new ConditionalVaeConfig(2, 0.7),
        MlpConfig.of(6, 2, Activation.TANH));
    Rng rng = new Rng(12);
    net.parameters.initialise(rng);
    Matrix x = Numerics.gaussian(rng, 4, 3, 1);
    Matrix y = Numerics.gaussian(rng, 4, 2, 1);
    Matrix eps = Numerics.gaussian(rng, 4, 2, 1);
    Workspace ws = new Workspace(net.parameters, Kernels.REFERENCE.create(Precision.FLOAT64));
    ws.zeroGradients();
    net.lossAndGradient(x, y, eps, ws);
    Matrix analytic = ws.gradients().copy();
    Workspace scratch = new Workspace(net.parameters, Kernels.REFERENCE.create(Precision.FLOAT64));
    Numerics.assertGradient("cVAE parameters", net.parameters.values(), analytic, 1e-6, 1e-5, 1e-8,
        () -> net.lossAndGradient(x, y, eps, scratch));
  }

  @Test
  void learnsTheExactGaussianPosterior() {
    ConditionalVae cvae = ConditionalVaeTraining.train(new LinearGaussianProblem(),
        new NetworkRecipe(3000, 256, 2e-3, 32, 2, 3), new ConditionalVaeConfig(2, 0.15));
    for (double[] y : new double[][] {{0, 0}, {1.2, -0.8}, {-1.5, 2.0}}) {
      LinearGaussianProblem.assertPosteriorMoments(cvae, y, 0.08, 0.15);
    }
    assertFalse(cvae.hasDensity());
    assertThrows(UnsupportedOperationException.class, () -> cvae.logDensity(new DoubleMatrix(1, 2), new DoubleMatrix(1, 2)));
  }
}
