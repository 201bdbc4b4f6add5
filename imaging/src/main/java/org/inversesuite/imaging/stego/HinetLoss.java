package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * The weights of HiNet's three losses (Jing et al. 2021, eq. 9-12), L = λ_g L_guide +
 * λ_l L_low + λ_r L_rec; HiNet uses λ_g = 1, λ_l = 1, λ_r = 5 (its config.py). An optional fourth
 * term λ_z ‖r‖² (not in HiNet) penalises the lost information r the forward pass leaves beside
 * the stego bands: reveal feeds z = 0 in r's place, so r = 0 would make the reveal exact up to the
 * 8-bit stego. Measured in docs/imaging.md section 4b: the couplings' scales absorb it (r shrinks,
 * the secret information in it does not).
 *
 * @param guide λ_g of ‖stego − cover‖²
 * @param lowFrequency λ_l of ‖LL(stego) − LL(cover)‖² (Haar low-pass bands)
 * @param reconstruction λ_r of ‖revealed − secret‖²
 * @param lost λ_z of ‖r‖²; absent in configs and model files written before the field existed:
 *     read as 0 (HiNet)
 */
public record HinetLoss(double guide, double lowFrequency, double reconstruction,
    @JsonSetter(nulls = Nulls.AS_EMPTY) Double lost) {
  /** Validates that every weight is finite and non-negative. */
  public HinetLoss {
    lost = lost == null ? 0.0 : lost;
    for (double w : new double[] {guide, lowFrequency, reconstruction, lost}) {
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("loss weights must be finite and >= 0, got " + guide + ", " + lowFrequency + ", "
            + reconstruction + ", " + lost);
      }
    }
  }

  /** HiNet's three terms, no penalty on r. */
  public HinetLoss(double guide, double lowFrequency, double reconstruction) {
    this(guide, lowFrequency, reconstruction, 0.0);
  }
}
