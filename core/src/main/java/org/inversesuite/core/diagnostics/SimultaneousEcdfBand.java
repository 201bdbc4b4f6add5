package org.inversesuite.core.diagnostics;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Simultaneous 1 − α confidence band for the ECDF of N values that are uniform under the null
 * hypothesis (Säilynoja, Bürkner and Vehtari 2022, "Graphical test for discrete uniformity and
 * its applications in goodness-of-fit evaluation and multiple sample comparison", Statistics and
 * Computing 32:32, arXiv:2103.10522), computed by their <em>optimisation</em> method: exactly,
 * with no simulation and no seed.
 *
 * <p>At evaluation points 0 &lt; z₁ &lt; … &lt; z_K &lt; 1 the scaled ECDF Cᵢ = N F̂(zᵢ) of N
 * independent uniforms is Binomial(N, zᵢ), and its increments are Markov:
 * \[ C_i - C_{i-1} \mid C_{i-1} = k \;\sim\; \mathrm{Bin}\!\left(N - k,\ \tfrac{z_i - z_{i-1}}{1 - z_{i-1}}\right). \]
 * For a pointwise level γ the band is
 * \[ \ell_i(\gamma) = \mathrm{Bin}^{-1}(\gamma/2;\,N, z_i), \qquad u_i(\gamma) = \mathrm{Bin}^{-1}(1 - \gamma/2;\,N, z_i) \]
 * (Bin⁻¹(q) the smallest k with P(C ≤ k) ≥ q), and the probability that the whole ECDF stays in
 * it, P(ℓᵢ ≤ Cᵢ ≤ uᵢ ∀ i), follows exactly from the recursion above restricted to the band.
 * The adjusted level γ is the largest value (found by bisection on log γ) whose band keeps that
 * probability ≥ 1 − α; because C is discrete the achieved {@link #coverage()} is ≥ 1 − α.
 *
 * <p>The same holds for discrete uniform ranks r ∈ {0, …, L} when every zᵢ lies on the grid
 * j/(L + 1) and Cᵢ counts the ranks r &lt; zᵢ (L + 1), which is how
 * {@link SimulationBasedCalibration} uses it. Immutable.
 */
public final class SimultaneousEcdfBand {
  private static final int BISECTION_STEPS = 30;
  private static final double SMALLEST_GAMMA = 1e-14;

  private final int n;
  private final double[] z;
  private final double alpha;
  private final double gamma;
  private final int[] lower;
  private final int[] upper;
  private final double coverage;

  private SimultaneousEcdfBand(int n, double[] z, double alpha, double gamma, int[][] band, double coverage) {
    this.n = n;
    this.z = z;
    this.alpha = alpha;
    this.gamma = gamma;
    this.lower = band[0];
    this.upper = band[1];
    this.coverage = coverage;
  }

  /**
   * @param n number of values N ≥ 1
   * @param z evaluation points, strictly increasing in (0, 1), at least one
   * @param alpha the simultaneous level, in (0, 1)
   * @return the band with the largest pointwise level γ ≤ α whose joint coverage is ≥ 1 − α
   */
  public static SimultaneousEcdfBand uniform(int n, double[] z, double alpha) {
    if (n < 1) {
      throw new IllegalArgumentException("number of values must be >= 1, got " + n);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    if (z.length == 0) {
      throw new IllegalArgumentException("at least one evaluation point is needed, got 0");
    }
    for (int i = 0; i < z.length; i++) {
      if (!(z[i] > (i == 0 ? 0 : z[i - 1])) || !(z[i] < 1)) {
        throw new IllegalArgumentException("evaluation points must increase strictly within (0, 1), got z[" + i
            + "] = " + z[i] + (i > 0 ? " after " + z[i - 1] : ""));
      }
    }
    double[] points = z.clone();
    double[] logFactorials = logFactorials(n);
    int[][] band = pointwise(n, points, alpha);
    double cov = interiorProbability(n, points, band[0], band[1], logFactorials);
    if (cov >= 1 - alpha) {
      return new SimultaneousEcdfBand(n, points, alpha, alpha, band, cov);
    }
    double good = Math.log(SMALLEST_GAMMA);
    double bad = Math.log(alpha);
    for (int step = 0; step < BISECTION_STEPS; step++) {
      double mid = 0.5 * (good + bad);
      int[][] b = pointwise(n, points, Math.exp(mid));
      if (interiorProbability(n, points, b[0], b[1], logFactorials) >= 1 - alpha) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    double g = Math.exp(good);
    band = pointwise(n, points, g);
    cov = interiorProbability(n, points, band[0], band[1], logFactorials);
    return new SimultaneousEcdfBand(n, points, alpha, g, band, cov);
  }

  /** @return {lower counts, upper counts} of the pointwise band at level γ */
  private static int[][] pointwise(int n, double[] z, double gamma) {
    int[][] band = new int[2][z.length];
    for (int i = 0; i < z.length; i++) {
      BinomialDistribution c = new BinomialDistribution(null, n, z[i]);
      band[0][i] = c.inverseCumulativeProbability(gamma / 2);
      band[1][i] = c.inverseCumulativeProbability(1 - gamma / 2);
    }
    return band;
  }

  /**
   * P(lo_i ≤ C_i ≤ hi_i for all i) for the scaled ECDF C of n uniforms, by the forward recursion
   * over the Markov increments; only states inside the band are carried.
   */
  static double interiorProbability(int n, double[] z, int[] lo, int[] hi) {
    return interiorProbability(n, z, lo, hi, logFactorials(n));
  }

  private static double interiorProbability(int n, double[] z, int[] lo, int[] hi, double[] logFactorials) {
    double[] previous = {1.0};
    int previousLow = 0;
    double zPrevious = 0;
    double[] row = new double[n + 1];
    for (int i = 0; i < z.length; i++) {
      int low = Math.max(lo[i], 0);
      int high = Math.min(hi[i], n);
      if (high < low) {
        return 0;
      }
      double p = (z[i] - zPrevious) / (1 - zPrevious);
      double[] current = new double[high - low + 1];
      for (int s = 0; s < previous.length; s++) {
        double w = previous[s];
        int k = previousLow + s;
        int from = Math.max(low - k, 0);
        int to = Math.min(high - k, n - k);
        if (w == 0 || to < from) {
          continue;
        }
        binomialRow(n - k, p, from, to, logFactorials, row);
        for (int j = from; j <= to; j++) {
          current[k + j - low] += w * row[j];
        }
      }
      previous = current;
      previousLow = low;
      zPrevious = z[i];
    }
    double total = 0;
    for (double v : previous) {
      total += v;
    }
    return total;
  }

  /**
   * Fills out[j] = Bin(j; m, p) for j in [from, to]: one exp at the mode clamped into the range
   * (the largest term there, so nothing that matters underflows), then ratio recurrences.
   */
  private static void binomialRow(int m, double p, int from, int to, double[] logFactorials, double[] out) {
    int start = Math.min(Math.max((int) Math.floor((m + 1) * p), from), to);
    double logP = Math.log(p);
    double logQ = Math.log1p(-p);
    out[start] = Math.exp(logFactorials[m] - logFactorials[start] - logFactorials[m - start]
        + start * logP + (m - start) * logQ);
    double odds = p / (1 - p);
    for (int j = start; j < to; j++) {
      out[j + 1] = out[j] * (m - j) / (j + 1) * odds;
    }
    for (int j = start; j > from; j--) {
      out[j - 1] = out[j] * j / (m - j + 1) / odds;
    }
  }

  private static double[] logFactorials(int n) {
    double[] lf = new double[n + 1];
    for (int k = 2; k <= n; k++) {
      lf[k] = lf[k - 1] + Math.log(k);
    }
    return lf;
  }

  /**
   * @param counts Cᵢ = N F̂(zᵢ), one per evaluation point
   * @return whether ℓᵢ ≤ Cᵢ ≤ uᵢ at every evaluation point
   */
  public boolean contains(int[] counts) {
    if (counts.length != z.length) {
      throw new IllegalArgumentException("expected " + z.length + " ECDF counts, got " + counts.length);
    }
    for (int i = 0; i < z.length; i++) {
      if (counts[i] < lower[i] || counts[i] > upper[i]) {
        return false;
      }
    }
    return true;
  }

  /** @return N */
  public int n() {
    return n;
  }

  /** @return the evaluation points zᵢ (a copy) */
  public double[] evaluationPoints() {
    return z.clone();
  }

  /** @return α, the simultaneous level asked for */
  public double alpha() {
    return alpha;
  }

  /** @return γ, the adjusted pointwise level of the band */
  public double gamma() {
    return gamma;
  }

  /** @return the exact probability, under uniformity, that the ECDF stays inside (≥ 1 − α) */
  public double coverage() {
    return coverage;
  }

  /** @return ℓᵢ, the lowest allowed counts (a copy) */
  public int[] lowerCounts() {
    return lower.clone();
  }

  /** @return uᵢ, the highest allowed counts (a copy) */
  public int[] upperCounts() {
    return upper.clone();
  }

  /** @return ℓᵢ / N, the lower band of the ECDF */
  public double[] lowerEcdf() {
    return scaled(lower);
  }

  /** @return uᵢ / N, the upper band of the ECDF */
  public double[] upperEcdf() {
    return scaled(upper);
  }

  private double[] scaled(int[] counts) {
    double[] out = new double[counts.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = counts[i] / (double) n;
    }
    return out;
  }
}
