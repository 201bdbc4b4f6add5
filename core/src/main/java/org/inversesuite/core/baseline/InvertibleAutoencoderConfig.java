package org.inversesuite.core.baseline;

/**
 * Shape of the invertible autoencoder of Teng et al. 2018 ({@link InvertibleAutoencoderNetworks});
 * hidden widths and depth come from the {@link NetworkRecipe}.
 *
 * @param latent the latent code [ŷ, z] and its loss weights
 * @param negativeSlope a of the invertible leaky activation σ(p) = p (p ≥ 0), a·p (p &lt; 0),
 *     in (0, 1]
 * @param orthogonalityWeight λ_⊥ of the penalty Σ_l ‖G_l − I‖²_F, finite and ≥ 0
 */
public record InvertibleAutoencoderConfig(LatentPriorConfig latent, double negativeSlope, double orthogonalityWeight) {
  /** Validates the fields. */
  public InvertibleAutoencoderConfig {
    if (latent == null) {
      throw new IllegalArgumentException("latent is required");
    }
    if (!(negativeSlope > 0 && negativeSlope <= 1)) {
      throw new IllegalArgumentException("negativeSlope must be in (0, 1], got " + negativeSlope);
    }
    if (!(orthogonalityWeight >= 0) || !Double.isFinite(orthogonalityWeight)) {
      throw new IllegalArgumentException("orthogonalityWeight must be finite and >= 0, got " + orthogonalityWeight);
    }
  }

  /** @return the default latent code, slope 0.5, λ_⊥ = 1 */
  public static InvertibleAutoencoderConfig defaults(int xDimension, int yDimension) {
    return new InvertibleAutoencoderConfig(LatentPriorConfig.defaults(xDimension, yDimension), 0.5, 1);
  }
}
