package org.inversesuite.imaging.winnet;

import java.util.function.IntConsumer;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.colour.ColourSpace;

/**
 * Denoises whole images with a {@link ShrinkageNetwork}, channel by channel, with cycle spinning
 * as the self-ensemble (Coifman and Donoho 1995): the result is the mean over the s² circular
 * shifts of the plane, \( \hat x = \tfrac{1}{s^2}\sum_{k} T_{-k} W^{-1} \hat S\, W\, T_k\, y \).
 * Sides are reflected up to a multiple of 2^L and cropped back: the same padding, shifts and
 * thresholds as {@link org.inversesuite.imaging.baseline.HaarShrinkage}, which this denoiser
 * reproduces exactly with the untrained (zero last layer) subnets. The planes are the image's
 * channels in a {@link ColourSpace}: RGB as they are, or the orthonormal opponent planes (mapped
 * back to RGB after denoising).
 */
public final class WinnetDenoiser {
  /** Shifted planes denoised in one batch (bounds the activation memory on large images). */
  private static final int CHUNK = 4;
  private final int levels;
  private final int shifts;
  private final ConvNetConfig subnet;
  private final Parameters parameters;
  private final ColourSpace colour;

  /**
   * @param parameters the trained weights of a {@link ShrinkageNetwork} with these levels and subnet
   */
  public WinnetDenoiser(int levels, int shifts, ConvNetConfig subnet, Parameters parameters) {
    this(levels, shifts, subnet, parameters, ColourSpace.RGB);
  }

  /**
   * @param parameters the trained weights of a {@link ShrinkageNetwork} with these levels and subnet
   * @param colour the planes the network shrinks (the space it was trained in)
   */
  public WinnetDenoiser(int levels, int shifts, ConvNetConfig subnet, Parameters parameters, ColourSpace colour) {
    this.levels = levels;
    this.shifts = shifts;
    this.subnet = subnet;
    this.parameters = parameters;
    this.colour = colour;
  }

  /** @return the denoised image for noise level σ (0-255 scale; σ = 0 returns the input), not clamped */
  public Image denoise(Image noisy, double sigma) {
    return denoise(noisy, sigma, done -> { });
  }

  /**
   * @param progress called with the number of finished channels
   * @return the denoised image for noise level σ (0-255 scale), not clamped
   */
  public Image denoise(Image noisy, double sigma, IntConsumer progress) {
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be non-negative and finite, got " + sigma);
    }
    if (sigma == 0) {
      return new Image(noisy.shape(), noisy.values().clone());
    }
    return colour.inverse(denoisePlanes(colour.forward(noisy), sigma, progress));
  }

  private Image denoisePlanes(Image noisy, double sigma, IntConsumer progress) {
    int step = 1 << levels;
    int h = noisy.height();
    int w = noisy.width();
    int ph = (h + step - 1) / step * step;
    int pw = (w + step - 1) / step * step;
    ShrinkageNetwork net = ShrinkageNetwork.sharing(levels, subnet, ph, pw, parameters);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    int total = shifts * shifts;
    double[] out = new double[noisy.shape().size()];
    for (int c = 0; c < noisy.channels(); c++) {
      double[] sum = new double[ph * pw];
      for (int k0 = 0; k0 < total; k0 += CHUNK) {
        int rows = Math.min(CHUNK, total - k0);
        Matrix planes = Matrix.zeros(Precision.FLOAT64, rows, ph * pw);
        for (int r = 0; r < rows; r++) {
          int dy = (k0 + r) / shifts;
          int dx = (k0 + r) % shifts;
          for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
              planes.set(r * ph * pw + y * pw + x, noisy.get(c, reflect((y + dy) % ph, h), reflect((x + dx) % pw, w)));
            }
          }
        }
        Matrix clean = net.synthesise(net.analyse(planes, sigma, ws));
        for (int r = 0; r < rows; r++) {
          int dy = (k0 + r) / shifts;
          int dx = (k0 + r) % shifts;
          for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
              sum[((y + dy) % ph) * pw + (x + dx) % pw] += clean.get(r * ph * pw + y * pw + x);
            }
          }
        }
      }
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          out[(c * h + y) * w + x] = sum[y * pw + x] / total;
        }
      }
      progress.accept(c + 1);
    }
    return new Image(noisy.shape(), out);
  }

  private static int reflect(int i, int n) {
    int period = 2 * n;
    int m = i % period;
    return m < n ? m : period - 1 - m;
  }
}
