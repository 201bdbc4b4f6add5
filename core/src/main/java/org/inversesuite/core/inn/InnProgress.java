package org.inversesuite.core.inn;

/**
 * The loss terms of one INN training step, each already multiplied by its weight.
 *
 * @param step step index, from 0
 * @param fit supervised L2 on y and the [z, y] padding
 * @param latent forward MMD on [z, y]
 * @param reconstruct L2 reconstruction of the padded x
 * @param backward inverse MMD on x
 * @param padding L2 of the x padding of inverse samples
 * @param likelihood forward negative log-likelihood of the padded x (0 when its weight is 0)
 */
public record InnProgress(int step, double fit, double latent, double reconstruct, double backward, double padding,
    double likelihood) {
  /** @return the sum of all terms */
  public double total() {
    return fit + latent + reconstruct + backward + padding + likelihood;
  }
}
