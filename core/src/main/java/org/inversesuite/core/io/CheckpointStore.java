package org.inversesuite.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingState;

/**
 * Training checkpoints in the {@link ModelStore} format: metadata {@code "kind": "checkpoint"}
 * with the {@link TrainingState.Snapshot}, tensors "parameters", "adamFirstMoment",
 * "adamSecondMoment" (float64) and, with early stopping, "bestParameters". Written atomically,
 * so a process killed while writing leaves the previous checkpoint intact.
 */
public final class CheckpointStore {
  /** The value of the metadata field "kind". */
  public static final String KIND = "checkpoint";

  private CheckpointStore() {}

  /** A loaded checkpoint. */
  public record Checkpoint(Matrix parameters, TrainingState state) {}

  /** Writes a checkpoint of {@code flow}'s parameters and {@code state}. */
  public static void save(Path path, Flow flow, TrainingState state) {
    ObjectNode meta = Json.mapper().createObjectNode();
    meta.put("kind", KIND);
    meta.set("snapshot", Json.mapper().valueToTree(state.snapshot()));
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    tensors.put("parameters", flow.parameters().values());
    tensors.put("adamFirstMoment", new DoubleMatrix(1, state.adamFirstMoment().length, state.adamFirstMoment()));
    tensors.put("adamSecondMoment", new DoubleMatrix(1, state.adamSecondMoment().length, state.adamSecondMoment()));
    if (state.bestParameters() != null) {
      tensors.put("bestParameters", state.bestParameters());
    }
    ModelStore.write(path, new ModelFile(meta, tensors));
  }

  /**
   * Reads a checkpoint.
   *
   * @param config the recipe of the run (for the optimiser's constants)
   * @throws ModelFormatException naming the path when it is not a readable checkpoint
   */
  public static Checkpoint load(Path path, TrainingConfig config) {
    ModelFile file = ModelStore.read(path);
    JsonNode kind = file.metadata().get("kind");
    if (kind == null || !KIND.equals(kind.asText())) {
      throw new ModelFormatException(path, "metadata field 'kind' is " + kind + ", expected \"" + KIND + "\"");
    }
    for (String name : new String[] {"parameters", "adamFirstMoment", "adamSecondMoment"}) {
      if (!file.tensorNames().contains(name)) {
        throw new ModelFormatException(path, "no tensor '" + name + "'; found " + file.tensorNames());
      }
    }
    TrainingState.Snapshot snapshot;
    try {
      snapshot = Json.mapper().treeToValue(file.metadata().get("snapshot"), TrainingState.Snapshot.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new ModelFormatException(path, "metadata field 'snapshot' is invalid: " + e.getMessage());
    }
    if (snapshot == null) {
      throw new ModelFormatException(path, "metadata has no field 'snapshot'");
    }
    Matrix parameters = file.tensor("parameters");
    double[] first = file.tensor("adamFirstMoment").toRows()[0];
    double[] second = file.tensor("adamSecondMoment").toRows()[0];
    if (first.length != parameters.size() || second.length != parameters.size()) {
      throw new ModelFormatException(path, "optimiser state has " + first.length + " and " + second.length
          + " entries for " + parameters.size() + " parameters");
    }
    Matrix best = file.tensorNames().contains("bestParameters") ? file.tensor("bestParameters") : null;
    return new Checkpoint(parameters, TrainingState.restore(config, snapshot, first, second, best));
  }
}
