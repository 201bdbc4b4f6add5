package org.inversesuite.core.baseline;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * What {@link AutoencoderTraining} and {@link LatentAutoencoder} need of an autoencoder with the
 * latent code [ŷ, z] of {@link LatentPriorLoss}: the loss with its explicit backward pass and the
 * decoder.
 */
interface AutoencoderNetworks {
  /** @return the trainable parameters */
  Parameters parameters();

  /** @return the latent terms, which also know dim y and dim z */
  LatentPriorLoss latent();

  /**
   * Forward and backward pass; accumulates ∂L/∂θ into {@code ws.gradients()}.
   *
   * @param x standardised parameters [n, dx]
   * @param y standardised observations [n, dy]
   * @param zeta prior draws for the latent MMD [n, dz]
   * @return the loss L
   */
  double lossAndGradient(Matrix x, Matrix y, Matrix zeta, Workspace ws);

  /**
   * @param v decoder input [ỹ, z], shape [n, dy + dz]
   * @return x̃, shape [n, dx]
   */
  Matrix decode(Matrix v, Workspace ws);
}
