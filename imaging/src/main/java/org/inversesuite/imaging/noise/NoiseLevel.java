package org.inversesuite.imaging.noise;

import java.util.Arrays;
import org.inversesuite.imaging.Image;

/**
 * Estimates the standard deviation of additive white Gaussian noise from the finest diagonal
 * Haar band, the robust median estimator of Donoho and Johnstone (1994, Biometrika 81(3)):
 * \( \hat\sigma = \operatorname{median}|d_{HH}| / 0.6745 \), with
 * \( d_{HH} = (p_{00} - p_{01} - p_{10} + p_{11})/2 \) over the disjoint 2x2 blocks of every channel
 * (the orthonormal Haar transform keeps σ, and 0.6745 is the median of |N(0, 1)|). Edges and
 * texture leak into d_HH, so on a noise-free image the estimate is small but not zero, and it
 * is biased upwards on strongly textured images.
 */
public final class NoiseLevel {
  /** The median of |N(0, 1)|, Φ⁻¹(3/4). */
  static final double MAD_TO_SIGMA = 0.6744897501960817;

  private NoiseLevel() {}

  /** @return σ̂ of the noise of {@code image} (0-255 scale when the image is) */
  public static double estimate(Image image) {
    return estimate(image.values(), 0, image.channels(), image.height(), image.width());
  }

  /**
   * @param values planes stored one after the other, row-major
   * @param offset index of the first value of the first plane
   * @param planes number of planes of height x width (an odd last row or column is left out)
   * @return σ̂ over all the planes
   * @throws IllegalArgumentException when a plane is smaller than 2x2
   */
  public static double estimate(double[] values, int offset, int planes, int height, int width) {
    if (height < 2 || width < 2) {
      throw new IllegalArgumentException("the noise level needs planes of at least 2x2, got " + height + "x" + width);
    }
    int bh = height / 2;
    int bw = width / 2;
    double[] d = new double[planes * bh * bw];
    int k = 0;
    for (int c = 0; c < planes; c++) {
      int o = offset + c * height * width;
      for (int y = 0; y < bh; y++) {
        int r0 = o + 2 * y * width;
        int r1 = r0 + width;
        for (int x = 0; x < bw; x++) {
          d[k++] = Math.abs(values[r0 + 2 * x] - values[r0 + 2 * x + 1] - values[r1 + 2 * x] + values[r1 + 2 * x + 1]) / 2;
        }
      }
    }
    Arrays.sort(d);
    int n = d.length;
    double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    return median / MAD_TO_SIGMA;
  }
}
