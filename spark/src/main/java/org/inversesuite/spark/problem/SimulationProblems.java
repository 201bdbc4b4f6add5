package org.inversesuite.spark.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.interior.MassRadiusNoise;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * The simulators a Spark job can run, by id. Executors call {@link #create} once per task to
 * rebuild the problem from its JSON options (problems themselves are not serialisable), so a
 * problem added here runs on a cluster unchanged. Forward models get one thread: Spark
 * parallelises over rows.
 */
public final class SimulationProblems {
  /** The planet-interior structure model (astro.interior): x = (u₁, u₂, M), y = (M, R). */
  public static final String INTERIOR = "planet-interior";

  private SimulationProblems() {}

  /** @return the known ids */
  public static List<String> ids() {
    return List.of(InverseKinematics.ID, INTERIOR);
  }

  /**
   * @param id a problem id
   * @param options its options; {@code {}} or null for the defaults
   * @return the problem
   * @throws IllegalArgumentException for an unknown id or invalid options
   */
  public static InverseProblem create(String id, JsonNode options) {
    JsonNode opts = options == null ? Json.mapper().createObjectNode() : options;
    if (InverseKinematics.ID.equals(id)) {
      if (opts.size() > 0) {
        throw new IllegalArgumentException("problem '" + id + "' takes no options, got " + opts);
      }
      return InverseKinematics.problem();
    }
    if (INTERIOR.equals(id)) {
      InteriorOptions o = bind(opts, InteriorOptions.class, id);
      return AstroProblems.planetInterior(o.prior(), o.solver(), new MassRadiusNoise(o.massError(), o.radiusError()), 1);
    }
    throw new IllegalArgumentException("unknown problem '" + id + "'; known problems: " + String.join(", ", ids()));
  }

  private static <T> T bind(JsonNode options, Class<T> type, String id) {
    try {
      return Json.mapper().treeToValue(options, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new IllegalArgumentException("options of problem '" + id + "': " + message, e);
    }
  }
}
