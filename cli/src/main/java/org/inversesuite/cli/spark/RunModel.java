package org.inversesuite.cli.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.cli.experiment.ExperimentRunner;
import org.inversesuite.cli.experiment.TrainedRun;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.spark.infer.ModelInfo;

/**
 * The model of a run folder (or a bare {@code .inn} file) with the names of its parameters and
 * observations, for the executors. Names come from the problem of a catalogue run
 * ({@link TrainedRun}), else from the model's metadata (runs of {@code train-offline} store
 * them there), else x0…, y0….
 */
final class RunModel {
  /** Metadata key of the parameter names. */
  static final String PARAMETERS = "parameterNames";
  /** Metadata key of the observation names. */
  static final String OBSERVATIONS = "observationNames";

  private RunModel() {}

  static ModelInfo read(Path run) {
    Path file = Files.isDirectory(run) ? run.resolve(ExperimentRunner.MODEL) : run;
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(Files.isDirectory(run) ? "run folder " + run + " has no "
          + ExperimentRunner.MODEL + " (did its training finish?)" : "model file not found: " + run);
    }
    int dx;
    int dy;
    try (Cinn cinn = CinnStore.load(file, 1)) {
      dx = cinn.dimension();
      dy = cinn.conditionDimension();
    }
    ObjectNode meta = CinnStore.runMetadata(file);
    List<String> xs = names(meta.get(PARAMETERS), "x", dx);
    List<String> ys = names(meta.get(OBSERVATIONS), "y", dy);
    if (Files.isDirectory(run) && !meta.has(PARAMETERS)) {
      try {
        TrainedRun trained = TrainedRun.open(run, List.of());
        xs = trained.problem().prior().names();
        ys = trained.problem().observationNames();
      } catch (IllegalArgumentException e) {
        // not a catalogue problem: keep the generic names
      }
    }
    try {
      return new ModelInfo(Files.readAllBytes(file), xs, ys, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<String> names(JsonNode stored, String prefix, int count) {
    List<String> out = new ArrayList<>();
    if (stored != null && stored.isArray() && stored.size() == count) {
      stored.forEach(n -> out.add(n.asText()));
      return out;
    }
    for (int i = 0; i < count; i++) {
      out.add(prefix + i);
    }
    return out;
  }
}
