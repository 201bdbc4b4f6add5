package org.inversesuite.anomaly.detector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.anomaly.table.TableSchema;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFile;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.io.ModelStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Saves and loads a {@link FlowDetector} with the {@link TableSchema} of its input file, as a
 * {@link ModelStore} model file (versioned, checksummed, written atomically; see
 * docs/model-format.md) of kind {@code "anomaly-detector"} whose "run" metadata holds
 * {@code "detector"}: the detector format version, feature names, kept features, threshold and
 * false-alarm rate, the schema, whatever the caller adds as provenance, and per ensemble member
 * its flow architecture, precision, input standardisation and whitening; member k's flat
 * parameter vector is the tensor {@code "member<k>"}. Format 1 files (one flow, a
 * {@link CinnStore} file) are still read.
 */
public final class DetectorStore {
  /** The version of the "detector" metadata this build writes. */
  public static final int FORMAT = 2;
  /** The value of the metadata field "kind". */
  public static final String KIND = "anomaly-detector";

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
    d.put("threshold", detector.threshold());
    d.put("falseAlarmRate", detector.falseAlarmRate());
    if (schema != null) {
      d.set("schema", m.valueToTree(schema));
    }
    if (provenance != null) {
      d.set("provenance", provenance);
    }
    ArrayNode members = d.putArray("members");
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    for (int k = 0; k < detector.members().size(); k++) {
      FlowDetector.Member member = detector.members().get(k);
      Flow flow = member.model().flow();
      ObjectNode e = members.addObject();
      e.put("precision", flow.parameters().precision().name());
      e.set("flow", m.valueToTree(flow.config()));
      e.set("xSpace", m.valueToTree(member.model().xSpace()));
      if (member.whitening() != null) {
        e.set("whitening", m.valueToTree(member.whitening()));
      }
      tensors.put("member" + k, flow.parameters().values());
    }
    ObjectNode meta = m.createObjectNode();
    meta.put("kind", KIND);
    meta.putObject("run").set("detector", d);
    ModelStore.write(path, new ModelFile(meta, tensors));
  }

  /**
   * Reads a detector written by {@link #save} (or by the format-1 writer).
   *
   * @throws ModelFormatException naming the path when the file is not a detector or is damaged
   */
  public static Stored load(Path path, int threads) {
    ModelFile file = ModelStore.read(path);
    JsonNode d = file.metadata().path("run").get("detector");
    if (d == null) {
      throw new ModelFormatException(path, "not an anomaly detector: the model has no 'detector' metadata");
    }
    int format = d.path("format").asInt(-1);
    if (format != FORMAT && format != 1) {
      throw new ModelFormatException(path, "detector format " + format + ", this build reads formats 1 and " + FORMAT);
    }
    ObjectMapper m = Json.mapper();
    try {
      List<String> names = List.of(m.treeToValue(d.get("featureNames"), String[].class));
      int[] kept = m.treeToValue(d.get("kept"), int[].class);
      TableSchema schema = d.has("schema") ? m.treeToValue(d.get("schema"), TableSchema.class) : null;
      double threshold = d.get("threshold").asDouble();
      double rate = d.get("falseAlarmRate").asDouble();
      List<FlowDetector.Member> members = new ArrayList<>();
      if (format == 1) {
        Whitening whitening = d.has("whitening") ? m.treeToValue(d.get("whitening"), Whitening.class) : null;
        members.add(new FlowDetector.Member(CinnStore.load(path, threads), whitening));
      } else {
        JsonNode list = d.get("members");
        for (int k = 0; k < list.size(); k++) {
          members.add(member(path, file, list.get(k), k, threads));
        }
      }
      return new Stored(new FlowDetector(members, names, kept, threshold, rate), schema);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new ModelFormatException(path, "invalid detector metadata: " + e.getMessage());
    }
  }

  private static FlowDetector.Member member(Path path, ModelFile file, JsonNode e, int k, int threads)
      throws JsonProcessingException {
    ObjectMapper m = Json.mapper();
    FlowConfig config = m.treeToValue(e.get("flow"), FlowConfig.class);
    Precision precision = m.treeToValue(e.get("precision"), Precision.class);
    ParameterSpace space = m.treeToValue(e.get("xSpace"), ParameterSpace.class);
    Whitening whitening = e.has("whitening") ? m.treeToValue(e.get("whitening"), Whitening.class) : null;
    String tensor = "member" + k;
    if (!file.tensorNames().contains(tensor)) {
      throw new ModelFormatException(path, "no tensor '" + tensor + "'; found " + file.tensorNames());
    }
    Matrix parameters = file.tensor(tensor);
    Flow flow = Flow.build(config, precision, new Rng(0), false);
    if (parameters.size() != flow.parameters().size()) {
      throw new ModelFormatException(path, "member " + k + ": the architecture has " + flow.parameters().size()
          + " parameters but the file holds " + parameters.size());
    }
    flow.parameters().assign(parameters);
    return new FlowDetector.Member(new Cinn(flow, space, Standardization.identity(0), threads), whitening);
  }

  /** @return the "provenance" object stored with the detector, or an empty object */
  public static ObjectNode provenance(Path path) {
    JsonNode p = CinnStore.runMetadata(path).path("detector").get("provenance");
    return p instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
  }
}
