package org.inversesuite.imaging.stego;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.image.Direction;
import org.inversesuite.core.image.HinetCouplingConfig;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.image.QuadConfig;
import org.inversesuite.core.image.QuadTransform;
import org.inversesuite.core.nn.ConvSubnet;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.imaging.network.BlockChain;

/**
 * HiNet's hiding network (Jing et al. 2021, ICCV, section 3): cover and secret RGB images go
 * to the Haar wavelet domain separately, (3, H, W) → (12, H/2, W/2) each (orthonormal Haar,
 * core's {@code QuadBlock}, the same ½-scaled bands as HiNet's DWT), are stacked into 24
 * channels [cover bands, secret bands] and pass K {@code HinetCouplingBlock}s with x₁ = the 12
 * cover channels. The output's first 12 channels are the stego image's bands (stego = inverse
 * Haar of them), the last 12 the lost information r. Revealing runs the couplings backwards on
 * [Haar(stego), z] and takes the secret half. The weights depend on channels only, so networks
 * for different image sizes share one parameter vector ({@link #sharing}). With
 * {@link HinetConfig#lostPredictor} a plain convolutional net ĝ (12 → 12 channels at half
 * resolution, zero last layer, weights named {@code lost...}) predicts z = ĝ(S) from the stego
 * bands S for the reveal; without it z = 0.
 */
public final class HinetNetwork {
  private final ImageShape image;
  private final Parameters parameters;
  private final InvertibleBlock haar;
  private final BlockChain chain;
  private final ConvSubnet lostPredictor;

  /**
   * Allocates the couplings in {@code parameters} (not yet initialised).
   *
   * @param image (3, H, W) of cover, secret and stego, H and W even
   */
  public HinetNetwork(HinetConfig config, ImageShape image, Parameters parameters) {
    if (image.channels() != 3) {
      throw new IllegalArgumentException("the HiNet network takes RGB images, got " + image.channels() + " channels");
    }
    this.image = image;
    this.parameters = parameters;
    ImageShape half = image.halved();
    ImageShape both = new ImageShape(2 * half.channels(), half.height(), half.width());
    Rng structure = new Rng(0);
    this.haar = new QuadConfig(image, QuadTransform.HAAR, Direction.DOWN).build(parameters, "haar", image.size(), 0,
        structure);
    List<InvertibleBlock> blocks = new ArrayList<>();
    for (int k = 0; k < config.blocks(); k++) {
      HinetCouplingConfig coupling = new HinetCouplingConfig(both, half.channels(), config.subnet(), ClampActivation.SIGMOID,
          config.clamp());
      blocks.add(coupling.build(parameters, "hinet" + k, both.size(), 0, structure));
    }
    this.chain = new BlockChain(blocks);
    this.lostPredictor = config.predictsLost() ? config.lostPredictorNet().build(parameters, "lost", half.channels(),
        half.channels(), half.height(), half.width(), OutputInit.ZERO) : null;
  }

  /** @return a network for images of {@code other} shape computing with the same parameters */
  public static HinetNetwork sharing(HinetConfig config, ImageShape other, Parameters source) {
    Parameters p = new Parameters(source.precision());
    HinetNetwork net = new HinetNetwork(config, other, p);
    p.assign(source.values());
    return net;
  }

  /** @return (3, H, W) */
  public ImageShape image() {
    return image;
  }

  /** @return the weights */
  public Parameters parameters() {
    return parameters;
  }

  /** @return columns of one branch (cover, secret, stego or r) in a wavelet row: 3·H·W */
  public int branchSize() {
    return image.size();
  }

  /** @return the Haar bands of each row of images [n, 3HW] (LL first: its first 3HW/4 columns) */
  public Matrix haar(Matrix images, Workspace ws) {
    Matrix out = images.like(images.rows(), images.cols());
    haar.forward(images, null, out, new double[images.rows()], ws);
    return out;
  }

  /** @return the images of each row of Haar bands [n, 3HW] */
  public Matrix inverseHaar(Matrix bands, Workspace ws) {
    Matrix out = bands.like(bands.rows(), bands.cols());
    haar.inverse(bands, null, out, new double[bands.rows()], ws);
    return out;
  }

  /** @return rows [a_r, b_r] of two [n, branchSize()] matrices */
  public Matrix stack(Matrix a, Matrix b) {
    int m = branchSize();
    Matrix out = a.like(a.rows(), 2 * m);
    for (int r = 0, n = a.rows(); r < n; r++) {
      for (int j = 0; j < m; j++) {
        out.set(r * 2 * m + j, a.get(r * m + j));
        out.set(r * 2 * m + m + j, b.get(r * m + j));
      }
    }
    return out;
  }

  /** @return branch 0 (first half) or 1 (second half) of every row of a [n, 2·branchSize()] matrix */
  public Matrix branch(Matrix stacked, int which) {
    int m = branchSize();
    Matrix out = stacked.like(stacked.rows(), m);
    for (int r = 0, n = stacked.rows(); r < n; r++) {
      for (int j = 0; j < m; j++) {
        out.set(r * m + j, stacked.get(r * 2 * m + which * m + j));
      }
    }
    return out;
  }

  /**
   * @param stegoBands S [n, branchSize()]
   * @return the latent the reveal feeds in r's place: ĝ(S), or zeros without a predictor (a new matrix)
   */
  public Matrix predictLost(Matrix stegoBands, Workspace ws) {
    return lostPredictor == null ? stegoBands.like(stegoBands.rows(), branchSize())
        : lostPredictor.forward(stegoBands, ws).copy();
  }

  /**
   * Backward of {@link #predictLost} on the same {@code stegoBands} (its latest call): adds the
   * predictor's parameter gradients and returns ∂L/∂S (zeros without a predictor).
   *
   * @param dz ∂L/∂z [n, branchSize()]
   */
  public Matrix predictLostBackward(Matrix stegoBands, Matrix dz, Workspace ws) {
    Matrix dS = stegoBands.like(stegoBands.rows(), branchSize());
    if (lostPredictor != null) {
      lostPredictor.backward(stegoBands, dz, dS, ws);
    }
    return dS;
  }

  /** Forward of the couplings on [cover bands, secret bands]; the trace ends with [stego bands, r]. */
  public List<Matrix> forward(Matrix bands, Workspace ws) {
    return chain.forward(bands, ws);
  }

  /** Inverse of the couplings on [stego bands, z]; the trace ends with [cover bands', secret bands']. */
  public List<Matrix> inverse(Matrix latent, Workspace ws) {
    return chain.inverse(latent, ws);
  }

  /** Backward of {@link #forward}: adds parameter gradients, returns ∂L/∂input. */
  public Matrix backward(List<Matrix> trace, Matrix dOut, Workspace ws) {
    return chain.backward(trace, dOut, ws);
  }

  /** Backward of {@link #inverse}: adds parameter gradients, returns ∂L/∂latent. */
  public Matrix inverseBackward(List<Matrix> trace, Matrix dOut, Workspace ws) {
    return chain.inverseBackward(trace, dOut, ws);
  }
}
