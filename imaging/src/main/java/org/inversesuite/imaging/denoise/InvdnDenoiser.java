package org.inversesuite.imaging.denoise;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.imaging.Image;

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

  /** @return the denoised image, same shape as {@code noisy}, on the 0-255 scale (not clamped) */
  public Image denoise(Image noisy) {
    int h = noisy.height();
    int w = noisy.width();
    int ph = h + h % 2;
    int pw = w + w % 2;
    ImageShape shape = new ImageShape(3, ph, pw);
    Matrix x = Matrix.zeros(parameters.precision(), 1, shape.size());
    for (int c = 0; c < 3; c++) {
      int source = noisy.channels() == 1 ? 0 : c;
      for (int y = 0; y < ph; y++) {
        for (int xx = 0; xx < pw; xx++) {
          x.set((c * ph + y) * pw + xx, noisy.get(source, Math.min(y, 2 * h - 1 - y), Math.min(xx, 2 * w - 1 - xx)) / 255);
        }
      }
    }
    InvdnNetwork net = InvdnNetwork.sharing(config, shape, parameters);
    Workspace ws = new Workspace(net.parameters(), new JavaDenseKernel());
    List<Matrix> trace = net.forward(x, ws);
    Matrix z = trace.get(trace.size() - 1);
    for (int j = net.lowResolutionSize(); j < z.cols(); j++) {
      z.set(j, 0);
    }
    List<Matrix> back = net.inverse(z, ws);
    Matrix rec = back.get(back.size() - 1);
    double[] out = new double[noisy.shape().size()];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int xx = 0; xx < w; xx++) {
          double v = 255 * rec.get((c * ph + y) * pw + xx);
          if (noisy.channels() == 1) {
            out[y * w + xx] += v / 3;
          } else {
            out[(c * h + y) * w + xx] = v;
          }
        }
      }
    }
    return new Image(noisy.shape(), out);
  }
}
