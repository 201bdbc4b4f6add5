package org.inversesuite.cli.imaging;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.BundledModels;
import org.inversesuite.imaging.denoise.InvdnDenoiser;
import org.inversesuite.imaging.denoise.InvdnModelFile;
import org.inversesuite.imaging.denoise.Tiling;
import org.inversesuite.imaging.winnet.WinnetDenoiser;
import org.inversesuite.imaging.winnet.WinnetModelFile;

/**
 * Resolves a {@code --model} value of the imaging commands: a shipped model ({@code invdn-s25},
 * {@code winnet-s15}, {@code winnet-s25}, ...) or an .invmodel file written by the InvDN or the
 * WINNet runner. A blind WINNet model ignores the given σ and runs at the level it estimates.
 */
final class DenoiserModels {
  private DenoiserModels() {}

  /**
   * A loaded denoiser.
   *
   * @param label column name: the shipped name or the file name without .invmodel
   * @param trainedSigma the noise level it was trained at (NaN: a blind model, run at the level it estimates)
   * @param denoise (noisy image, σ) → denoised image, not clamped
   */
  record Model(String label, double trainedSigma, BiFunction<Image, Double, Image> denoise) {}

  /** @throws IllegalArgumentException naming the value when it is neither a shipped model nor a model file */
  static Model resolve(String model) {
    if (model.matches("invdn-s\\d+")) {
      int s = Integer.parseInt(model.substring("invdn-s".length()));
      return invdn(model, BundledModels.model(s));
    }
    if (model.startsWith("winnet-") && WinnetModelFile.resource(model + ".invmodel") != null) {
      return winnet(model, WinnetModelFile.resource(model + ".invmodel"));
    }
    if (!model.endsWith(".invmodel")) {
      throw new IllegalArgumentException("--model must name a shipped model (invdn-s"
          + java.util.Arrays.toString(BundledModels.sigmas()) + ", " + String.join(", ", WinnetModelFile.SHIPPED_MODELS)
          + ") or an .invmodel file, got '" + model + "'");
    }
    Path file = Path.of(model);
    String label = file.getFileName().toString().replaceAll("\\.invmodel$", "");
    try {
      return invdn(label, InvdnModelFile.read(file));
    } catch (ModelFormatException notInvdn) {
      try {
        return winnet(label, WinnetModelFile.read(file));
      } catch (ModelFormatException notWinnet) {
        throw new IllegalArgumentException(file + " is neither an InvDN nor a WINNet model: " + notInvdn.getMessage(),
            notInvdn);
      }
    }
  }

  private static Model invdn(String label, InvdnModelFile.Loaded loaded) {
    InvdnDenoiser d = loaded.denoiser();
    Tiling tiling = new Tiling(256, 32);
    return new Model(label, loaded.experiment().sigma(), (im, s) -> tiling.apply(im, d::denoise, done -> { }));
  }

  private static Model winnet(String label, WinnetModelFile.Loaded loaded) {
    WinnetDenoiser d = loaded.denoiser();
    double trained = loaded.experiment().blind() ? Double.NaN : loaded.experiment().sigma();
    return new Model(label, trained, (im, s) -> d.denoise(im, loaded.sigmaFor(im, s)));
  }
}
