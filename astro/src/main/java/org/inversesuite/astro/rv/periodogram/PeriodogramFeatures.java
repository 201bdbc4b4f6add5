package org.inversesuite.astro.rv.periodogram;

import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The fixed-width summary of a {@link GlsPeriodogram} that a cINN's summary network receives
 * next to its pooling of the raw set:
 * <ul>
 *   <li>{@code bins} values: the largest power among the grid frequencies whose period falls in
 *       each of the equal bins of u = ln(P/P_min)/ln(P_max/P_min) ∈ [0, 1] (the coarse shape of
 *       the periodogram, aliases included);</li>
 *   <li>{@code peaks} pairs (u, power) of the highest local maxima, highest first, u refined by
 *       the vertex of the parabola through the peak and its two neighbours in frequency (the
 *       grid oversamples the peak width 1/T, so this locates a peak to a fraction of Δf);
 *       missing peaks are (0, 0).</li>
 * </ul>
 * With {@link PeriodogramConfig#harmonics()} 2 the same summary of the set's {@link HarmonicPeriodogram}
 * follows (bins, then peaks), from offset {@link PeriodogramConfig#summaryCount()}.
 * With {@link PeriodogramConfig#refine()} r &ge; 2 each periodogram is computed coarse-then-refine
 * ({@link CoarseRefinement}) and summarised from the powers known: the largest per bin, and peaks only where both
 * neighbours are known (a power of −∞ is unknown; the whole grid has none, so its summary is unchanged).
 * One instance per thread (it owns the periodogram's scratch space).
 */
public final class PeriodogramFeatures {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /**
   * Fewest epochs for the shared coarse pass: below, the sinusoid's 2 × 2 fit is ill-conditioned at many frequencies
   * and the two roundings of its power differ measurably (up to 1e-4 at 3 epochs, 3e-12 at 9; at most 2.6e-14 over
   * 5000 sets of 10–50 epochs, docs/astro.md run 29), so shorter sets keep the GLS periodogram's own pass.
   */
  static final int SHARED_PASS_EPOCHS = 10;
  private final PeriodogramConfig config;
  private final GlsPeriodogram periodogram;
  private final HarmonicPeriodogram harmonic;
  /** Coarse-then-refine scratch of the GLS and the two-harmonic periodogram (null: the whole grid). */
  private final CoarseRefinement glsRefinement;
  private final CoarseRefinement harmonicRefinement;
  /** The set's phase rotations, shared by both periodograms of the refined encode. */
  private final PhaseTables tables = new PhaseTables();
  /** binEnd[b]: one past the last grid index of ln P bin b (bins are runs of k, see the constructor). */
  private final int[] binEnd;
  private final double logRange;
  /** The bin ends of the configurations seen, shared by every encoding of the same grid (immutable arrays). */
  private static final java.util.Map<PeriodogramConfig, int[]> BIN_ENDS = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param config the grid and the summary sizes */
  public PeriodogramFeatures(PeriodogramConfig config) {
    this.config = config;
    this.periodogram = new GlsPeriodogram(config);
    this.harmonic = config.harmonics() == 2 ? new HarmonicPeriodogram(config) : null;
    this.logRange = Math.log(config.periodMax() / config.periodMin());
    this.binEnd = BIN_ENDS.computeIfAbsent(config, c -> binEnds());
    this.glsRefinement = config.refined() ? new CoarseRefinement(config, binEnd) : null;
    this.harmonicRefinement = config.refined() && harmonic != null ? new CoarseRefinement(config, binEnd) : null;
  }

  /**
   * bin(k) does not increase with k (u falls as f rises, and every step of it is monotone in floating point),
   * so each bin is a run of k: find where each run ends by bisection, ~bins · 14 logarithms instead of one per
   * frequency; once per grid (the instances, one per encoded set, share the result).
   *
   * @return per bin b one past its last grid index (the start of the next run); bins with no frequency are
   *     empty runs
   */
  private int[] binEnds() {
    int frequencies = config.frequencies();
    int[] end = new int[config.bins()];
    int from = 0;
    while (from < frequencies) {
      int b = bin(from);
      int lo = from;
      int hi = frequencies;
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (bin(mid) == b) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      end[b] = hi;
      from = hi;
    }
    return end;
  }

  /** @return the ln P bin of grid frequency k */
  private int bin(int k) {
    return Math.min(config.bins() - 1, (int) Math.floor(position(config.frequency(k)) * config.bins()));
  }

  /** @return the grid and sizes */
  public PeriodogramConfig config() {
    return config;
  }

  /** @return u = ln(P/P_min)/ln(P_max/P_min) of frequency f = 1/P */
  public double position(double frequency) {
    return Math.max(0, Math.min(1, Math.log(1 / (frequency * config.periodMin())) / logRange));
  }

  /** @return the period in days at position u */
  public double period(double u) {
    return config.periodMin() * Math.exp(u * logRange);
  }

  /** @return the features of one set, length {@link PeriodogramConfig#featureCount()} */
  public double[] features(RvObservationSet data) {
    double[] out = new double[config.featureCount()];
    if (config.refined()) {
      refinedFeatures(data, out);
      return out;
    }
    summarise(periodogram.power(data), out, 0);
    if (harmonic != null) {
      summarise(harmonic.power(data), out, config.summaryCount());
    }
    return out;
  }

  /** The features of one set coarse-then-refine into {@code out}. */
  private void refinedFeatures(RvObservationSet data, double[] out) {
    refine(data);
    summarise(glsRefinement, out, 0);
    if (harmonic != null) {
      summarise(harmonicRefinement, out, config.summaryCount());
    }
  }

  /**
   * Computes the refined powers of {@code data} into {@link #refinement(boolean)}: with the two-harmonic periodogram
   * and at least {@value #SHARED_PASS_EPOCHS} epochs, one coarse pass over the epochs for both periodograms (the GLS
   * powers from the two-harmonic sums, {@link HarmonicPeriodogram#coarse}), then each periodogram's selection and
   * runs; otherwise each periodogram's own coarse pass, as before docs/astro.md run 29.
   */
  void refine(RvObservationSet data) {
    tables.prepare(data, config, L);
    if (harmonic == null || data.size() < SHARED_PASS_EPOCHS) {
      periodogram.refined(data, glsRefinement, tables);
      if (harmonic != null) {
        harmonic.refined(data, harmonicRefinement, tables);
      }
      return;
    }
    boolean gls = periodogram.weigh(data);
    boolean two = harmonic.coarse(data, tables, harmonicRefinement, gls ? glsRefinement.coarse() : null,
        periodogram.variance());
    if (gls) {
      periodogram.refineRuns(data, glsRefinement, tables);
    } else {
      glsRefinement.zero();
    }
    if (two) {
      harmonic.refineRuns(harmonicRefinement, tables);
    } else {
      harmonicRefinement.zero();
    }
  }

  /** @return the refinement of the GLS ({@code false}) or the two-harmonic ({@code true}) periodogram, after {@link #refine} */
  CoarseRefinement refinement(boolean twoHarmonic) {
    return twoHarmonic ? harmonicRefinement : glsRefinement;
  }

  /** @return the features of every set, one row per set (the batched form) */
  public double[][] features(List<RvObservationSet> sets) {
    if (config.refined()) {
      double[][] out = new double[sets.size()][config.featureCount()];
      for (int i = 0; i < out.length; i++) {
        refinedFeatures(sets.get(i), out[i]);
      }
      return out;
    }
    double[][] power = periodogram.power(sets);
    double[][] out = new double[sets.size()][config.featureCount()];
    for (int i = 0; i < out.length; i++) {
      summarise(power[i], out[i], 0);
    }
    for (int i = 0; harmonic != null && i < out.length; i++) {
      summarise(harmonic.power(sets.get(i)), out[i], config.summaryCount());
    }
    return out;
  }

  /**
   * {@link #summarise(double[], double[], int)} of {@code r.fine()} reading only the known powers: per bin the coarse
   * points and the runs inside it, and the peaks within one index of the runs (a known power with both neighbours
   * known lies there, the runs being at least two unknown indices apart), in increasing index as there: the same
   * features.
   */
  private void summarise(CoarseRefinement r, double[] out, int offset) {
    double[] fine = r.fine();
    int stride = r.stride();
    int bins = config.bins();
    int run = 0;
    int start = 0;
    for (int b = bins - 1; b >= 0; b--) {
      int end = binEnd[b];
      double m = 0;
      for (int k = (start + stride - 1) / stride * stride; k < end; k += stride) {
        m = Math.max(m, fine[k]);
      }
      while (run < r.runs() && r.runEnd(run) <= start) {
        run++;
      }
      for (int i = run; i < r.runs() && r.runStart(i) < end; i++) {
        for (int k = Math.max(start, r.runStart(i)); k < Math.min(end, r.runEnd(i)); k++) {
          m = Math.max(m, fine[k]);
        }
      }
      out[offset + b] = m;
      start = Math.max(start, end);
    }
    int peaks = config.peaks();
    double[] bestPower = new double[peaks];
    double[] bestU = new double[peaks];
    for (int i = 0; i < r.runs() && peaks > 0; i++) {
      for (int k = Math.max(0, r.runStart(i) - 1); k <= Math.min(fine.length - 1, r.runEnd(i)); k++) {
        peak(fine, k, bestPower, bestU);
      }
    }
    for (int j = 0; j < peaks; j++) {
      out[offset + bins + 2 * j] = bestU[j];
      out[offset + bins + 2 * j + 1] = bestPower[j];
    }
  }

  /** Writes the bin maxima and the peaks of {@code power} into {@code out} from {@code offset}. */
  public void summarise(double[] power, double[] out, int offset) {
    int bins = config.bins();
    for (int b = 0; b < bins; b++) {
      out[offset + b] = 0;
    }
    // bins run from high to low b as k grows (bin(k) does not increase): bin b covers [start, binEnd[b]) with
    // start the end of the last non-empty bin above it; the maximum of a run in four independent chains (max is
    // exact, so the order does not change the result)
    int start = 0;
    for (int b = bins - 1; b >= 0; b--) {
      int end = binEnd[b];
      if (end <= start) {
        continue;
      }
      double m0 = out[offset + b];
      double m1 = m0;
      double m2 = m0;
      double m3 = m0;
      int k = start;
      for (; k + 4 <= end; k += 4) {
        m0 = Math.max(m0, power[k]);
        m1 = Math.max(m1, power[k + 1]);
        m2 = Math.max(m2, power[k + 2]);
        m3 = Math.max(m3, power[k + 3]);
      }
      for (; k < end; k++) {
        m0 = Math.max(m0, power[k]);
      }
      out[offset + b] = Math.max(Math.max(m0, m1), Math.max(m2, m3));
      start = end;
    }
    int m = config.peaks();
    double[] bestPower = new double[m];
    double[] bestU = new double[m];
    int whole = power.length - power.length % L;
    for (int k = 0; k < power.length && m > 0; k++) {
      // a whole vector at or below the m-th best so far holds no candidate (the threshold only rises, so the scalar
      // test below would skip each of its elements too; docs/astro.md run 23): the same peaks, in the same order
      if (k % L == 0 && k < whole
          && DoubleVector.fromArray(S, power, k).reduceLanes(VectorOperators.MAX) <= bestPower[m - 1]) {
        k += L - 1;
        continue;
      }
      peak(power, k, bestPower, bestU);
    }
    for (int j = 0; j < m; j++) {
      out[offset + bins + 2 * j] = bestU[j];
      out[offset + bins + 2 * j + 1] = bestPower[j];
    }
  }

  /**
   * Inserts grid index k of {@code power} among the m highest peaks so far if it is a local maximum above the m-th
   * (both neighbours known: a power of −∞ inside the grid is unknown), its position refined by the parabola.
   */
  private void peak(double[] power, int k, double[] bestPower, double[] bestU) {
    int m = bestPower.length;
    // the cheap, mostly true test first (below the m-th best so far): the same condition, fewer branches missed
    if (power[k] <= bestPower[m - 1]) {
      return;
    }
    double left = k > 0 ? power[k - 1] : Double.NEGATIVE_INFINITY;
    double right = k + 1 < power.length ? power[k + 1] : Double.NEGATIVE_INFINITY;
    if (!(power[k] > left && power[k] >= right)) {
      return;
    }
    // coarse-then-refine: a neighbour not computed (−∞ inside the grid) leaves open whether k is a peak
    if (k > 0 && left == Double.NEGATIVE_INFINITY || k + 1 < power.length && right == Double.NEGATIVE_INFINITY) {
      return;
    }
    double shift = 0;
    if (k > 0 && k + 1 < power.length) {
      double curvature = left - 2 * power[k] + right;
      shift = curvature < 0 ? 0.5 * (left - right) / curvature : 0;
    }
    double u = position(config.frequency(0) + (k + shift) * config.frequencyStep());
    int j = m - 1;
    while (j > 0 && bestPower[j - 1] < power[k]) {
      bestPower[j] = bestPower[j - 1];
      bestU[j] = bestU[j - 1];
      j--;
    }
    bestPower[j] = power[k];
    bestU[j] = u;
  }
}
