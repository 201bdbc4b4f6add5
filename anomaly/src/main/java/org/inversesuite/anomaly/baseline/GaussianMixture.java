package org.inversesuite.anomaly.baseline;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Gaussian mixture with full covariances fitted by expectation maximisation (Dempster, Laird and
 * Rubin 1977) on standardised rows,
 * \[ p(x) = \sum_{k=1}^K \pi_k\,\mathcal N(x; \mu_k, \Sigma_k + \lambda I),\qquad s(x) = -\log p(x), \]
 * with a ridge λ on every covariance (scikit-learn's {@code reg_covar}) so that K components fit
 * fewer rows than dimensions. Means start from k-means++ seeding (Arthur and Vassilvitskii 2007);
 * EM stops when the mean log-likelihood gains less than 1e-6 or after 200 iterations.
 */
public final class GaussianMixture implements OneClassMethod {
  private final int components;
  private final double ridge;

  /** @param components K; @param ridge λ > 0 */
  public GaussianMixture(int components, double ridge) {
    if (components < 1 || !(ridge > 0)) {
      throw new IllegalArgumentException("need components >= 1 and ridge > 0, got " + components + ", " + ridge);
    }
    this.components = components;
    this.ridge = ridge;
  }

  @Override
  public String name() {
    return "GMM";
  }

  /** One component: weight, mean, Cholesky factor L of Σ + λI, and log|Σ + λI|. */
  private record Component(double logWeight, double[] mean, double[][] cholesky, double logDet) {
    double logDensity(double[] x) {
      int d = mean.length;
      double[] y = new double[d];
      double quad = 0;
      for (int i = 0; i < d; i++) {
        double s = x[i] - mean[i];
        for (int j = 0; j < i; j++) {
          s -= cholesky[i][j] * y[j];
        }
        y[i] = s / cholesky[i][i];
        quad += y[i] * y[i];
      }
      return -0.5 * (quad + logDet + d * Math.log(2 * Math.PI));
    }
  }

  @Override
  public AnomalyScorer fit(Matrix normal, long seed) {
    Standardization st = Standardization.fit(normal);
    double[][] x = Standardized.apply(st, normal);
    int n = x.length;
    int k = Math.min(components, n);
    double[][] resp = initialResponsibilities(x, k, new Rng(seed));
    Component[] model = mStep(x, resp);
    double previous = Double.NEGATIVE_INFINITY;
    for (int it = 0; it < 200; it++) {
      double ll = eStep(x, model, resp);
      model = mStep(x, resp);
      if (ll - previous < 1e-6) {
        break;
      }
      previous = ll;
    }
    Component[] fitted = model;
    return m -> {
      double[][] rows = Standardized.apply(st, m);
      double[] out = new double[rows.length];
      double[] terms = new double[fitted.length];
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < fitted.length; c++) {
          terms[c] = fitted[c].logWeight() + fitted[c].logDensity(rows[r]);
        }
        out[r] = -Standardized.logSumExp(terms);
      }
      return out;
    };
  }

  /** k-means++ centres, then each row assigned to its nearest centre. */
  private static double[][] initialResponsibilities(double[][] x, int k, Rng rng) {
    int n = x.length;
    double[][] centres = new double[k][];
    centres[0] = x[rng.nextInt(n)];
    double[] dist = new double[n];
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c; j++) {
          best = Math.min(best, Standardized.squaredDistance(x[i], centres[j]));
        }
        dist[i] = best;
        total += best;
      }
      double u = rng.uniform() * total;
      int pick = 0;
      while (pick < n - 1 && (u -= dist[pick]) > 0) {
        pick++;
      }
      centres[c] = x[pick];
    }
    double[][] resp = new double[n][k];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (Standardized.squaredDistance(x[i], centres[c]) < Standardized.squaredDistance(x[i], centres[best])) {
          best = c;
        }
      }
      resp[i][best] = 1;
    }
    return resp;
  }

  private Component[] mStep(double[][] x, double[][] resp) {
    int n = x.length;
    int d = x[0].length;
    int k = resp[0].length;
    Component[] out = new Component[k];
    for (int c = 0; c < k; c++) {
      double nk = 1e-10;
      double[] mean = new double[d];
      for (int i = 0; i < n; i++) {
        nk += resp[i][c];
        for (int j = 0; j < d; j++) {
          mean[j] += resp[i][c] * x[i][j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= nk;
      }
      double[][] cov = new double[d][d];
      for (int i = 0; i < n; i++) {
        double w = resp[i][c] / nk;
        if (w == 0) {
          continue;
        }
        for (int a = 0; a < d; a++) {
          double da = x[i][a] - mean[a];
          for (int b = 0; b <= a; b++) {
            cov[a][b] += w * da * (x[i][b] - mean[b]);
          }
        }
      }
      for (int a = 0; a < d; a++) {
        cov[a][a] += ridge;
        for (int b = 0; b < a; b++) {
          cov[b][a] = cov[a][b];
        }
      }
      RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(cov, false), 1e-12, 1e-300).getL();
      double[][] lower = l.getData();
      double logDet = 0;
      for (int a = 0; a < d; a++) {
        logDet += 2 * Math.log(lower[a][a]);
      }
      out[c] = new Component(Math.log(nk / n), mean, lower, logDet);
    }
    return out;
  }

  /** Fills the responsibilities; @return the mean log-likelihood */
  private static double eStep(double[][] x, Component[] model, double[][] resp) {
    double total = 0;
    double[] terms = new double[model.length];
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < model.length; c++) {
        terms[c] = model[c].logWeight() + model[c].logDensity(x[i]);
      }
      double lse = Standardized.logSumExp(terms);
      for (int c = 0; c < model.length; c++) {
        resp[i][c] = Math.exp(terms[c] - lse);
      }
      total += lse;
    }
    return total / x.length;
  }
}
