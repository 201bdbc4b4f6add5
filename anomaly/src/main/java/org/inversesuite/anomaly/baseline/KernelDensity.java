package org.inversesuite.anomaly.baseline;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.tensor.Matrix;

/**
 * Gaussian kernel density estimate on standardised rows,
 * \[ \hat p(x) = \frac1n \sum_{i=1}^n \mathcal N(x; x_i, h^2 I),\qquad s(x) = -\log \hat p(x), \]
 * with the bandwidth h chosen from a log-spaced grid by maximising the leave-one-out
 * log-likelihood Σᵢ log p̂₋ᵢ(xᵢ) on the training rows (Silverman 1986, ch. 3.4).
 */
public final class KernelDensity implements OneClassMethod {
  private static final int GRID = 25;

  @Override
  public String name() {
    return "KDE";
  }

  @Override
  public AnomalyScorer fit(Matrix normal, long seed) {
    Standardization s = Standardization.fit(normal);
    double[][] train = Standardized.apply(s, normal);
    int n = train.length;
    int d = normal.cols();
    double[][] sq = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sq[i][j] = Standardized.squaredDistance(train[i], train[j]);
        sq[j][i] = sq[i][j];
      }
    }
    double best = Double.NEGATIVE_INFINITY;
    double bestH = 1;
    for (int g = 0; g < GRID; g++) {
      double h = Math.pow(10, -1.5 + 2.5 * g / (GRID - 1));
      double ll = 0;
      double[] terms = new double[n - 1];
      for (int i = 0; i < n; i++) {
        int k = 0;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            terms[k++] = -0.5 * sq[i][j] / (h * h);
          }
        }
        ll += Standardized.logSumExp(terms) - Math.log(n - 1) - d * Math.log(h);
      }
      if (ll > best) {
        best = ll;
        bestH = h;
      }
    }
    double h = bestH;
    double constant = Math.log(n) + d * Math.log(h) + 0.5 * d * Math.log(2 * Math.PI);
    return x -> {
      double[][] rows = Standardized.apply(s, x);
      double[] out = new double[rows.length];
      double[] terms = new double[n];
      for (int r = 0; r < rows.length; r++) {
        for (int i = 0; i < n; i++) {
          terms[i] = -0.5 * Standardized.squaredDistance(rows[r], train[i]) / (h * h);
        }
        out[r] = -(Standardized.logSumExp(terms) - constant);
      }
      return out;
    };
  }
}
