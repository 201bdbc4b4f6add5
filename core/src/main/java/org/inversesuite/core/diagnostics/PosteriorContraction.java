package org.inversesuite.core.diagnostics;

import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Posterior contraction (Betancourt 2018, "Calibrating model-based inferences and decisions",
 * arXiv:1803.08393; Schad, Betancourt and Vasishth 2021, "Toward a principled Bayesian workflow
 * in cognitive science", Psychological Methods 26(1)): how much of the prior uncertainty the
 * data remove, per case i and parameter j,
 * \[ c_{ij} = 1 - \frac{\widehat{\mathrm{Var}}[x_j \mid y_i]}{\mathrm{Var}_{\text{prior}}[x_j]}, \]
 * with the unbiased sample variance of the posterior samples. 1 means the posterior is a point,
 * 0 that nothing was learned, negative values a posterior wider than the prior. For a Gaussian
 * prior N(0, τ²) and likelihood N(x, σ²) it is the constant τ² / (τ² + σ²). The metric reports
 * the mean over cases per parameter, and the mean of those. Immutable.
 */
public final class PosteriorContraction implements Metric<PosteriorEvidence> {
  private final double[] priorVariance;

  /** @param priorVariance Var_prior[x_j] for each parameter, finite and &gt; 0 */
  public PosteriorContraction(double[] priorVariance) {
    for (int j = 0; j < priorVariance.length; j++) {
      if (!(priorVariance[j] > 0) || !Double.isFinite(priorVariance[j])) {
        throw new IllegalArgumentException("prior variance " + j + " must be finite and > 0, got " + priorVariance[j]);
      }
    }
    this.priorVariance = priorVariance.clone();
  }

  /**
   * Estimates the prior variances from {@code draws} prior samples (unbiased sample variance).
   *
   * @param draws number of prior draws, ≥ 2
   */
  public static PosteriorContraction fromPrior(Prior prior, int draws, Rng rng) {
    if (draws < 2) {
      throw new IllegalArgumentException("at least 2 prior draws are needed, got " + draws);
    }
    Matrix x = prior.sample(draws, rng);
    double[] variance = new double[prior.dimension()];
    double[] column = new double[draws];
    for (int j = 0; j < variance.length; j++) {
      for (int r = 0; r < draws; r++) {
        column[r] = x.get(r, j);
      }
      variance[j] = PosteriorEvidence.variance(column);
    }
    return new PosteriorContraction(variance);
  }

  @Override
  public String name() {
    return "posterior_contraction";
  }

  /**
   * @param evidence at least 2 samples per case
   * @return c_ij for every case and parameter, shape [m, d]
   */
  public Matrix perCase(PosteriorEvidence evidence) {
    if (evidence.dimension() != priorVariance.length) {
      throw new IllegalArgumentException("evidence has " + evidence.dimension() + " parameters, prior variances "
          + priorVariance.length);
    }
    Matrix variance = evidence.posteriorVariances();
    DoubleMatrix out = new DoubleMatrix(variance.rows(), variance.cols());
    for (int i = 0; i < variance.rows(); i++) {
      for (int j = 0; j < variance.cols(); j++) {
        out.set(i, j, 1 - variance.get(i, j) / priorVariance[j]);
      }
    }
    return out;
  }

  /** @return the mean contraction per parameter and overall */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    return MetricResult.averaged(name(), evidence.names(), columnMeans(perCase(evidence)));
  }

  static double[] columnMeans(Matrix m) {
    double[] out = new double[m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        out[j] += m.get(i, j);
      }
    }
    for (int j = 0; j < out.length; j++) {
      out[j] /= m.rows();
    }
    return out;
  }
}
