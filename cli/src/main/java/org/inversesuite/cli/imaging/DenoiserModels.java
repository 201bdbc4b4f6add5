package org.inversesuite.cli.imaging;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.BundledModels;
import org.inversesuite.imaging.denoise.InvdnDenoiser;
import org.inversesuite.imaging.denoise.InvdnModelFile;
import org.inversesuite.imaging.denoise.Tiling;
import org.inversesuite.imaging.ensemble.SelfEnsemble;
import org.inversesuite.imaging.winnet.WinnetDenoiser;
import org.inversesuite.imaging.winnet.WinnetModelFile;

/**
 * Resolves a {@code --model} value of the imaging commands: a shipped model ({@code invdn-s25},
 * {@code winnet-s15}, {@code winnet-s25}, ...) or an .invmodel file written by the InvDN or the
 * WINNet runner. A blind WINNet model ignores the given σ and runs at the level it estimates.
 * A suffix {@code :x2}, {@code :x4} or {@code :x8} runs the model as a geometric self-ensemble
 * over that many flips/rotations ({@link SelfEnsemble}), e.g. {@code winnet-s25:x8}.
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
    java.util.regex.Matcher suffix = java.util.regex.Pattern.compile("(.*):x(\\d+)").matcher(model);
    if (suffix.matches()) {
      int size = Integer.parseInt(suffix.group(2));
      if (size != 2 && size != 4 && size != 8) {
        throw new IllegalArgumentException("--model " + model + ": the self-ensemble suffix is :x2, :x4 or :x8, got :x" + size);
      }
      Model single = resolve(suffix.group(1));
      SelfEnsemble ensemble = new SelfEnsemble(size);
      return new Model(single.label() + " x" + size, single.trainedSigma(),
          (im, s) -> ensemble.apply(im, g -> single.denoise().apply(g, s)));
    }
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
