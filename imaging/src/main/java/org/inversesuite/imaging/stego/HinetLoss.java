package org.inversesuite.imaging.stego;

/**
 * The weights of HiNet's three losses (Jing et al. 2021, eq. 9-12), L = λ_g L_guide +
 * λ_l L_low + λ_r L_rec; HiNet uses λ_g = 1, λ_l = 1, λ_r = 5 (its config.py).
 *
 * @param guide λ_g of ‖stego − cover‖²
 * @param lowFrequency λ_l of ‖LL(stego) − LL(cover)‖² (Haar low-pass bands)
 * @param reconstruction λ_r of ‖revealed − secret‖²
 */
public record HinetLoss(double guide, double lowFrequency, double reconstruction) {
  /** Validates that every weight is finite and non-negative. */
  public HinetLoss {
    for (double w : new double[] {guide, lowFrequency, reconstruction}) {
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("loss weights must be finite and >= 0, got " + guide + ", " + lowFrequency + ", "
            + reconstruction);
      }
    }
  }
}
