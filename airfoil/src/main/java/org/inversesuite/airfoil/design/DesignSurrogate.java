package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.MlpSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.airfoil.surrogate.MonomialBasis;
import org.inversesuite.core.config.Json;
import org.inversesuite.data.table.CsvTable;

/**
 * The forward surrogates of a design data set ({@link ForwardSurrogate}, the cubic ridge
 * regression, and {@link MlpSurrogate}: CST coefficients, α, log₁₀Re → C_l, L/D), how they are
 * stored in a model file (one run-metadata key per {@link SurrogateKind}) and the screening they are for: proposals ordered by their predicted score
 *
 * <pre>
 *   ŝ(x) = max(|Ĉ_l(x) − C_l*| / 0.02, |(L/D)^(x) − (L/D)*| / (0.03 (L/D)*)),
 * </pre>
 *
 * the ranking score of {@link DesignCandidate} with the surrogate in place of the solver, so the
 * solver sees first the proposals predicted to meet both tolerances.
 */
public final class DesignSurrogate {
  private DesignSurrogate() {}

  /**
   * Fits the ridge surrogate on the converged designs of {@code data}: cubic, or the highest
   * degree that has at least two designs per weight (a small data set gets a quadratic or linear one).
   *
   * @return empty when there are too few designs even for a linear surrogate
   */
  public static Optional<ForwardSurrogate> fit(DesignDataset data) {
    Samples s = samples(data);
    for (int degree = ForwardSurrogate.DEFAULT_DEGREE; degree >= 1; degree--) {
      if (s.inputs().length >= 2 * new MonomialBasis(s.inputs()[0].length, degree).size()) {
        return Optional.of(ForwardSurrogate.fit(s.inputs(), s.cl(), s.cd(), s.shapes(), degree,
            ForwardSurrogate.DEFAULT_RIDGE));
      }
    }
    return Optional.empty();
  }

  /**
   * Trains the MLP surrogate on the converged designs of {@code data}.
   *
   * @return empty when there are fewer than 20 converged designs
   */
  public static Optional<MlpSurrogate> fitMlp(DesignDataset data, NetworkRecipe recipe) {
    return fitMlp(samples(data), recipe);
  }

  /**
   * Trains the MLP surrogate on the converged designs of {@code data} with as many steps as the
   * data set needs ({@link MlpSurrogate#recipeFor}).
   *
   * @return empty when there are fewer than 20 converged designs
   */
  public static Optional<MlpSurrogate> fitMlp(DesignDataset data) {
    Samples s = samples(data);
    return fitMlp(s, MlpSurrogate.recipeFor(s.inputs().length));
  }

  private static Optional<MlpSurrogate> fitMlp(Samples s, NetworkRecipe recipe) {
    if (s.inputs().length < 20) {
      return Optional.empty();
    }
    return Optional.of(MlpSurrogate.fit(s.inputs(), s.cl(), s.cd(), s.shapes(), recipe));
  }

  /** Fits the surrogate of the given kind ({@link #fit}, or {@link #fitMlp(DesignDataset)}). */
  public static Optional<? extends LiftDragSurrogate> fit(DesignDataset data, SurrogateKind kind) {
    return kind == SurrogateKind.RIDGE ? fit(data) : fitMlp(data);
  }

  /**
   * Inputs, C_l and C_d of the usable rows, in file order, with the shape of each (the held-out
   * part of a fit is whole shapes: all angles of a polar's shape, or one design).
   */
  private record Samples(double[][] inputs, double[] cl, double[] cd, int[] shapes) {}

  private static Samples samples(DesignDataset data) {
    CsvTable t = data.rows();
    int d = data.manifest().space().shapeDimension();
    int[] usable = data.usableRows();
    double[][] inputs = new double[usable.length][];
    double[] cl = new double[usable.length];
    double[] cd = new double[usable.length];
    for (int r = 0; r < usable.length; r++) {
      int i = usable[r];
      double[] in = new double[d + 2];
      for (int j = 0; j < d; j++) {
        in[j] = t.get(i, j);
      }
      in[d] = t.get(i, "alpha");
      in[d + 1] = Math.log10(t.get(i, "reynolds"));
      inputs[r] = in;
      cl[r] = t.get(i, "cl");
      cd[r] = t.get(i, "cd");
    }
    return new Samples(inputs, cl, cd, data.usableShapes());
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
  public static double[] predictedScores(LiftDragSurrogate s, List<DesignPoint> points, DesignTarget target) {
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
  public static List<DesignPoint> byPredictedScore(LiftDragSurrogate s, List<DesignPoint> points, DesignTarget target) {
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
   * Reads the ridge surrogate from a model file's run metadata.
   *
   * @return empty when the model was saved without one
   * @throws IllegalArgumentException if the entry is there but unreadable
   */
  public static Optional<ForwardSurrogate> read(JsonNode run) {
    return read(run, SurrogateKind.RIDGE, ForwardSurrogate.class);
  }

  /**
   * Reads the surrogate of the given kind from a model file's run metadata.
   *
   * @return empty when the model was saved without one (models trained before the MLP surrogate
   *     hold only the ridge one)
   * @throws IllegalArgumentException if the entry is there but unreadable, e.g. of a later format version
   */
  public static Optional<? extends LiftDragSurrogate> read(JsonNode run, SurrogateKind kind) {
    return kind == SurrogateKind.RIDGE ? read(run) : read(run, kind, MlpSurrogate.class);
  }

  private static <S extends LiftDragSurrogate> Optional<S> read(JsonNode run, SurrogateKind kind, Class<S> type) {
    if (run == null || !run.has(kind.metadataKey())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().treeToValue(run.get(kind.metadataKey()), type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException("unreadable " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " surrogate in the model's run metadata ('" + kind.metadataKey() + "'): " + why, e);
    }
  }
}
