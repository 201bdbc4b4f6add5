package org.inversesuite.core.diagnostics;

import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Posterior z-score (Betancourt 2018, arXiv:1803.08393; Schad, Betancourt and Vasishth 2021,
 * Psychological Methods 26(1)): the error of the posterior mean in posterior standard deviations,
 * \[ z_{ij} = \frac{\bar x_{ij} - x^*_{ij}}{\hat\sigma_{ij}}, \]
 * with x̄ and σ̂ the sample mean and (unbiased) standard deviation of the posterior samples. For an
 * exact Gaussian posterior z ~ N(0, 1) over cases: mean 0 and {@link #rootMeanSquare root mean
 * square} 1. A bias shows in the mean, over-confidence (σ̂ too small) in a root mean square above
 * 1, under-confidence in one below 1. Immutable.
 */
public final class PosteriorZScore implements Metric<PosteriorEvidence> {
  @Override
  public String name() {
    return "posterior_z_score";
  }

  /**
   * @param evidence at least 2 samples per case, none with zero spread
   * @return z_ij for every case and parameter, shape [m, d]
   */
  public Matrix perCase(PosteriorEvidence evidence) {
    Matrix mean = evidence.posteriorMeans();
    Matrix variance = evidence.posteriorVariances();
    DoubleMatrix out = new DoubleMatrix(mean.rows(), mean.cols());
    for (int i = 0; i < mean.rows(); i++) {
      for (int j = 0; j < mean.cols(); j++) {
        if (!(variance.get(i, j) > 0)) {
          throw new IllegalArgumentException("posterior samples of case " + i + ", parameter " + j
              + " have zero spread, so their z-score is undefined");
        }
        out.set(i, j, (mean.get(i, j) - evidence.truth(i, j)) / Math.sqrt(variance.get(i, j)));
      }
    }
    return out;
  }

  /** @return the mean z per parameter (0 for an unbiased posterior) and their mean */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    return MetricResult.averaged(name(), evidence.names(), PosteriorContraction.columnMeans(perCase(evidence)));
  }

  /** @return "posterior_z_score_rms": √(mean z²) per parameter (1 when calibrated) and their mean */
  public MetricResult rootMeanSquare(PosteriorEvidence evidence) {
    Matrix z = perCase(evidence);
    double[] rms = new double[z.cols()];
    for (int i = 0; i < z.rows(); i++) {
      for (int j = 0; j < z.cols(); j++) {
        rms[j] += z.get(i, j) * z.get(i, j);
      }
    }
    for (int j = 0; j < rms.length; j++) {
      rms[j] = Math.sqrt(rms[j] / z.rows());
    }
    return MetricResult.averaged(name() + "_rms", evidence.names(), rms);
  }
}
