package org.inversesuite.imaging.denoise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.npy.NpyReader;

/**
 * The denoisers shipped in this module's resources: {@code invdn-s<σ>.json} (the experiment
 * that trained it, which holds the architecture) and {@code invdn-s<σ>.npy} (its weights).
 */
public final class BundledModels {
  private BundledModels() {}

  /** @return the noise levels with a shipped model */
  public static int[] sigmas() {
    return new int[] {25};
  }

  /**
   * @param sigma a noise level of {@link #sigmas()}
   * @return the shipped denoiser for it
   */
  public static InvdnDenoiser invdn(int sigma) {
    String stem = "invdn-s" + sigma;
    try (InputStream config = BundledModels.class.getResourceAsStream(stem + ".json");
        InputStream weights = BundledModels.class.getResourceAsStream(stem + ".npy")) {
      if (config == null || weights == null) {
        throw new IllegalArgumentException("no shipped denoiser for sigma " + sigma + "; shipped: "
            + java.util.Arrays.toString(sigmas()));
      }
      InvdnExperiment experiment = Json.mapper().readValue(config, InvdnExperiment.class);
      Path temp = Files.createTempFile(stem, ".npy");
      try {
        Files.copy(weights, temp, StandardCopyOption.REPLACE_EXISTING);
        Matrix values = NpyReader.read(temp);
        Parameters p = new Parameters(Precision.FLOAT32);
        new InvdnNetwork(experiment.network(), new org.inversesuite.core.image.ImageShape(3, 2, 2), p);
        p.assign(values);
        return new InvdnDenoiser(experiment.network(), p);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped denoiser " + stem + ": " + e.getMessage(), e);
    }
  }
}
