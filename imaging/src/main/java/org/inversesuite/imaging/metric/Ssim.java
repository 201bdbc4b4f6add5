package org.inversesuite.imaging.metric;

import org.inversesuite.imaging.Image;

/**
 * Structural similarity (Wang, Bovik, Sheikh and Simoncelli 2004, "Image quality assessment:
 * from error visibility to structural similarity", IEEE TIP 13(4)), with the paper's settings:
 * an 11x11 Gaussian window w of σ = 1.5 (normalised to sum 1), C₁ = (0.01·255)², C₂ = (0.03·255)²,
 * \[ \mathrm{SSIM}(a,b) = \frac{(2\mu_a\mu_b + C_1)(2\sigma_{ab} + C_2)}
 *    {(\mu_a^2+\mu_b^2+C_1)(\sigma_a^2+\sigma_b^2+C_2)}, \]
 * μ, σ² and σ_ab the w-weighted local moments, averaged over every window position that lies
 * inside the image ("valid", as the authors' ssim.m and scikit-image's
 * {@code structural_similarity(gaussian_weights=True, use_sample_covariance=False)}), then over
 * channels. No downsampling is applied.
 */
public final class Ssim {
  private static final int RADIUS = 5;
  private static final double SIGMA = 1.5;
  private static final double C1 = Math.pow(0.01 * 255, 2);
  private static final double C2 = Math.pow(0.03 * 255, 2);

  private Ssim() {}

  /** @return mean SSIM over channels; images need at least 11x11 pixels */
  public static double of(Image reference, Image test) {
    Images.requireSameShape(reference, test);
    int h = reference.height();
    int w = reference.width();
    if (h < 2 * RADIUS + 1 || w < 2 * RADIUS + 1) {
      throw new IllegalArgumentException("SSIM needs images of at least 11x11 pixels, got " + h + "x" + w);
    }
    double[] window = window();
    double sum = 0;
    for (int c = 0; c < reference.channels(); c++) {
      sum += channel(reference, test, c, window);
    }
    return sum / reference.channels();
  }

  private static double[] window() {
    int size = 2 * RADIUS + 1;
    double[] g = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      g[i] = Math.exp(-(i - RADIUS) * (i - RADIUS) / (2 * SIGMA * SIGMA));
      total += g[i];
    }
    for (int i = 0; i < size; i++) {
      g[i] /= total;
    }
    return g;
  }

  private static double channel(Image a, Image b, int c, double[] g) {
    int h = a.height();
    int w = a.width();
    // separable filtering: rows first into [h][w - 2R], then columns over valid positions
    double[][][] rows = new double[5][h][w - 2 * RADIUS];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w - 2 * RADIUS; x++) {
        double ma = 0;
        double mb = 0;
        double aa = 0;
        double bb = 0;
        double ab = 0;
        for (int k = 0; k < g.length; k++) {
          double va = a.get(c, y, x + k);
          double vb = b.get(c, y, x + k);
          ma += g[k] * va;
          mb += g[k] * vb;
          aa += g[k] * va * va;
          bb += g[k] * vb * vb;
          ab += g[k] * va * vb;
        }
        rows[0][y][x] = ma;
        rows[1][y][x] = mb;
        rows[2][y][x] = aa;
        rows[3][y][x] = bb;
        rows[4][y][x] = ab;
      }
    }
    double total = 0;
    int count = 0;
    for (int y = 0; y < h - 2 * RADIUS; y++) {
      for (int x = 0; x < w - 2 * RADIUS; x++) {
        double[] m = new double[5];
        for (int k = 0; k < g.length; k++) {
          for (int q = 0; q < 5; q++) {
            m[q] += g[k] * rows[q][y + k][x];
          }
        }
        double muA = m[0];
        double muB = m[1];
        double varA = m[2] - muA * muA;
        double varB = m[3] - muB * muB;
        double cov = m[4] - muA * muB;
        total += (2 * muA * muB + C1) * (2 * cov + C2) / ((muA * muA + muB * muB + C1) * (varA + varB + C2));
        count++;
      }
    }
    return total / count;
  }
}
