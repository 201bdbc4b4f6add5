package org.inversesuite.core.baseline;

/**
 * The latent code [ŷ, z] shared by the two autoencoder baselines ({@link AutoencoderTraining}):
 * the encoder's first dim(y) outputs are supervised to the observation, the remaining
 * {@code latentDimension} outputs z are pushed towards the prior N(0, I), independent of y.
 *
 * @param latentDimension width of z, ≥ 1
 * @param fitWeight λ_y of the supervised loss on ŷ, finite and ≥ 0
 * @param mmdWeight λ_z of the MMD between [ỹ, z] and [ỹ, ζ], ζ ~ N(0, I), finite and &gt; 0
 */
public record LatentPriorConfig(int latentDimension, double fitWeight, double mmdWeight) {
  /** Validates the fields. */
  public LatentPriorConfig {
    if (latentDimension < 1) {
      throw new IllegalArgumentException("latentDimension must be >= 1, got " + latentDimension);
    }
    if (!(fitWeight >= 0) || !Double.isFinite(fitWeight)) {
      throw new IllegalArgumentException("fitWeight must be finite and >= 0, got " + fitWeight);
    }
    if (!(mmdWeight > 0) || !Double.isFinite(mmdWeight)) {
      throw new IllegalArgumentException("mmdWeight must be finite and > 0, got " + mmdWeight);
    }
  }

  /**
   * @return z as wide as the information y leaves open, max(1, dim x − dim y); λ_y = 1,
   *     λ_z = 10
   */
  public static LatentPriorConfig defaults(int xDimension, int yDimension) {
    return new LatentPriorConfig(Math.max(1, xDimension - yDimension), 1, 10);
  }
}
