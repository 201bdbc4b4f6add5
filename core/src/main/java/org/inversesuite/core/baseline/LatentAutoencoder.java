package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A trained autoencoder with a latent prior, the plain one of Kruse et al. 2021
 * ({@link LatentAutoencoderNetworks}) or the invertible one of Teng et al. 2018
 * ({@link InvertibleAutoencoderNetworks}): a posterior sample decodes the observation together
 * with a draw of the latent prior, x̃ = d([ỹ*, ζ]), ζ ~ N(0, I), mapped back by x = μ_x + σ_x x̃.
 * No tractable density. Built by {@link AutoencoderTraining}; immutable after training,
 * thread-safe (each call uses its own workspace).
 */
public final class LatentAutoencoder implements PosteriorEstimator {
  private final AutoencoderNetworks networks;
  private final Standardization xNorm;
  private final Standardization yNorm;

  LatentAutoencoder(AutoencoderNetworks networks, Standardization xNorm, Standardization yNorm) {
    this.networks = networks;
    this.xNorm = xNorm;
    this.yNorm = yNorm;
  }

  /** @return the number of trainable parameters */
  public int parameterCount() {
    return networks.parameters().size();
  }

  @Override
  public int dimension() {
    return xNorm.dimension();
  }

  @Override
  public int conditionDimension() {
    return yNorm.dimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    return decode(Conditions.repeat(yNorm, observation, n, networks.parameters().precision()), rng);
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    return decode(Conditions.normalize(yNorm, y, networks.parameters().precision(), "observations y"), rng);
  }

  private Matrix decode(Matrix yTilde, Rng rng) {
    LatentPriorLoss latent = networks.latent();
    Matrix zeta = yTilde.like(yTilde.rows(), latent.width() - yTilde.cols());
    for (int i = 0; i < zeta.size(); i++) {
      zeta.set(i, rng.gaussian());
    }
    Workspace ws = new Workspace(networks.parameters(), Kernels.FASTEST.create(networks.parameters().precision()));
    return Conditions.denormalize(xNorm, networks.decode(latent.samplingInput(yTilde, zeta), ws));
  }

  @Override
  public boolean hasDensity() {
    return false;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    throw new UnsupportedOperationException("an autoencoder has no tractable density q(x | y)");
  }
}
