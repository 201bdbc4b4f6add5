package org.inversesuite.core.baseline;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;

/**
 * The recipes that train the two autoencoder baselines of Kruse et al. 2021
 * (arXiv:2101.10763) into a {@link LatentAutoencoder}: minimise the loss of the networks
 * (reconstruction + latent terms of {@link LatentPriorLoss}, plus the orthogonality penalty of the
 * invertible one) on fresh standardised simulations with Adam (β = 0.9, 0.999) under the
 * {@link NetworkRecipe}'s cosine schedule, fresh ζ ~ N(0, I) per sample and step. Streams of
 * {@code recipe.seed()}: "normalization", "model", "training", "latent".
 */
public final class AutoencoderTraining {
  private AutoencoderTraining() {}

  /**
   * Kruse's autoencoder: separate encoder and decoder MLPs of the recipe's width and depth (ReLU),
   * float32 on the fast dense kernels.
   *
   * @throws NonFiniteException if the loss becomes non-finite
   */
  public static LatentAutoencoder latent(Simulator simulator, NetworkRecipe recipe, LatentPriorConfig config) {
    return fit(new LatentAutoencoderNetworks(Precision.FLOAT32, simulator.xDimension(), simulator.yDimension(), config,
        ConditionalVaeNetworks.mlp(recipe)), simulator, recipe, "autoencoder");
  }

  /**
   * Teng et al.'s invertible autoencoder: one stack of the recipe's depth and width whose
   * transposed weights decode, float64.
   *
   * @throws NonFiniteException if the loss becomes non-finite
   */
  public static LatentAutoencoder invertible(Simulator simulator, NetworkRecipe recipe,
      InvertibleAutoencoderConfig config) {
    return fit(new InvertibleAutoencoderNetworks(simulator.xDimension(), simulator.yDimension(), config, recipe.width(),
        recipe.depth()), simulator, recipe, "invertible autoencoder");
  }

  static LatentAutoencoder fit(AutoencoderNetworks networks, Simulator simulator, NetworkRecipe recipe, String what) {
    Rng root = new Rng(recipe.seed());
    Precision precision = networks.parameters().precision();
    NormalizedSimulations data = new NormalizedSimulations(simulator, root, precision);
    AdamLoop loop = new AdamLoop(networks.parameters(), recipe, root.stream("model"), what);
    Rng latent = root.stream("latent");
    Matrix zeta = Matrix.zeros(precision, recipe.batchSize(), networks.latent().width() - simulator.yDimension());
    for (int t = 0; t < recipe.steps(); t++) {
      Batch b = data.next(recipe.batchSize());
      for (int i = 0; i < zeta.size(); i++) {
        zeta.set(i, latent.gaussian());
      }
      loop.end(t, networks.lossAndGradient(b.x(), b.y(), zeta, loop.begin()));
    }
    return new LatentAutoencoder(networks, data.xNorm(), data.yNorm());
  }
}
