package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
import org.inversesuite.airfoil.surrogate.MonomialBasis;
import org.inversesuite.core.config.Json;
import org.inversesuite.data.table.CsvTable;

/**
 * The forward surrogate of a design data set ({@link ForwardSurrogate}: CST coefficients, α,
 * log₁₀Re → C_l, L/D) and the screening it is for: proposals ordered by their predicted score
 *
 * <pre>
 *   ŝ(x) = max(|Ĉ_l(x) − C_l*| / 0.02, |(L/D)^(x) − (L/D)*| / (0.03 (L/D)*)),
 * </pre>
 *
 * the ranking score of {@link DesignCandidate} with the surrogate in place of the solver, so the
 * solver sees first the proposals predicted to meet both tolerances.
 */
public final class DesignSurrogate {
  /** Key of the surrogate in a model file's run metadata. */
  public static final String METADATA_KEY = "surrogate";

  private DesignSurrogate() {}

  /**
   * Fits the surrogate on the converged designs of {@code data}: cubic, or the highest degree
   * that has at least two designs per weight (a small data set gets a quadratic or linear one).
   *
   * @return empty when there are too few designs even for a linear surrogate
   */
  public static Optional<ForwardSurrogate> fit(DesignDataset data) {
    CsvTable t = data.rows();
    int d = data.manifest().space().shapeDimension();
    int status = t.indexOf("status");
    List<double[]> inputs = new ArrayList<>();
    List<double[]> outputs = new ArrayList<>();
    for (int i = 0; i < t.rows(); i++) {
      if (CaseStatus.ofCode(t.values().get(i, status)) != CaseStatus.CONVERGED) {
        continue;
      }
      double[] in = new double[d + 2];
      for (int j = 0; j < d; j++) {
        in[j] = t.values().get(i, j);
      }
      in[d] = t.get(i, "alpha");
      in[d + 1] = Math.log10(t.get(i, "reynolds"));
      inputs.add(in);
      outputs.add(new double[] {t.get(i, "cl"), t.get(i, "cd")});
    }
    double[] cl = outputs.stream().mapToDouble(o -> o[0]).toArray();
    double[] cd = outputs.stream().mapToDouble(o -> o[1]).toArray();
    for (int degree = ForwardSurrogate.DEFAULT_DEGREE; degree >= 1; degree--) {
      if (inputs.size() >= 2 * new MonomialBasis(d + 2, degree).size()) {
        return Optional.of(ForwardSurrogate.fit(inputs.toArray(new double[0][]), cl, cd, degree,
            ForwardSurrogate.DEFAULT_RIDGE));
      }
    }
    return Optional.empty();
  }

  /** @return the surrogate's input row of a design point: coefficients, α, log₁₀Re */
  public static double[] input(DesignPoint p) {
    double[] c = p.coefficients();
    double[] in = Arrays.copyOf(c, c.length + 2);
    in[c.length] = p.alphaDegrees();
    in[c.length + 1] = Math.log10(p.reynolds());
    return in;
  }

  /** @return ŝ of each point against the target, in the points' order */
  public static double[] predictedScores(ForwardSurrogate s, List<DesignPoint> points, DesignTarget target) {
    double[][] in = new double[points.size()][];
    for (int i = 0; i < in.length; i++) {
      in[i] = input(points.get(i));
    }
    double[][] p = s.predict(in);
    double[] score = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      double e = Math.max(target.clError(p[i][0]) / DesignCandidate.CL_TOLERANCE,
          target.liftToDragError(p[i][1]) / DesignCandidate.LD_TOLERANCE);
      score[i] = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }
    return score;
  }

  /** @return the points sorted by ascending predicted score ŝ (ties keep their order) */
  public static List<DesignPoint> byPredictedScore(ForwardSurrogate s, List<DesignPoint> points, DesignTarget target) {
    double[] score = predictedScores(s, points, target);
    Integer[] order = new Integer[points.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    List<DesignPoint> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(points.get(i));
    }
    return out;
  }

  /**
   * Reads the surrogate from a model file's run metadata.
   *
   * @return empty when the model was saved without one
   * @throws IllegalArgumentException if the entry is there but unreadable
   */
  public static Optional<ForwardSurrogate> read(JsonNode run) {
    if (run == null || !run.has(METADATA_KEY)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().treeToValue(run.get(METADATA_KEY), ForwardSurrogate.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable surrogate in the model's run metadata: " + e.getOriginalMessage(), e);
    }
  }
}
