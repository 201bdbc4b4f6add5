package org.inversesuite.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Saves and loads a {@link Cinn} in the {@link ModelStore} format. The metadata holds
 * {@code "kind": "cinn"}, the explicit {@link FlowConfig} (every permutation spelled out), the
 * precision, the parameter space (support transform and standardisation of x), the
 * standardisation of y and whatever the caller adds under {@code "run"} (training
 * recipe, provenance, metrics); the one tensor {@code "parameters"} is the flat parameter vector.
 * See docs/model-format.md.
 */
public final class CinnStore {
  /** The value of the metadata field "kind". */
  public static final String KIND = "cinn";

  private CinnStore() {}

  /**
   * Writes the model atomically.
   *
   * @param run extra metadata stored under "run" (may be null)
   */
  public static void save(Path path, Cinn cinn, ObjectNode run) {
    ObjectMapper m = Json.mapper();
    ObjectNode meta = m.createObjectNode();
    meta.put("kind", KIND);
    meta.put("precision", cinn.flow().parameters().precision().name());
    meta.set("flow", m.valueToTree(cinn.flow().config()));
    meta.set("xSpace", m.valueToTree(cinn.xSpace()));
    meta.set("yNormalization", m.valueToTree(cinn.yNormalization()));
    if (run != null) {
      meta.set("run", run);
    }
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    tensors.put("parameters", cinn.flow().parameters().values());
    ModelStore.write(path, new ModelFile(meta, tensors));
  }

  /**
   * Reads a model written by {@link #save}.
   *
   * @param threads threads the loaded model uses for sampling
   * @throws ModelFormatException naming the path and what is wrong
   */
  public static Cinn load(Path path, int threads) {
    ModelFile file = ModelStore.read(path);
    ObjectNode meta = file.metadata();
    JsonNode kind = meta.get("kind");
    if (kind == null || !KIND.equals(kind.asText())) {
      throw new ModelFormatException(path, "metadata field 'kind' is " + kind + ", expected \"" + KIND + "\"");
    }
    FlowConfig config = field(path, meta, "flow", FlowConfig.class);
    Precision precision = field(path, meta, "precision", Precision.class);
    ParameterSpace xSpace = field(path, meta, "xSpace", ParameterSpace.class);
    Standardization yNorm = field(path, meta, "yNormalization", Standardization.class);
    if (!file.tensorNames().contains("parameters")) {
      throw new ModelFormatException(path, "no tensor 'parameters'; found " + file.tensorNames());
    }
    Matrix parameters = file.tensor("parameters");
    Flow flow;
    try {
      flow = Flow.build(config, precision, new Rng(0), false);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(path, "the architecture cannot be built: " + e.getMessage());
    }
    if (parameters.size() != flow.parameters().size()) {
      throw new ModelFormatException(path, "the architecture has " + flow.parameters().size()
          + " parameters but the file holds " + parameters.size());
    }
    flow.parameters().assign(parameters);
    try {
      return new Cinn(flow, xSpace, yNorm, threads);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(path, e.getMessage());
    }
  }

  /** @return the "run" metadata of a model file, or an empty object */
  public static ObjectNode runMetadata(Path path) {
    JsonNode run = ModelStore.read(path).metadata().get("run");
    return run instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
  }

  private static <T> T field(Path path, ObjectNode meta, String name, Class<T> type) {
    JsonNode node = meta.get(name);
    if (node == null) {
      throw new ModelFormatException(path, "metadata has no field '" + name + "'");
    }
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new ModelFormatException(path, "metadata field '" + name + "' is invalid: " + e.getMessage());
    }
  }
}
