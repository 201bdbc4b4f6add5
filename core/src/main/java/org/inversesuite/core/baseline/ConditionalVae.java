package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A trained conditional VAE (Sohn, Lee and Yan 2015, NeurIPS): posterior samples are draws of
 * its generative model, x̃ = g(z, ỹ) + s ε with z ~ N(0, I) (the latent prior) and ε ~ N(0, I),
 * mapped back by x = μ_x + σ_x x̃. The decoder noise s is part of the model: leaving it out makes
 * the samples too narrow by s² in every direction (measured on the linear-Gaussian test problem).
 * It has no tractable density. Built by
 * {@link ConditionalVaeTraining}; immutable after training, thread-safe.
 */
public final class ConditionalVae implements PosteriorEstimator {
  private final ConditionalVaeNetworks networks;
  private final Standardization xNorm;
  private final Standardization yNorm;

  ConditionalVae(ConditionalVaeNetworks networks, Standardization xNorm, Standardization yNorm) {
    this.networks = networks;
    this.xNorm = xNorm;
    this.yNorm = yNorm;
  }

  /** @return the number of trainable parameters (encoder and decoder) */
  public int parameterCount() {
    return networks.parameters.size();
  }

  @Override
  public int dimension() {
    return networks.dx;
  }

  @Override
  public int conditionDimension() {
    return networks.dy;
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    return decode(Conditions.repeat(yNorm, observation, n, networks.parameters.precision()), rng);
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    return decode(Conditions.normalize(yNorm, y, networks.parameters.precision(), "observations y"), rng);
  }

  private Matrix decode(Matrix yTilde, Rng rng) {
    Matrix z = yTilde.like(yTilde.rows(), networks.dz);
    for (int i = 0; i < z.size(); i++) {
      z.set(i, rng.gaussian());
    }
    Workspace ws = new Workspace(networks.parameters, Kernels.FASTEST.create(networks.parameters.precision()));
    Matrix x = networks.decode(z, yTilde, ws);
    for (int i = 0; i < x.size(); i++) {
      x.add(i, networks.decoderStd * rng.gaussian());
    }
    return Conditions.denormalize(xNorm, x);
  }

  @Override
  public boolean hasDensity() {
    return false;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    throw new UnsupportedOperationException("a conditional VAE has no tractable density q(x | y)");
  }
}
