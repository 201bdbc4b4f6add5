package org.inversesuite.astro.interior.inversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.astro.interior.database.DatabaseManifest;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;

/**
 * A trained interior cINN on disk: the {@link CinnStore} file with the experiment and the
 * manifest of the database it was trained on under its "run" metadata, so that inference knows
 * the trained mass range, error ranges and solver (for out-of-distribution warnings and the
 * MCMC reference).
 *
 * @param cinn the model (close it)
 * @param experiment how it was trained
 * @param database the settings of the database it was trained on (with its actual size)
 */
public record InteriorModelFile(Cinn cinn, InteriorExperimentConfig experiment, DatabaseManifest database)
    implements AutoCloseable {
  private static final String EXPERIMENT = "interiorExperiment";
  private static final String DATABASE = "interiorDatabase";

  /** Writes the model with its experiment and database manifest, atomically. */
  public static void save(Path path, Cinn cinn, InteriorExperimentConfig experiment, DatabaseManifest database) {
    ObjectNode run = Json.mapper().createObjectNode();
    run.set(EXPERIMENT, Json.mapper().valueToTree(experiment));
    run.set(DATABASE, Json.mapper().valueToTree(database));
    CinnStore.save(path, cinn, run);
  }

  /** Reads a model written by {@link #save}; a file of another kind is refused, naming the file. */
  public static InteriorModelFile load(Path path, int threads) {
    ObjectNode run = CinnStore.runMetadata(path);
    JsonNode experiment = run == null ? null : run.get(EXPERIMENT);
    JsonNode database = run == null ? null : run.get(DATABASE);
    if (experiment == null || database == null) {
      throw new ModelFormatException(path, "no '" + EXPERIMENT + "' in the run metadata: not an interior model "
          + "(train one with inverse astro interior train)");
    }
    try {
      return new InteriorModelFile(CinnStore.load(path, threads),
          Json.mapper().treeToValue(experiment, InteriorExperimentConfig.class),
          Json.mapper().treeToValue(database, DatabaseManifest.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ModelFormatException(path, "unreadable interior metadata: " + e.getOriginalMessage());
    }
  }

  @Override
  public void close() {
    cinn.close();
  }
}
