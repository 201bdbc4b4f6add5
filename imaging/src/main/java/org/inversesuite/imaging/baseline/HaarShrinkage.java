package org.inversesuite.imaging.baseline;

import org.inversesuite.core.image.Direction;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.image.QuadBlock;
import org.inversesuite.core.image.QuadTransform;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;

/**
 * The classical wavelet denoiser: a multi-level orthonormal 2-D Haar transform (the
 * {@link QuadBlock} of core), soft thresholding of every detail band with the BayesShrink
 * threshold of Chang, Yu and Vetterli (2000, IEEE TIP 9(9)),
 * \[ T = \sigma^2 / \hat\sigma_x, \quad \hat\sigma_x = \sqrt{\max(\overline{c^2} - \sigma^2, 0)}, \quad
 *    \hat c = \operatorname{sign}(c)\max(|c| - T, 0) \]
 * (a band with σ̂_x = 0 is zeroed), and the inverse transform; the noise σ is given, not
 * estimated. With {@code shifts} s &gt; 1 the result is averaged over the s² circular shifts
 * of the image (cycle spinning, Coifman and Donoho 1995), which removes most of Haar's block
 * artefacts. Each channel is denoised on its own; sides are reflected up to a multiple of
 * 2^levels and cropped back.
 */
public final class HaarShrinkage {
  private final int levels;
  private final int shifts;

  /**
   * @param levels decomposition levels (at least 1)
   * @param shifts shifts per axis for cycle spinning (1: none)
   */
  public HaarShrinkage(int levels, int shifts) {
    if (levels < 1 || shifts < 1) {
      throw new IllegalArgumentException("levels and shifts must be >= 1, got " + levels + " and " + shifts);
    }
    this.levels = levels;
    this.shifts = shifts;
  }

  /** @return the denoised image for noise level σ (0-255 scale) */
  public Image denoise(Image noisy, double sigma) {
    int step = 1 << levels;
    int h = noisy.height();
    int w = noisy.width();
    int ph = (h + step - 1) / step * step;
    int pw = (w + step - 1) / step * step;
    double[] out = new double[noisy.shape().size()];
    for (int c = 0; c < noisy.channels(); c++) {
      double[] sum = new double[ph * pw];
      for (int dy = 0; dy < shifts; dy++) {
        for (int dx = 0; dx < shifts; dx++) {
          double[] plane = new double[ph * pw];
          for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
              plane[y * pw + x] = noisy.get(c, reflect((y + dy) % ph, h), reflect((x + dx) % pw, w));
            }
          }
          double[] clean = shrink(plane, ph, pw, sigma);
          for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
              sum[((y + dy) % ph) * pw + (x + dx) % pw] += clean[y * pw + x];
            }
          }
        }
      }
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          out[(c * h + y) * w + x] = sum[y * pw + x] / (shifts * shifts);
        }
      }
    }
    return new Image(noisy.shape(), out);
  }

  private static int reflect(int i, int n) {
    int period = 2 * n;
    int m = i % period;
    return m < n ? m : period - 1 - m;
  }

  private double[] shrink(double[] plane, int h, int w, double sigma) {
    Matrix current = new DoubleMatrix(1, h * w, plane.clone());
    Matrix[] details = new Matrix[levels];
    for (int l = 0; l < levels; l++) {
      Matrix bands = current.like(1, current.cols());
      block(h >> l, w >> l).forward(current, null, bands, new double[1], workspace());
      int q = bands.cols() / 4;
      for (int b = 1; b < 4; b++) {
        softThreshold(bands, b * q, q, sigma);
      }
      details[l] = bands;
      current = bands.like(1, q);
      current.copyColumns(bands, 0, 0, q);
    }
    for (int l = levels - 1; l >= 0; l--) {
      Matrix bands = details[l];
      bands.copyColumns(current, 0, 0, current.cols());
      current = bands.like(1, bands.cols());
      block(h >> l, w >> l).inverse(bands, null, current, new double[1], workspace());
    }
    return ((DoubleMatrix) current).data();
  }

  private static QuadBlock block(int h, int w) {
    return new QuadBlock(new Parameters(Precision.FLOAT64), new ImageShape(1, h, w), QuadTransform.HAAR, Direction.DOWN);
  }

  private static Workspace workspace() {
    return new Workspace(new Parameters(Precision.FLOAT64), new JavaDenseKernel());
  }

  private static void softThreshold(Matrix bands, int offset, int count, double sigma) {
    BayesShrink.apply(bands, 0, offset, count, sigma, bands, offset);
  }
}
