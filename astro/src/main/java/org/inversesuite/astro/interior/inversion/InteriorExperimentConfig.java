package org.inversesuite.astro.interior.inversion;

import org.inversesuite.astro.interior.database.DatabaseManifest;
import org.inversesuite.core.train.TrainingConfig;

/**
 * An interior experiment as data ({@code experiments/astro/*.interior}): the database to
 * generate, the observation model of training, the cINN and the recipe.
 * {@code inverse astro interior dataset CONFIG} builds the database,
 * {@code inverse astro interior train CONFIG} trains on it.
 *
 * @param name a label for logs and the model file
 * @param database the database's settings (its size can be overridden on the command line)
 * @param noise measurement errors drawn at training time
 * @param model the architecture
 * @param training the recipe
 */
public record InteriorExperimentConfig(String name, DatabaseManifest database, InteriorNoiseConfig noise,
    InteriorCinnConfig model, TrainingConfig training) {
  /** Checks that every part is present. */
  public InteriorExperimentConfig {
    if (name == null || name.isBlank() || database == null || noise == null || model == null || training == null) {
      throw new IllegalArgumentException("an interior experiment needs name, database, noise, model and training");
    }
  }
}
