package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.FaithfulSampling;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Chooses a {@link SamplingSchedule} for a trained designer from its own draws, on calibration
 * targets and latent streams that the evaluation does not use. For every candidate temperature T:
 * <ol>
 *   <li>the response curve m_T(a): the median computed logP of the designs asked for a, at each a of
 *       a grid ({@link MedianCurve});</li>
 *   <li>for each calibration target t_k, the asked condition a_k(T) = m_T⁻¹(t_k), so the median
 *       design lands on the target;</li>
 *   <li>a check: n designs at (a_k(T), T), scored for the share within ±0.5 of t_k and the
 *       uniqueness.</li>
 * </ol>
 * At each knot the schedule keeps the T with the largest share within ±0.5 among those whose
 * uniqueness is at least u_min; when none qualifies, the most unique one ({@link #choose}).
 * The generated logP is computed, so this looks at the property; it sets only two sampling
 * numbers per knot, never keeps or drops a design, and its streams ("calibration-curve-…",
 * "calibration-check-…" of its own seed) and knots are disjoint from the evaluation's.
 *
 * @param knots the calibration targets, strictly increasing
 * @param temperatures the candidate temperatures, each finite and ≥ 0
 * @param grid the asked conditions of the response curve, strictly increasing
 * @param curveSamples designs per grid point
 * @param checkSamples designs per knot and temperature in the check (uniqueness falls with n: use the n
 *     the schedule will be used at)
 * @param minUniqueness u_min, in [0, 1]
 * @param seed the calibration seed
 * @param faithful 0 to calibrate the raw draws; B &gt; 0 to calibrate the draws restricted to faithful rows
 *     ({@link FaithfulSampling} with budget B), the sampler of the evaluation's faithful row
 */
public record ScheduleCalibration(double[] knots, double[] temperatures, double[] grid, int curveSamples, int checkSamples,
    double minUniqueness, long seed, int faithful) {
  /** Validates and copies. */
  public ScheduleCalibration {
    knots = knots.clone();
    temperatures = temperatures.clone();
    grid = grid.clone();
    new SamplingSchedule(knots, knots, new double[knots.length]);
    for (double t : temperatures) {
      if (!(t >= 0) || Double.isInfinite(t)) {
        throw new IllegalArgumentException("candidate temperatures must be finite and >= 0, got " + t);
      }
    }
    if (temperatures.length == 0) {
      throw new IllegalArgumentException("at least one candidate temperature is needed");
    }
    MedianCurve.checkGrid(grid);
    if (curveSamples < 2 || checkSamples < 2) {
      throw new IllegalArgumentException("curve and check samples must be >= 2, got " + curveSamples + " and " + checkSamples);
    }
    if (!(minUniqueness >= 0 && minUniqueness <= 1)) {
      throw new IllegalArgumentException("minimum uniqueness must lie in [0, 1], got " + minUniqueness);
    }
    if (faithful != 0) {
      new FaithfulSampling(faithful);
    }
  }

  /** As the canonical constructor, calibrating the raw draws. */
  public ScheduleCalibration(double[] knots, double[] temperatures, double[] grid, int curveSamples, int checkSamples,
      double minUniqueness, long seed) {
    this(knots, temperatures, grid, curveSamples, checkSamples, minUniqueness, seed, 0);
  }

  private List<String> draw(MoleculeDesigner designer, double asked, int n, double temperature, Rng rng) {
    double[] y = DesignEvaluation.conditionFor(designer, asked);
    return faithful == 0 ? designer.sample(y, n, temperature, rng)
        : new FaithfulSampling(faithful).sample(designer, y, n, temperature, rng).designs();
  }

  /**
   * One checked (knot, temperature) pair.
   *
   * @param knot the calibration target
   * @param temperature T
   * @param asked the condition asked for, from the response curve
   * @param withinHalf share of valid designs within ±0.5 of the knot
   * @param uniqueness distinct valid / valid
   * @param mae mean |logP − knot|
   * @param median median logP of the valid designs
   */
  public record Candidate(double knot, double temperature, double asked, double withinHalf, double uniqueness, double mae,
      double median) {}

  /**
   * @param schedule the chosen schedule
   * @param candidates every checked pair, knot by knot, temperature by temperature
   * @param curves the median logP at every grid point, one row per temperature
   */
  public record Result(SamplingSchedule schedule, List<Candidate> candidates, double[][] curves) {}

  /** Runs the calibration; the designer must be conditioned on logP (other conditions at their training median). */
  public Result run(MoleculeDesigner designer) {
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    Set<String> known = new HashSet<>();
    designer.training().forEach((Example e) -> known.add(e.smiles()));
    Rng root = new Rng(seed);
    double[][] curves = new double[temperatures.length][];
    List<Candidate> all = new ArrayList<>();
    Candidate[][] byKnot = new Candidate[knots.length][temperatures.length];
    for (int a = 0; a < temperatures.length; a++) {
      double temperature = temperatures[a];
      double[] medians = new double[grid.length];
      for (int j = 0; j < grid.length; j++) {
        List<String> s = draw(designer, grid[j], curveSamples, temperature, root.stream("calibration-curve-" + a + "-" + j));
        medians[j] = median(s, decoder, logP);
      }
      curves[a] = medians;
      for (int k = 0; k < knots.length; k++) {
        double asked = MedianCurve.invert(grid, medians, knots[k]);
        List<DecodedMolecule> decoded = new ArrayList<>(checkSamples);
        for (String s : draw(designer, asked, checkSamples, temperature, root.stream("calibration-check-" + a + "-" + k))) {
          decoded.add(DecodedMolecule.decode(s, decoder, logP));
        }
        GenerationMetrics m = GenerationMetrics.of("calibration", knots[k], decoded, known, 2, root.stream("unused"));
        Candidate c = new Candidate(knots[k], temperature, asked, m.withinHalf(), m.uniqueness(), m.mae(), median(m.logP()));
        byKnot[k][a] = c;
        all.add(c);
      }
    }
    double[] asked = new double[knots.length];
    double[] chosenT = new double[knots.length];
    for (int k = 0; k < knots.length; k++) {
      Candidate c = choose(Arrays.asList(byKnot[k]), minUniqueness);
      asked[k] = c.asked();
      chosenT[k] = c.temperature();
    }
    return new Result(new SamplingSchedule(knots, asked, chosenT), List.copyOf(all), curves);
  }

  /**
   * The selection rule at one knot.
   *
   * @return among the candidates with uniqueness ≥ u_min, the one with the largest share within ±0.5
   *     (the first on ties); when none qualifies, the most unique one
   */
  public static Candidate choose(List<Candidate> candidates, double minUniqueness) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no candidate to choose from");
    }
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.uniqueness() >= minUniqueness && (best == null || c.withinHalf() > best.withinHalf())) {
        best = c;
      }
    }
    if (best != null) {
      return best;
    }
    for (Candidate c : candidates) {
      if (best == null || c.uniqueness() > best.uniqueness()) {
        best = c;
      }
    }
    return best;
  }

  private static double median(List<String> strings, SelfiesDecoder decoder, LogPCalculator logP) {
    double[] v = new double[strings.size()];
    int n = 0;
    for (String s : strings) {
      DecodedMolecule m = DecodedMolecule.decode(s, decoder, logP);
      if (m.valid()) {
        v[n++] = m.logP();
      }
    }
    return median(Arrays.copyOf(v, n));
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int h = v.length / 2;
    return v.length % 2 == 1 ? v[h] : 0.5 * (v[h - 1] + v[h]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScheduleCalibration c && Arrays.equals(knots, c.knots) && Arrays.equals(temperatures, c.temperatures)
        && Arrays.equals(grid, c.grid) && curveSamples == c.curveSamples && checkSamples == c.checkSamples
        && minUniqueness == c.minUniqueness && seed == c.seed && faithful == c.faithful;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(knots) * 31 + Arrays.hashCode(temperatures) * 7 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "ScheduleCalibration{knots=" + Arrays.toString(knots) + ", T=" + Arrays.toString(temperatures) + ", grid="
        + Arrays.toString(grid) + ", curve n=" + curveSamples + ", check n=" + checkSamples + ", u_min=" + minUniqueness
        + ", seed=" + seed + ", B=" + faithful + "}";
  }
}
