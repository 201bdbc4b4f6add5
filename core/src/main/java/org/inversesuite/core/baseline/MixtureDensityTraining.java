package org.inversesuite.core.baseline;

import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;

/**
 * The recipe that trains a {@link MixtureDensityNetwork}: minimise the mean negative
 * log-likelihood −log q(x̃ | ỹ) of fresh standardised simulations with Adam (β = 0.9, 0.999)
 * under the {@link NetworkRecipe}'s cosine schedule, gradients by the explicit backward pass of
 * {@link GaussianMixture} and {@link Mlp}. Float32 on the fast dense kernels. Streams of
 * {@code recipe.seed()}: "normalization", "model", "training".
 */
public final class MixtureDensityTraining {
  private MixtureDensityTraining() {}

  /**
   * @param components number of diagonal Gaussian components K ≥ 1
   * @return the trained network
   * @throws NonFiniteException if the loss becomes non-finite
   */
  public static MixtureDensityNetwork train(Simulator simulator, NetworkRecipe recipe, int components) {
    return train(simulator, recipe, new GaussianMixture(components, simulator.xDimension()));
  }

  /**
   * @param mixture the output density, e.g. a {@link FullCovarianceMixture}, over dim x dimensions
   * @return the trained network
   * @throws NonFiniteException if the loss becomes non-finite
   */
  public static MixtureDensityNetwork train(Simulator simulator, NetworkRecipe recipe, MixtureHead mixture) {
    Rng root = new Rng(recipe.seed());
    Precision precision = Precision.FLOAT32;
    NormalizedSimulations data = new NormalizedSimulations(simulator, root, precision);
    Parameters parameters = new Parameters(precision);
    Mlp network = new Mlp(parameters, "mdn", simulator.yDimension(), mixture.width(),
        MlpConfig.of(recipe.width(), recipe.depth(), Activation.RELU), OutputInit.UNIFORM);
    AdamLoop loop = new AdamLoop(parameters, recipe, root.stream("model"), "mixture density network");
    for (int t = 0; t < recipe.steps(); t++) {
      Batch b = data.next(recipe.batchSize());
      Workspace ws = loop.begin();
      Matrix raw = network.forward(b.y(), ws);
      Matrix gradient = raw.like(raw.rows(), raw.cols());
      double loss = mixture.meanNegativeLogLikelihood(raw, b.x(), gradient);
      network.backward(b.y(), gradient, null, ws);
      loop.end(t, loss);
    }
    return new MixtureDensityNetwork(parameters, network, mixture, data.xNorm(), data.yNorm());
  }
}
