package org.inversesuite.imaging.stego;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;

/**
 * Hides a secret image in a cover image and reveals it again with a trained {@link HinetNetwork}
 * (Jing et al. 2021): hide computes [S, r] = f([W c, W s]) and returns the stego image W⁻¹S and
 * the lost information r; reveal computes f⁻¹([W stego, z]) and returns W⁻¹ of its secret half,
 * with z = r (exact: the secret comes back to float precision) or z = 0 (what a receiver who
 * has only the stego image can do; HiNet samples z ~ N(0, I)), or z = ĝ(W stego) with a
 * network's lost-information predictor. Whole images at once (the network
 * is fully convolutional; no tiling, which would change what each pixel's neighbourhood holds).
 * Odd cover sides are padded by one reflected row or column, and the stego image keeps the padded
 * size; a secret smaller than the cover is placed at the top-left of a black canvas of the cover's
 * size; grey images are replicated to RGB. The stego image is RGB.
 */
public final class Steganography {
  private final HinetConfig config;
  private final Parameters parameters;

  /** @param parameters trained weights of a network with {@code config} */
  public Steganography(HinetConfig config, Parameters parameters) {
    this.config = config;
    this.parameters = parameters;
  }

  /** @return the trained weights */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * The result of hiding.
   *
   * @param stego the stego image (3, H', W') on the 0-255 scale, neither clamped nor rounded
   * @param lost r, the lost-information half of the network's output [1, 3H'W']
   */
  public record Hidden(Image stego, Matrix lost) {}

  /** @throws IllegalArgumentException naming both sizes if the secret is larger than the cover */
  public Hidden hide(Image cover, Image secret) {
    if (secret.height() > cover.height() || secret.width() > cover.width()) {
      throw new IllegalArgumentException("the secret (" + secret.height() + "x" + secret.width()
          + ") is larger than the cover (" + cover.height() + "x" + cover.width()
          + "); crop or scale the secret to fit, or use a larger cover");
    }
    ImageShape shape = RgbRows.paddedShape(cover);
    HinetNetwork net = HinetNetwork.sharing(config, shape, parameters);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    Matrix c = net.haar(RgbRows.toRow(cover, shape, parameters.precision()), ws);
    Matrix s = net.haar(RgbRows.toRow(onCanvas(secret, shape), shape, parameters.precision()), ws);
    List<Matrix> trace = net.forward(net.stack(c, s), ws);
    Matrix out = trace.get(trace.size() - 1);
    Matrix stego = net.inverseHaar(net.branch(out, 0), ws);
    return new Hidden(RgbRows.fromRow(stego, shape, shape), net.branch(out, 1));
  }

  /**
   * @param stego a stego image; odd sides are padded by reflection
   * @param latent z [1, 3H'W'] (e.g. {@link Hidden#lost()}), or null for what a receiver feeds:
   *     z = 0, or z = ĝ(W stego) if the network has a lost-information predictor
   * @return the revealed secret (3, H, W) on the 0-255 scale (not clamped)
   */
  public Image reveal(Image stego, Matrix latent) {
    ImageShape shape = RgbRows.paddedShape(stego);
    HinetNetwork net = HinetNetwork.sharing(config, shape, parameters);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    Matrix bands = net.haar(RgbRows.toRow(stego, shape, parameters.precision()), ws);
    Matrix z = latent == null ? net.predictLost(bands, ws) : Matrix.zeros(parameters.precision(), 1, shape.size());
    if (latent != null) {
      if (latent.size() != shape.size()) {
        throw new IllegalArgumentException("the latent has " + latent.size() + " values, the stego image needs "
            + shape.size());
      }
      for (int j = 0; j < shape.size(); j++) {
        z.set(j, latent.get(j));
      }
    }
    List<Matrix> back = net.inverse(net.stack(bands, z), ws);
    Matrix secret = net.inverseHaar(net.branch(back.get(back.size() - 1), 1), ws);
    return RgbRows.fromRow(secret, shape, new ImageShape(3, stego.height(), stego.width()));
  }

  /** @return {@code secret} unchanged if it pads to the cover's padded size, else on a black canvas of it */
  private static Image onCanvas(Image secret, ImageShape shape) {
    if (RgbRows.paddedShape(secret).equals(shape)) {
      return secret;
    }
    int ph = shape.height();
    int pw = shape.width();
    double[] v = new double[3 * ph * pw];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < secret.height(); y++) {
        for (int x = 0; x < secret.width(); x++) {
          v[(c * ph + y) * pw + x] = secret.get(secret.channels() == 1 ? 0 : c, y, x);
        }
      }
    }
    return new Image(new ImageShape(3, ph, pw), v);
  }
}
