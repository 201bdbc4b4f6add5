package org.inversesuite.imaging.stego;

/** What happens to the stego image between hiding and revealing during training. */
public enum StegoNoise {
  /** Nothing: the reveal pass gets the exact stego bands (HiNet, Jing et al. 2021). */
  NONE,
  /**
   * U(−½, ½)/255 added to every stego pixel: the additive-noise proxy of rounding to 8 bit
   * (Ballé et al. 2017, "End-to-end optimized image compression"), with the gradient passed
   * straight through. A deviation from HiNet, for stego images saved as 8-bit PNG.
   */
  ROUNDING,
  /**
   * The exact 8-bit quantisation an evaluated or saved stego image goes through: every stego pixel
   * is clamped to [0, 1] and rounded to a multiple of 1/255, and the reveal pass runs on that
   * (the rounding's derivative is taken as 1, the straight-through estimator of Bengio et al. 2013,
   * "Estimating or propagating gradients through stochastic neurons", arXiv:1308.3432; the clamp's
   * is exact, 0 outside [0, 1]). Unlike
   * {@link #ROUNDING} it includes the clamp, which removes all of the message a saturated pixel
   * (sky, black background) carried outside [0, 255]. A deviation from HiNet.
   */
  QUANTIZE
}
