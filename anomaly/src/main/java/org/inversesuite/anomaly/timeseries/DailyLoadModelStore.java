package org.inversesuite.anomaly.timeseries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;

/**
 * Saves and loads a {@link DailyLoadModel} as a {@link CinnStore} file (versioned, checksummed,
 * written atomically) whose "run" metadata holds {@code "timeseries"}: format version, the
 * thresholds, the settings, the zone of the training data and the caller's provenance.
 */
public final class DailyLoadModelStore {
  /** The version of the "timeseries" metadata this build writes and reads. */
  public static final int FORMAT = 1;

  private DailyLoadModelStore() {}

  /**
   * A loaded model with the zone its training data were read in.
   *
   * @param model the model (close it)
   * @param zone the zone id
   */
  public record Stored(DailyLoadModel model, String zone) {}

  /** Writes the model atomically to {@code path}. */
  public static void save(Path path, DailyLoadModel model, String zone, ObjectNode provenance) {
    ObjectMapper m = Json.mapper();
    ObjectNode t = m.createObjectNode();
    t.put("format", FORMAT);
    t.put("dayThreshold", model.dayThreshold());
    t.put("hourThreshold", model.hourThreshold());
    t.put("zone", zone);
    t.set("config", m.valueToTree(model.config()));
    if (provenance != null) {
      t.set("provenance", provenance);
    }
    ObjectNode run = m.createObjectNode();
    run.set("timeseries", t);
    CinnStore.save(path, model.cinn(), run);
  }

  /**
   * @throws ModelFormatException naming the path when the file is not a time-series model or is damaged
   */
  public static Stored load(Path path, int threads) {
    JsonNode t = CinnStore.runMetadata(path).get("timeseries");
    if (t == null) {
      throw new ModelFormatException(path, "not a time-series load model: the model has no 'timeseries' metadata");
    }
    int format = t.path("format").asInt(-1);
    if (format != FORMAT) {
      throw new ModelFormatException(path, "time-series model format " + format + ", this build reads format " + FORMAT);
    }
    try {
      DailyLoadModelConfig config = Json.mapper().treeToValue(t.get("config"), DailyLoadModelConfig.class);
      Cinn cinn = CinnStore.load(path, threads);
      return new Stored(new DailyLoadModel(cinn, config, t.get("dayThreshold").asDouble(),
          t.get("hourThreshold").asDouble(), null), t.get("zone").asText());
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new ModelFormatException(path, "invalid time-series model metadata: " + e.getMessage());
    }
  }
}
