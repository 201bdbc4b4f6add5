package org.inversesuite.core.diagnostics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.inversesuite.core.random.Rng;

/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018,
 * "Validating Bayesian inference algorithms with simulation-based calibration",
 * arXiv:1804.06788). For case i and parameter j the rank of the truth among the L posterior
 * samples,
 * \[ r_{ij} = \#\{\ell : \hat x_{i\ell j} < x^*_{ij}\} \in \{0, \dots, L\}, \]
 * is discrete uniform over the m cases when the posterior is exact (ties, which have probability
 * zero for continuous samples, are broken uniformly at random with the configured seed).
 *
 * <p>Two tests of uniformity are reported per parameter:
 * <ul>
 *   <li>the ECDF of the ranks at K evaluation points zₖ = jₖ/(L + 1) (jₖ evenly spread over
 *       1..L, K = min(L, maxEvaluationPoints)), F̂(zₖ) = #{i : rᵢⱼ &lt; jₖ}/m, against the exact
 *       simultaneous 1 − α band of Säilynoja, Bürkner and Vehtari 2022 (arXiv:2103.10522,
 *       optimisation method, see {@link SimultaneousEcdfBand}); the verdict is "inside" when the
 *       whole ECDF stays within the band;</li>
 *   <li>Pearson's χ² test of the rank histogram with B bins, bin b holding the ranks r with
 *       ⌊rB/(L + 1)⌋ = b and expected count m·|bin b|/(L + 1), on B − 1 degrees of freedom.</li>
 * </ul>
 * An over-confident (too narrow) posterior puts the truths in its tails: a ∪-shaped histogram,
 * an ECDF difference F̂(z) − z above zero below the median and below zero above it. A biased
 * posterior moves the ranks to one side: an ECDF difference of one sign.
 *
 * <p>All cases must have the same number L of samples. Immutable and thread-safe.
 */
public final class SimulationBasedCalibration implements Metric<PosteriorEvidence> {
  private final int bins;
  private final double alpha;
  private final int maxEvaluationPoints;
  private final long tieSeed;

  /**
   * @param bins histogram bins B ≥ 2 (capped at L + 1 when applied)
   * @param alpha level of the simultaneous ECDF band, in (0, 1)
   * @param maxEvaluationPoints upper bound on K ≥ 1
   * @param tieSeed seed of the random tie-breaking of ranks
   */
  public SimulationBasedCalibration(int bins, double alpha, int maxEvaluationPoints, long tieSeed) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2, got " + bins);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    if (maxEvaluationPoints < 1) {
      throw new IllegalArgumentException("maxEvaluationPoints must be >= 1, got " + maxEvaluationPoints);
    }
    this.bins = bins;
    this.alpha = alpha;
    this.maxEvaluationPoints = maxEvaluationPoints;
    this.tieSeed = tieSeed;
  }

  /** @return B = 20 bins, α = 0.05, at most 100 evaluation points, tie seed 0 */
  public static SimulationBasedCalibration defaults() {
    return new SimulationBasedCalibration(20, 0.05, 100, 0L);
  }

  @Override
  public String name() {
    return "sbc_ecdf_max_deviation";
  }

  /** @return max over parameters of maxₖ |F̂(zₖ) − zₖ|, and that deviation per parameter */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    return assess(evidence).summary(name());
  }

  /**
   * @param evidence m cases with the same number L ≥ 1 of samples each
   * @return ranks, histograms, ECDFs, the band and the verdicts
   */
  public SbcResult assess(PosteriorEvidence evidence) {
    int m = evidence.cases();
    int d = evidence.dimension();
    int l = evidence.sampleCount(0);
    for (int i = 1; i < m; i++) {
      if (evidence.sampleCount(i) != l) {
        throw new IllegalArgumentException("SBC needs the same number of samples in every case: case 0 has " + l
            + ", case " + i + " has " + evidence.sampleCount(i));
      }
    }
    int[][] ranks = ranks(evidence, new Rng(tieSeed));
    int k = Math.min(l, maxEvaluationPoints);
    int[] grid = new int[k];
    double[] z = new double[k];
    for (int e = 0; e < k; e++) {
      grid[e] = (int) Math.round((e + 1) * (l + 1.0) / (k + 1.0));
      z[e] = grid[e] / (l + 1.0);
    }
    SimultaneousEcdfBand band = SimultaneousEcdfBand.uniform(m, z, alpha);
    int b = Math.min(bins, l + 1);
    double[] expected = new double[b];
    for (int r = 0; r <= l; r++) {
      expected[bin(r, b, l)] += m / (l + 1.0);
    }
    int[][] histograms = new int[d][b];
    double[][] ecdf = new double[d][k];
    boolean[] inside = new boolean[d];
    double[] pValues = new double[d];
    ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, b - 1);
    for (int j = 0; j < d; j++) {
      int[] perRank = new int[l + 1];
      for (int i = 0; i < m; i++) {
        perRank[ranks[j][i]]++;
        histograms[j][bin(ranks[j][i], b, l)]++;
      }
      int[] counts = new int[k];
      int below = 0;
      for (int e = 0, r = 0; e < k; e++) {
        for (; r < grid[e]; r++) {
          below += perRank[r];
        }
        counts[e] = below;
        ecdf[j][e] = below / (double) m;
      }
      inside[j] = band.contains(counts);
      double statistic = 0;
      for (int c = 0; c < b; c++) {
        double diff = histograms[j][c] - expected[c];
        statistic += diff * diff / expected[c];
      }
      pValues[j] = 1 - chi2.cumulativeProbability(statistic);
    }
    return new SbcResult(evidence.names(), l, ranks, histograms, expected, band, ecdf, inside, pValues);
  }

  private static int bin(int rank, int bins, int l) {
    return (int) ((long) rank * bins / (l + 1));
  }

  /**
   * @return ranks[j][i] = #{ℓ : x̂ᵢₗⱼ &lt; x*ᵢⱼ} plus a uniform share of the ties, shape [d][m]
   */
  static int[][] ranks(PosteriorEvidence evidence, Rng rng) {
    int m = evidence.cases();
    int d = evidence.dimension();
    int[][] ranks = new int[d][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < d; j++) {
        double truth = evidence.truth(i, j);
        int less = 0;
        int ties = 0;
        for (double v : evidence.column(i, j)) {
          if (v < truth) {
            less++;
          } else if (v == truth) {
            ties++;
          }
        }
        ranks[j][i] = ties == 0 ? less : less + rng.nextInt(ties + 1);
      }
    }
    return ranks;
  }
}
