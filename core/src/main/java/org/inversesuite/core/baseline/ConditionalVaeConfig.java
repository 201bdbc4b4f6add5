package org.inversesuite.core.baseline;

/**
 * Shape of a conditional VAE.
 *
 * @param latentDimension dimension of z, ≥ 1
 * @param decoderStd s, the fixed standard deviation of the Gaussian decoder p(x̃ | z, ỹ) in
 *     standardised units, finite and &gt; 0: it weighs reconstruction against the KL term and
 *     is added to the samples
 */
public record ConditionalVaeConfig(int latentDimension, double decoderStd) {
  /** Validates both fields. */
  public ConditionalVaeConfig {
    if (latentDimension < 1) {
      throw new IllegalArgumentException("latentDimension must be >= 1, got " + latentDimension);
    }
    if (!(decoderStd > 0) || !Double.isFinite(decoderStd)) {
      throw new IllegalArgumentException("decoderStd must be finite and > 0, got " + decoderStd);
    }
  }

  /** @return a latent space as wide as x, s = 0.1 */
  public static ConditionalVaeConfig defaults(int xDimension) {
    return new ConditionalVaeConfig(xDimension, 0.1);
  }
}
