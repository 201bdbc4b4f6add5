package org.inversesuite.core.baseline;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;

/**
 * The recipe that trains a {@link ConditionalVae}: minimise the negative ELBO of
 * {@link ConditionalVaeNetworks} on fresh standardised simulations with Adam (β = 0.9, 0.999)
 * under the {@link NetworkRecipe}'s cosine schedule, one ε per sample and step. Float32 on the
 * fast dense kernels. Streams of {@code recipe.seed()}: "normalization", "model", "training",
 * "latent".
 */
public final class ConditionalVaeTraining {
  private ConditionalVaeTraining() {}

  /**
   * @return the trained model
   * @throws NonFiniteException if the loss becomes non-finite
   */
  public static ConditionalVae train(Simulator simulator, NetworkRecipe recipe, ConditionalVaeConfig config) {
    Rng root = new Rng(recipe.seed());
    Precision precision = Precision.FLOAT32;
    NormalizedSimulations data = new NormalizedSimulations(simulator, root, precision);
    ConditionalVaeNetworks networks = new ConditionalVaeNetworks(precision, simulator.xDimension(),
        simulator.yDimension(), config, ConditionalVaeNetworks.mlp(recipe));
    AdamLoop loop = new AdamLoop(networks.parameters, recipe, root.stream("model"), "conditional VAE");
    Rng latent = root.stream("latent");
    Matrix eps = Matrix.zeros(precision, recipe.batchSize(), config.latentDimension());
    for (int t = 0; t < recipe.steps(); t++) {
      Batch b = data.next(recipe.batchSize());
      for (int i = 0; i < eps.size(); i++) {
        eps.set(i, latent.gaussian());
      }
      loop.end(t, networks.lossAndGradient(b.x(), b.y(), eps, loop.begin()));
    }
    return new ConditionalVae(networks, data.xNorm(), data.yNorm());
  }
}
