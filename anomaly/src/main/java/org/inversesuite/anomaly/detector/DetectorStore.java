package org.inversesuite.anomaly.detector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.anomaly.table.TableSchema;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;

/**
 * Saves and loads a {@link FlowDetector} with the {@link TableSchema} of its input file, as a
 * {@link CinnStore} model file (versioned, checksummed, written atomically; see
 * docs/model-format.md) whose "run" metadata holds {@code "detector"}: the detector format
 * version, feature names, kept features, threshold and false-alarm rate, the schema, and
 * whatever the caller adds as provenance.
 */
public final class DetectorStore {
  /** The version of the "detector" metadata this build writes and reads. */
  public static final int FORMAT = 1;

  private DetectorStore() {}

  /**
   * A detector with the columns of the file it was trained on.
   *
   * @param detector the detector
   * @param schema the input columns, or null when trained on a matrix
   */
  public record Stored(FlowDetector detector, TableSchema schema) {}

  /**
   * Writes atomically.
   *
   * @param provenance extra metadata (training settings, data fingerprint); may be null
   */
  public static void save(Path path, FlowDetector detector, TableSchema schema, ObjectNode provenance) {
    ObjectMapper m = Json.mapper();
    ObjectNode d = m.createObjectNode();
    d.put("format", FORMAT);
    d.set("featureNames", m.valueToTree(detector.featureNames()));
    d.set("kept", m.valueToTree(detector.kept()));
    if (detector.whitening() != null) {
      d.set("whitening", m.valueToTree(detector.whitening()));
    }
    d.put("threshold", detector.threshold());
    d.put("falseAlarmRate", detector.falseAlarmRate());
    if (schema != null) {
      d.set("schema", m.valueToTree(schema));
    }
    if (provenance != null) {
      d.set("provenance", provenance);
    }
    ObjectNode run = m.createObjectNode();
    run.set("detector", d);
    CinnStore.save(path, detector.model(), run);
  }

  /**
   * Reads a detector written by {@link #save}.
   *
   * @throws ModelFormatException naming the path when the file is not a detector or is damaged
   */
  public static Stored load(Path path, int threads) {
    JsonNode d = CinnStore.runMetadata(path).get("detector");
    if (d == null) {
      throw new ModelFormatException(path, "not an anomaly detector: the model has no 'detector' metadata");
    }
    int format = d.path("format").asInt(-1);
    if (format != FORMAT) {
      throw new ModelFormatException(path, "detector format " + format + ", this build reads format " + FORMAT);
    }
    ObjectMapper m = Json.mapper();
    try {
      List<String> names = List.of(m.treeToValue(d.get("featureNames"), String[].class));
      int[] kept = m.treeToValue(d.get("kept"), int[].class);
      Whitening whitening = d.has("whitening") ? m.treeToValue(d.get("whitening"), Whitening.class) : null;
      TableSchema schema = d.has("schema") ? m.treeToValue(d.get("schema"), TableSchema.class) : null;
      double threshold = d.get("threshold").asDouble();
      double rate = d.get("falseAlarmRate").asDouble();
      Cinn cinn = CinnStore.load(path, threads);
      return new Stored(new FlowDetector(cinn, names, kept, whitening, threshold, rate), schema);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new ModelFormatException(path, "invalid detector metadata: " + e.getMessage());
    }
  }

  /** @return the "provenance" object stored with the detector, or an empty object */
  public static ObjectNode provenance(Path path) {
    JsonNode p = CinnStore.runMetadata(path).path("detector").get("provenance");
    return p instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
  }
}
