package org.inversesuite.imaging.denoise;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;

/**
 * Denoises whole images with a trained {@link InvdnNetwork}: (LR, z) = f(y), then
 * x̂ = f⁻¹(LR, 0) (the latent replaced by its mean, InvDN's deterministic variant). Odd sides
 * are padded by one reflected row or column and cropped back; a grey image is replicated to
 * RGB and the three outputs averaged.
 */
public final class InvdnDenoiser {
  private final InvdnNetworkConfig config;
  private final Parameters parameters;

  /** @param parameters trained weights of a network with {@code config} */
  public InvdnDenoiser(InvdnNetworkConfig config, Parameters parameters) {
    this.config = config;
    this.parameters = parameters;
  }

  /** @return the weights this denoiser runs with */
  public Parameters parameters() {
    return parameters;
  }

  /** @return the denoised image, same shape as {@code noisy}, on the 0-255 scale (not clamped) */
  public Image denoise(Image noisy) {
    ImageShape shape = RgbRows.paddedShape(noisy);
    Matrix x = RgbRows.toRow(noisy, shape, parameters.precision());
    InvdnNetwork net = InvdnNetwork.sharing(config, shape, parameters);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    List<Matrix> trace = net.forward(x, ws);
    Matrix z = trace.get(trace.size() - 1);
    for (int j = net.lowResolutionSize(); j < z.cols(); j++) {
      z.set(j, 0);
    }
    List<Matrix> back = net.inverse(z, ws);
    return RgbRows.fromRow(back.get(back.size() - 1), shape, noisy.shape());
  }
}
