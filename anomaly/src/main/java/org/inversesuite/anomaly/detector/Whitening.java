package org.inversesuite.anomaly.detector;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Ridge-regularised ZCA whitening in front of the flow: with the column standardisation
 * s = (x − μ)/σ and the covariance C of s on the training rows,
 * \[ w = W s,\qquad W = (C + \lambda I)^{-1/2} = V\,\mathrm{diag}\big((e_i + \lambda)^{-1/2}\big)V^\top, \]
 * \[ \log|\det \partial w/\partial x| = -\sum_j \log\sigma_j - \tfrac12\sum_i \log(e_i + \lambda), \]
 * so that a flow that is the identity models x with a full-covariance Gaussian (the one-component
 * mixture with scikit-learn's {@code reg_covar}), and training only improves on it (Kessy,
 * Lewin and Strimmer 2018, "Optimal whitening and decorrelation").
 *
 * @param mean μ per column
 * @param std σ per column (1 for a constant column)
 * @param matrix W, row-major d × d
 * @param logDet log|det ∂w/∂x|
 */
public record Whitening(double[] mean, double[] std, double[] matrix, double logDet) {
  /** Checks the sizes. */
  public Whitening {
    mean = mean.clone();
    std = std.clone();
    matrix = matrix.clone();
    if (std.length != mean.length || matrix.length != mean.length * mean.length) {
      throw new IllegalArgumentException("whitening of " + mean.length + " columns needs " + mean.length
          + " std values and a " + mean.length + "² matrix, got " + std.length + " and " + matrix.length);
    }
  }

  /** @return the whitening fitted on {@code x} with ridge λ > 0 */
  public static Whitening fit(Matrix x, double ridge) {
    return fit(x, ridge, new double[x.cols()]);
  }

  /**
   * @param addedVariance v_j ≥ 0 of independent noise the rows will carry in column j (1/12 for
   *     uniform dequantisation of an integer column): μ, σ and C are those of x + noise,
   *     σ_j² = var(x_j) + v_j and C_jj gains v_j/σ_j²
   * @return the whitening fitted on {@code x} with ridge λ > 0
   */
  public static Whitening fit(Matrix x, double ridge, double[] addedVariance) {
    if (addedVariance.length != x.cols()) {
      throw new IllegalArgumentException(addedVariance.length + " added variances for " + x.cols() + " columns");
    }
    if (!(ridge > 0)) {
      throw new IllegalArgumentException("ridge must be > 0, got " + ridge);
    }
    int n = x.rows();
    int d = x.cols();
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      for (int r = 0; r < n; r++) {
        mean[j] += x.get(r, j) / n;
      }
      double v = 0;
      for (int r = 0; r < n; r++) {
        v += Math.pow(x.get(r, j) - mean[j], 2);
      }
      double total = v / (n - 1) + addedVariance[j];
      std[j] = total > 0 ? Math.sqrt(total) : 1;
    }
    double[][] cov = new double[d][d];
    for (int r = 0; r < n; r++) {
      for (int a = 0; a < d; a++) {
        double sa = (x.get(r, a) - mean[a]) / std[a];
        for (int b = 0; b <= a; b++) {
          cov[a][b] += sa * (x.get(r, b) - mean[b]) / std[b] / (n - 1);
        }
      }
    }
    for (int a = 0; a < d; a++) {
      cov[a][a] += ridge + addedVariance[a] / (std[a] * std[a]);
      for (int b = 0; b < a; b++) {
        cov[b][a] = cov[a][b];
      }
    }
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
    RealMatrix v = eig.getV();
    double[] e = eig.getRealEigenvalues();
    double[] w = new double[d * d];
    double logDet = 0;
    for (int j = 0; j < d; j++) {
      logDet -= Math.log(std[j]) + 0.5 * Math.log(e[j]);
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        double s = 0;
        for (int i = 0; i < d; i++) {
          s += v.getEntry(a, i) * v.getEntry(b, i) / Math.sqrt(e[i]);
        }
        w[a * d + b] = s;
      }
    }
    return new Whitening(mean, std, w, logDet);
  }

  /** @return the number of columns */
  public int dimension() {
    return mean.length;
  }

  /** @return w = W (x − μ)/σ per row, float64 */
  public Matrix apply(Matrix x) {
    int d = dimension();
    if (x.cols() != d) {
      throw new IllegalArgumentException("whitening expects " + d + " columns, got " + x.cols());
    }
    Matrix out = Matrix.zeros(Precision.FLOAT64, x.rows(), d);
    double[] s = new double[d];
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < d; j++) {
        s[j] = (x.get(r, j) - mean[j]) / std[j];
      }
      for (int a = 0; a < d; a++) {
        double acc = 0;
        for (int b = 0; b < d; b++) {
          acc += matrix[a * d + b] * s[b];
        }
        out.set(r, a, acc);
      }
    }
    return out;
  }
}
