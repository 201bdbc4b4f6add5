package org.inversesuite.core.image;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.BlockInputs;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * A parameter-free change of resolution: every 2x2 quad of every channel goes through the
 * orthogonal 4x4 matrix M of a {@link QuadTransform}, (C, H, W) → (4C, H/2, W/2) for
 * {@link Direction#DOWN} (Haar downsampling in InvDN, Liu et al. 2021; squeeze in RealNVP,
 * Dinh et al. 2017) or the reverse for {@link Direction#UP}. Being orthogonal,
 * \[ \log|\det J| = 0, \qquad J^{-1} = J^\top, \]
 * so the backward pass of one direction is the map of the other direction applied to ∂L/∂z.
 */
public final class QuadBlock implements InvertibleBlock, InverseDifferentiable {
  private final Parameters parameters;
  private final ImageShape shape;
  private final QuadTransform transform;
  private final Direction direction;

  /**
   * @param shape the full-resolution image (C, H, W); H and W even
   * @param transform Haar or squeeze
   * @param direction which way the forward pass goes
   */
  public QuadBlock(Parameters parameters, ImageShape shape, QuadTransform transform, Direction direction) {
    shape.halved();
    this.parameters = parameters;
    this.shape = shape;
    this.transform = transform;
    this.direction = direction;
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
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return new QuadConfig(shape, transform, direction);
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    apply(direction, x, z);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    apply(opposite(), z, x);
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    apply(opposite(), dz, dx);
  }

  @Override
  public void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws) {
    apply(direction, dx, dz);
  }

  private Direction opposite() {
    return direction == Direction.DOWN ? Direction.UP : Direction.DOWN;
  }

  private void apply(Direction d, Matrix in, Matrix out) {
    int channels = shape.channels();
    int w = shape.width();
    int hw = shape.pixels();
    int half = shape.height() / 2;
    int halfW = w / 2;
    int quarter = half * halfW;
    int[] pixel = new int[4];
    double[] v = new double[4];
    for (int r = 0, n = in.rows(), dim = dimension(); r < n; r++) {
      int base = r * dim;
      for (int ch = 0; ch < channels; ch++) {
        for (int i = 0; i < half; i++) {
          for (int j = 0; j < halfW; j++) {
            int top = base + ch * hw + 2 * i * w + 2 * j;
            pixel[0] = top;
            pixel[1] = top + 1;
            pixel[2] = top + w;
            pixel[3] = top + w + 1;
            int band0 = base + ch * quarter + i * halfW + j;
            int bandStride = channels * quarter;
            if (d == Direction.DOWN) {
              for (int q = 0; q < 4; q++) {
                v[q] = in.get(pixel[q]);
              }
              for (int k = 0; k < 4; k++) {
                double s = 0;
                for (int q = 0; q < 4; q++) {
                  s += transform.entry(k, q) * v[q];
                }
                out.set(band0 + k * bandStride, s);
              }
            } else {
              for (int k = 0; k < 4; k++) {
                v[k] = in.get(band0 + k * bandStride);
              }
              for (int q = 0; q < 4; q++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                  s += transform.entry(k, q) * v[k];
                }
                out.set(pixel[q], s);
              }
            }
          }
        }
      }
    }
  }
}
