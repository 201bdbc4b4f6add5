package org.inversesuite.core.diagnostics;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Tests of Accuracy with Random Points (TARP; Lemos, Coogan, Hezaveh and Perreault-Levasseur
 * 2023, "Sampling-based accuracy testing of posterior estimators for general inference",
 * arXiv:2302.03026): a joint (not marginal) coverage test from samples alone. For case i with a
 * random reference point θʳᵢ, the ball around θʳᵢ through the truth holds the fraction
 * \[ f_i = \frac{1}{s_i} \sum_{\ell=1}^{s_i} \mathbf 1\!\left[\lVert \hat x_{i\ell} - \theta^r_i \rVert < \lVert x^*_i - \theta^r_i \rVert\right] \]
 * of the posterior samples, and the expected coverage probability of the credibility level α is
 * \[ \mathrm{ECP}(\alpha) = \frac1m \sum_{i=1}^m \mathbf 1[f_i < \alpha]. \]
 * An exact posterior gives ECP(α) = α up to Monte Carlo error and a discreteness of at most
 * 1/(sᵢ + 1). The summaries are the area between the curve and the diagonal,
 * ∫₀¹ |ECP(α) − α| dα, its signed version ∫₀¹ (ECP(α) − α) dα, and max |ECP(α) − α|, all by the
 * trapezoidal rule on the grid α = k/K, k = 0..K.
 *
 * <p>Distances are Euclidean after each coordinate is mapped to [0, 1] with the minimum and
 * maximum of the truths (the normalisation option of the authors' code), so that no parameter
 * dominates by its units; the default reference points are uniform on that unit box, drawn with
 * the configured seed, independent of the samples as the test requires. Immutable and
 * deterministic for a seed.
 */
public final class Tarp implements Metric<PosteriorEvidence> {
  private final int resolution;
  private final long seed;

  /**
   * @param resolution number K ≥ 2 of α intervals
   * @param seed seed of the random reference points
   */
  public Tarp(int resolution, long seed) {
    if (resolution < 2) {
      throw new IllegalArgumentException("resolution must be >= 2, got " + resolution);
    }
    this.resolution = resolution;
    this.seed = seed;
  }

  /** @return K = 100, seed 0 */
  public static Tarp defaults() {
    return new Tarp(100, 0L);
  }

  @Override
  public String name() {
    return "tarp_area";
  }

  /** @return ∫ |ECP(α) − α| dα (0 for an exact posterior); TARP is joint, so no per-dimension values */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    return MetricResult.scalar(name(), assess(evidence).absoluteArea());
  }

  /** @return the ECP curve with reference points uniform on the truths' bounding box */
  public TarpResult assess(PosteriorEvidence evidence) {
    Rng rng = new Rng(seed);
    double[][] lowScale = box(evidence);
    DoubleMatrix references = new DoubleMatrix(evidence.cases(), evidence.dimension());
    for (int i = 0; i < evidence.cases(); i++) {
      for (int j = 0; j < evidence.dimension(); j++) {
        references.set(i, j, lowScale[0][j] + lowScale[1][j] * rng.uniform());
      }
    }
    return assess(evidence, references);
  }

  /**
   * @param references one reference point per case in parameter units, shape [m, d]; must not
   *     depend on the truths or the samples
   * @return the ECP curve
   */
  public TarpResult assess(PosteriorEvidence evidence, Matrix references) {
    int m = evidence.cases();
    int d = evidence.dimension();
    if (references.rows() != m || references.cols() != d) {
      throw new IllegalArgumentException("references must have shape [" + m + ", " + d + "], got ["
          + references.rows() + ", " + references.cols() + "]");
    }
    double[] scale = box(evidence)[1];
    double[] fractions = new double[m];
    double[] reference = new double[d];
    double[] truth = new double[d];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < d; j++) {
        reference[j] = references.get(i, j);
        truth[j] = evidence.truth(i, j);
      }
      double radius = distanceSquared(truth, reference, scale);
      int s = evidence.sampleCount(i);
      int inside = 0;
      for (int r = 0; r < s; r++) {
        if (distanceSquared(evidence.sample(i, r), reference, scale) < radius) {
          inside++;
        }
      }
      fractions[i] = inside / (double) s;
    }
    double[] alphas = new double[resolution + 1];
    double[] ecp = new double[resolution + 1];
    for (int k = 0; k <= resolution; k++) {
      alphas[k] = k / (double) resolution;
      int below = 0;
      for (double f : fractions) {
        if (f < alphas[k]) {
          below++;
        }
      }
      ecp[k] = below / (double) m;
    }
    return new TarpResult(alphas, ecp, fractions);
  }

  /** @return {minimum of the truths, range of the truths (1 where it is 0)} per coordinate */
  private static double[][] box(PosteriorEvidence evidence) {
    int d = evidence.dimension();
    double[] low = new double[d];
    double[] range = new double[d];
    for (int j = 0; j < d; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < evidence.cases(); i++) {
        min = Math.min(min, evidence.truth(i, j));
        max = Math.max(max, evidence.truth(i, j));
      }
      low[j] = min;
      range[j] = max > min ? max - min : 1;
    }
    return new double[][] {low, range};
  }

  private static double distanceSquared(double[] a, double[] b, double[] scale) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double diff = (a[j] - b[j]) / scale[j];
      s += diff * diff;
    }
    return s;
  }
}
