package org.inversesuite.imaging.denoise;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.image.ConvCouplingConfig;
import org.inversesuite.core.image.CouplingMask;
import org.inversesuite.core.image.Direction;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.image.QuadConfig;
import org.inversesuite.core.image.QuadTransform;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.imaging.network.BlockChain;

/**
 * The invertible denoising network of Liu et al. 2021 ("Invertible denoising network: a light
 * solution for real noise removal", CVPR): a Haar downsampling (3, H, W) → (12, H/2, W/2)
 * followed by affine couplings with a channel mask that alternately let the 3 low-pass channels
 * and the 9 detail channels condition the others. Forward maps a noisy image to (LR, z): LR are
 * the first 3 channels, trained to match the Haar low-pass band of the clean image, z the
 * high-frequency latent; denoising runs the inverse on (LR, 0). The weights depend on the
 * channels only, so networks built for different image sizes share one parameter vector
 * ({@link #sharing}).
 */
public final class InvdnNetwork {
  private final ImageShape shape;
  private final Parameters parameters;
  private final BlockChain chain;

  /**
   * Allocates the blocks in {@code parameters} (not yet initialised).
   *
   * @param shape (3, H, W), H and W even
   */
  public InvdnNetwork(InvdnNetworkConfig config, ImageShape shape, Parameters parameters) {
    if (shape.channels() != 3) {
      throw new IllegalArgumentException("the InvDN network takes RGB images, got " + shape.channels() + " channels");
    }
    this.shape = shape;
    this.parameters = parameters;
    ImageShape half = shape.halved();
    List<InvertibleBlock> blocks = new ArrayList<>();
    Rng structure = new Rng(0);
    blocks.add(new QuadConfig(shape, QuadTransform.HAAR, Direction.DOWN).build(parameters, "haar", shape.size(), 0,
        structure));
    for (int k = 0; k < config.couplings(); k++) {
      ConvCouplingConfig coupling = new ConvCouplingConfig(half, CouplingMask.CHANNEL, k % 2, 3, config.subnet(),
          ClampActivation.SIGMOID, config.clamp());
      blocks.add(coupling.build(parameters, "coupling" + k, shape.size(), 0, structure));
    }
    this.chain = new BlockChain(blocks);
  }

  /** @return a network for images of {@code other} shape computing with the same parameters */
  public static InvdnNetwork sharing(InvdnNetworkConfig config, ImageShape other, Parameters source) {
    Parameters p = new Parameters(source.precision());
    InvdnNetwork net = new InvdnNetwork(config, other, p);
    p.assign(source.values());
    return net;
  }

  /** @return (3, H, W) */
  public ImageShape shape() {
    return shape;
  }

  /** @return the weights */
  public Parameters parameters() {
    return parameters;
  }

  /** @return columns of LR in a latent row: 3·(H/2)·(W/2) */
  public int lowResolutionSize() {
    return shape.size() / 4;
  }

  /** @return the Haar bands of x (the first {@link #lowResolutionSize()} columns are the low-pass image) */
  public Matrix haar(Matrix x, Workspace ws) {
    Matrix out = x.like(x.rows(), x.cols());
    chain.block(0).forward(x, null, out, new double[x.rows()], ws);
    return out;
  }

  /**
   * Forward pass, keeping every block's input for {@link #backward}.
   *
   * @return the inputs of each block followed by the output (LR then z per row)
   */
  public List<Matrix> forward(Matrix x, Workspace ws) {
    return chain.forward(x, ws);
  }

  /** Inverse pass; returns the inputs of each inverse step followed by the output image. */
  public List<Matrix> inverse(Matrix z, Workspace ws) {
    return chain.inverse(z, ws);
  }

  /** Backward of {@link #forward} (log-determinants not used): adds parameter gradients, returns ∂L/∂x. */
  public Matrix backward(List<Matrix> trace, Matrix dz, Workspace ws) {
    return chain.backward(trace, dz, ws);
  }

  /** Backward of {@link #inverse}: adds parameter gradients, returns ∂L/∂z. */
  public Matrix inverseBackward(List<Matrix> trace, Matrix dx, Workspace ws) {
    return chain.inverseBackward(trace, dx, ws);
  }
}
