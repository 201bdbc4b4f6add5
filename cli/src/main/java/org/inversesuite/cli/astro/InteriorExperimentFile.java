package org.inversesuite.cli.astro;

import java.nio.file.Path;
import org.inversesuite.astro.interior.inversion.InteriorExperimentConfig;
import org.inversesuite.cli.experiment.JsonRecordFile;

/**
 * Reads an interior experiment ({@code experiments/astro/*.interior}) with {@link JsonRecordFile}: a
 * misspelt field is named with its line and the allowed names, a missing or invalid value names the
 * field; both as IllegalArgumentException (exit code 2).
 */
final class InteriorExperimentFile {
  private InteriorExperimentFile() {}

  static InteriorExperimentConfig read(Path config) {
    return JsonRecordFile.read(config, InteriorExperimentConfig.class, "config");
  }
}
