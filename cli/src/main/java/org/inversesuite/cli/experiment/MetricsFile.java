package org.inversesuite.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.diagnostics.GroundTruthComparison;
import org.inversesuite.core.diagnostics.ObservationQuality;

/**
 * Rewrites the ground-truth part of a run's {@code metrics.json} after {@code inverse evaluate}:
 * the per-observation quality and its means are replaced, the evaluation settings used and the
 * time are recorded, and everything else (the training result, the validation NLL, the sampling
 * time) is kept as training wrote it.
 */
public final class MetricsFile {
  private MetricsFile() {}

  /**
   * @param evaluation the settings the comparison ran with
   * @param quality one row per observation
   * @return the file written
   */
  public static Path updateEvaluation(RunFolder folder, EvaluationConfig evaluation, List<ObservationQuality> quality) {
    Path file = folder.file(ExperimentRunner.METRICS);
    ObjectNode root = read(file);
    root.set("quality", Json.mapper().valueToTree(quality));
    root.put("mmd2Mean", GroundTruthComparison.mean(quality, ObservationQuality::mmd2));
    root.put("resimulationMean", GroundTruthComparison.mean(quality, ObservationQuality::resimulation));
    root.put("groundTruthHalfMmd2Mean", GroundTruthComparison.mean(quality, ObservationQuality::groundTruthHalfMmd2));
    root.set("evaluation", Json.mapper().valueToTree(evaluation));
    root.put("evaluatedUtc", Instant.now().toString());
    return folder.writeJson(ExperimentRunner.METRICS, root);
  }

  private static ObjectNode read(Path file) {
    if (!Files.exists(file)) {
      return Json.mapper().createObjectNode();
    }
    try {
      JsonNode tree = Json.mapper().readTree(file.toFile());
      if (tree instanceof ObjectNode o) {
        return o;
      }
      throw new IllegalArgumentException(file + ": expected a JSON object, got " + tree.getNodeType());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
