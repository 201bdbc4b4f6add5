package org.inversesuite.imaging.metric;

import org.inversesuite.imaging.Image;

/**
 * Peak signal-to-noise ratio on the 0-255 scale, over all channels and pixels (the RGB
 * convention, not the luma-only one):
 * \[ \mathrm{PSNR} = 10 \log_{10} \frac{255^2}{\frac{1}{CHW}\sum (a - b)^2}\ \mathrm{dB}. \]
 * Identical images give +∞.
 */
public final class Psnr {
  private Psnr() {}

  /** @return PSNR of {@code test} against {@code reference}, in dB */
  public static double of(Image reference, Image test) {
    Images.requireSameShape(reference, test);
    double[] a = reference.values();
    double[] b = test.values();
    double sq = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sq += d * d;
    }
    return 10 * Math.log10(255.0 * 255.0 / (sq / a.length));
  }
}
