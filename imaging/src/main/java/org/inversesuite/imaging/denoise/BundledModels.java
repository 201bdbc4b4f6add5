package org.inversesuite.imaging.denoise;

/**
 * The denoisers shipped in this module's resources: {@code invdn-s<σ>.invmodel}, core's
 * versioned model format ({@link InvdnModelFile}) holding the experiment that trained it (with
 * the architecture), the metrics it reached and its weights.
 */
public final class BundledModels {
  private BundledModels() {}

  /** @return the noise levels with a shipped model */
  public static int[] sigmas() {
    return new int[] {25};
  }

  /**
   * @param sigma a noise level of {@link #sigmas()}
   * @return the shipped model for it, with its experiment and metrics
   */
  public static InvdnModelFile.Loaded model(int sigma) {
    InvdnModelFile.Loaded loaded = InvdnModelFile.resource("invdn-s" + sigma + ".invmodel");
    if (loaded == null) {
      throw new IllegalArgumentException("no shipped denoiser for sigma " + sigma + "; shipped: "
          + java.util.Arrays.toString(sigmas()));
    }
    return loaded;
  }

  /**
   * @param sigma a noise level of {@link #sigmas()}
   * @return the shipped denoiser for it
   */
  public static InvdnDenoiser invdn(int sigma) {
    return model(sigma).denoiser();
  }
}
