package org.inversesuite.molecules.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.molecules.selfies.Selfies;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * Saves and loads a {@link MoleculeDesigner} as one model file ({@link CinnStore}, see
 * docs/model-format.md). The "run" metadata holds, under "molecules": the condition, the
 * alphabet (symbols in index order), the representation (with the symbol order of the ordinal
 * and quantile encodings, and the quantile cell widths), the row width, the dequantisation scale
 * and the training molecules (id, canonical SMILES, SELFIES, y), plus whatever the caller adds
 * under "extra".
 */
public final class DesignerStore {
  private DesignerStore() {}

  /**
   * Writes the model atomically.
   *
   * @param extra more metadata (recipe, metrics), may be null
   */
  public static void save(Path path, MoleculeDesigner designer, ObjectNode extra) {
    ObjectNode run = Json.mapper().createObjectNode();
    ObjectNode m = run.putObject("molecules");
    m.put("condition", designer.condition().name());
    ArrayNode symbols = m.putArray("symbols");
    designer.representation().alphabet().symbols().forEach(symbols::add);
    m.put("representation", designer.representation().kind().name());
    if (designer.representation() instanceof OrdinalRepresentation o) {
      ArrayNode order = m.putArray("order");
      o.order().forEach(order::add);
    }
    if (designer.representation() instanceof QuantileRepresentation q) {
      ArrayNode order = m.putArray("order");
      q.order().forEach(order::add);
      putCells(m.putArray("cells"), q.probabilities());
    }
    if (designer.representation() instanceof LengthQuantileRepresentation q) {
      ArrayNode order = m.putArray("order");
      q.order().forEach(order::add);
      putCells(m.putArray("cells"), q.probabilities());
      putCells(m.putArray("lengthCells"), new double[][] {q.lengthProbabilities()});
    }
    m.put("width", designer.representation().width());
    m.put("noise", designer.representation().noise());
    ArrayNode training = m.putArray("training");
    for (Example e : designer.training()) {
      ObjectNode o = training.addObject();
      o.put("id", e.id());
      o.put("record", e.record());
      o.put("line", e.line());
      o.put("smiles", e.smiles());
      o.put("selfies", Selfies.join(e.selfies()));
      ArrayNode y = o.putArray("y");
      for (double v : e.y()) {
        y.add(v);
      }
    }
    if (extra != null) {
      run.set("extra", extra);
    }
    CinnStore.save(path, designer.cinn(), run);
  }

  /**
   * @param threads threads for sampling
   * @throws ModelFormatException naming the file and the missing or invalid field
   */
  public static MoleculeDesigner load(Path path, int threads) {
    JsonNode m = CinnStore.runMetadata(path).get("molecules");
    if (m == null || !m.isObject()) {
      throw new ModelFormatException(path, "not a molecule design model: its metadata has no \"molecules\" section");
    }
    try {
      Condition condition = Condition.valueOf(required(path, m, "condition").asText());
      List<String> symbols = new ArrayList<>();
      required(path, m, "symbols").forEach(s -> symbols.add(s.asText()));
      SelfiesAlphabet alphabet = SelfiesAlphabet.of(symbols);
      int width = required(path, m, "width").asInt();
      double noise = required(path, m, "noise").asDouble();
      SelfiesRepresentation representation = switch (RepresentationKind.valueOf(required(path, m, "representation").asText())) {
        case ONE_HOT -> new OneHotRepresentation(alphabet, width, noise);
        case ORDINAL -> new OrdinalRepresentation(alphabet, order(path, m), width, noise);
        case QUANTILE -> new QuantileRepresentation(alphabet, order(path, m), cells(path, m, "cells", width), noise);
        case LENGTH_QUANTILE -> new LengthQuantileRepresentation(alphabet, order(path, m),
            cells(path, m, "lengthCells", 1)[0], cells(path, m, "cells", width), noise);
      };
      List<Example> training = new ArrayList<>();
      for (JsonNode o : required(path, m, "training")) {
        double[] y = new double[condition.dimension()];
        JsonNode ys = required(path, o, "y");
        for (int j = 0; j < y.length; j++) {
          y[j] = ys.path(j).asDouble(Double.NaN);
        }
        training.add(new Example(o.path("id").asText(), o.path("record").asInt(1), o.path("line").asInt(1),
            required(path, o, "smiles").asText(), Selfies.split(required(path, o, "selfies").asText()), y));
      }
      Cinn cinn = CinnStore.load(path, threads);
      return new MoleculeDesigner(cinn, representation, condition, training, threads);
    } catch (ModelFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(path, "invalid \"molecules\" metadata: " + e.getMessage());
    }
  }

  private static void putCells(ArrayNode cells, double[][] widths) {
    for (double[] row : widths) {
      ArrayNode r = cells.addArray();
      for (double v : row) {
        r.add(v);
      }
    }
  }

  /** @return the "extra" metadata the model was saved with, or an empty object */
  public static ObjectNode extra(Path path) {
    JsonNode extra = CinnStore.runMetadata(path).get("extra");
    return extra instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
  }

  private static List<String> order(Path path, JsonNode m) {
    List<String> order = new ArrayList<>();
    required(path, m, "order").forEach(s -> order.add(s.asText()));
    return order;
  }

  private static double[][] cells(Path path, JsonNode m, String field, int width) {
    JsonNode cells = required(path, m, field);
    if (cells.size() != width) {
      throw new ModelFormatException(path, "\"" + field + "\" has " + cells.size() + " rows, expected " + width);
    }
    double[][] out = new double[width][];
    for (int p = 0; p < width; p++) {
      JsonNode row = cells.get(p);
      out[p] = new double[row.size()];
      for (int k = 0; k < out[p].length; k++) {
        out[p][k] = row.get(k).asDouble(Double.NaN);
      }
    }
    return out;
  }

  private static JsonNode required(Path path, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new ModelFormatException(path, "\"molecules\" metadata lacks the field \"" + field + "\"");
    }
    return v;
  }
}
