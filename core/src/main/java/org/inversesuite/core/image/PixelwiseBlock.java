package org.inversesuite.core.image;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.BlockInputs;
import org.inversesuite.core.block.DataInitialized;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Applies one unconditional block of dimension C to the channel vector of every pixel, with
 * shared weights: a "1x1 convolution" made of any invertible block. With an inner
 * {@code lu-linear} block it is Glow's invertible 1x1 convolution, with {@code actnorm} Glow's
 * per-channel ActNorm (Kingma and Dhariwal 2018, sections 3.1-3.2):
 * \[ z_{:,h,w} = g(x_{:,h,w}), \qquad \log|\det J| = \textstyle\sum_{h,w} \log|\det J_g(x_{:,h,w})|. \]
 * The image rows are transposed to pixel rows [n·H·W, C] in workspace buffers, the inner block
 * runs once on them, and the per-pixel log-determinants are summed per image.
 */
public final class PixelwiseBlock implements InvertibleBlock, DataInitialized {
  private final ImageShape shape;
  private final InvertibleBlock inner;

  /**
   * @param shape the image (C, H, W)
   * @param inner an unconditional block of dimension C
   */
  public PixelwiseBlock(ImageShape shape, InvertibleBlock inner) {
    if (inner.dimension() != shape.channels() || inner.conditionDimension() != 0) {
      throw new IllegalArgumentException("a pixelwise block on " + shape + " needs an unconditional inner block of dimension "
          + shape.channels() + ", got dimension " + inner.dimension() + " with condition " + inner.conditionDimension());
    }
    this.shape = shape;
    this.inner = inner;
  }

  @Override
  public int dimension() {
    return shape.size();
  }

  @Override
  public int conditionDimension() {
    return 0;
  }

  @Override
  public Parameters parameters() {
    return inner.parameters();
  }

  @Override
  public BlockConfig config() {
    return new PixelwiseConfig(shape, inner.config());
  }

  @Override
  public void initialiseFromData(Matrix x, Matrix c) {
    if (inner instanceof DataInitialized d) {
      Matrix pixels = x.like(x.rows() * shape.pixels(), shape.channels());
      toPixels(x, pixels);
      d.initialiseFromData(pixels, null);
    }
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    run(x, z, logDet, ws, true);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    run(z, x, logDet, ws, false);
  }

  private void run(Matrix in, Matrix out, double[] logDet, Workspace ws, boolean forward) {
    int n = in.rows();
    int rows = n * shape.pixels();
    Matrix pin = ws.buffer(this, forward ? 0 : 2, rows, shape.channels());
    Matrix pout = ws.buffer(this, 1, rows, shape.channels());
    toPixels(in, pin);
    double[] pixelLogDet = new double[rows];
    if (forward) {
      inner.forward(pin, null, pout, pixelLogDet, ws);
    } else {
      inner.inverse(pin, null, pout, pixelLogDet, ws);
    }
    fromPixels(pout, out);
    for (int r = 0, p = shape.pixels(); r < n; r++) {
      double s = 0;
      for (int i = 0; i < p; i++) {
        s += pixelLogDet[r * p + i];
      }
      logDet[r] += s;
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int n = x.rows();
    int p = shape.pixels();
    int rows = n * p;
    Matrix px = ws.buffer(this, 0, rows, shape.channels());
    Matrix pdz = ws.buffer(this, 3, rows, shape.channels());
    Matrix pdx = ws.buffer(this, 4, rows, shape.channels());
    toPixels(x, px);
    toPixels(dz, pdz);
    double[] pixelDLogDet = new double[rows];
    for (int r = 0; r < n; r++) {
      java.util.Arrays.fill(pixelDLogDet, r * p, (r + 1) * p, dLogDet[r]);
    }
    inner.backward(px, null, pdz, pixelDLogDet, pdx, null, ws);
    fromPixels(pdx, dx);
  }

  /** [n, C·H·W] NCHW rows → [n·H·W, C] pixel rows. */
  private void toPixels(Matrix images, Matrix pixels) {
    int channels = shape.channels();
    int p = shape.pixels();
    for (int r = 0, n = images.rows(); r < n; r++) {
      for (int ch = 0; ch < channels; ch++) {
        int src = (r * channels + ch) * p;
        for (int i = 0; i < p; i++) {
          pixels.set((r * p + i) * channels + ch, images.get(src + i));
        }
      }
    }
  }

  /** The inverse of {@link #toPixels}. */
  private void fromPixels(Matrix pixels, Matrix images) {
    int channels = shape.channels();
    int p = shape.pixels();
    for (int r = 0, n = images.rows(); r < n; r++) {
      for (int ch = 0; ch < channels; ch++) {
        int dst = (r * channels + ch) * p;
        for (int i = 0; i < p; i++) {
          images.set(dst + i, pixels.get((r * p + i) * channels + ch));
        }
      }
    }
  }
}
