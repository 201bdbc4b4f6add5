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
  ROUNDING
}
