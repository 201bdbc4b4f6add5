package org.inversesuite.core.baseline;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.inversesuite.core.tensor.Matrix;

/**
 * A full-covariance Gaussian density, the simplest baseline of density estimation:
 * \[ \log \mathcal N(x; \mu, \Sigma) = -\tfrac12\big(d \log 2\pi + \log\det\Sigma
 *    + (x-\mu)^\top \Sigma^{-1} (x-\mu)\big), \]
 * evaluated through the Cholesky factor Σ = L Lᵀ (log det Σ = 2 Σ log L_ii, the quadratic form
 * as ‖L⁻¹(x − μ)‖²). {@link #fit} takes the maximum-likelihood mean and covariance plus a ridge
 * ε·I (stated by the caller) so that a degenerate column does not make Σ singular.
 */
public final class GaussianDensity {
  private final double[] mean;
  private final double[][] lower;
  private final double logNormaliser;

  /**
   * @param mean μ
   * @param covariance Σ, symmetric positive definite
   * @throws IllegalArgumentException if Σ is not positive definite or the shapes disagree
   */
  public GaussianDensity(double[] mean, double[][] covariance) {
    int d = mean.length;
    if (covariance.length != d) {
      throw new IllegalArgumentException("mean has " + d + " entries, covariance " + covariance.length + " rows");
    }
    CholeskyDecomposition chol;
    try {
      chol = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance), 1e-10, 1e-14);
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException("covariance is not positive definite (" + e.getMessage()
          + "); fit with a larger ridge", e);
    }
    this.mean = mean.clone();
    this.lower = chol.getL().getData();
    double logDet = 0;
    for (int i = 0; i < d; i++) {
      logDet += 2 * Math.log(lower[i][i]);
    }
    this.logNormaliser = -0.5 * (d * Math.log(2 * Math.PI) + logDet);
  }

  /**
   * @param x rows of samples, at least 2
   * @param ridge ε ≥ 0 added to the diagonal of the ML covariance
   * @return the Gaussian with the sample mean and (biased, ML) covariance + εI
   */
  public static GaussianDensity fit(Matrix x, double ridge) {
    int n = x.rows();
    if (n < 2) {
      throw new IllegalArgumentException("fitting a Gaussian needs at least 2 rows, got " + n);
    }
    double[][] rows = x.toRows();
    RealMatrix cov = new Covariance(rows, false).getCovarianceMatrix();
    int d = x.cols();
    double[] mean = new double[d];
    for (double[] r : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += r[j] / n;
      }
    }
    double[][] c = cov.getData();
    for (int j = 0; j < d; j++) {
      c[j][j] += ridge;
    }
    return new GaussianDensity(mean, c);
  }

  /** @return d */
  public int dimension() {
    return mean.length;
  }

  /** @return log N(x; μ, Σ) of one point */
  public double logDensity(double[] x) {
    int d = mean.length;
    double[] u = new double[d];
    double quad = 0;
    for (int i = 0; i < d; i++) {
      double s = x[i] - mean[i];
      for (int k = 0; k < i; k++) {
        s -= lower[i][k] * u[k];
      }
      u[i] = s / lower[i][i];
      quad += u[i] * u[i];
    }
    return logNormaliser - 0.5 * quad;
  }

  /** @return log N per row of {@code x} */
  public double[] logDensity(Matrix x) {
    if (x.cols() != mean.length) {
      throw new IllegalArgumentException("x has " + x.cols() + " columns, the Gaussian has dimension " + mean.length);
    }
    double[][] rows = x.toRows();
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = logDensity(rows[r]);
    }
    return out;
  }
}
