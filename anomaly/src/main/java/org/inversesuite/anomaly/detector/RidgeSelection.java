package org.inversesuite.anomaly.detector;

import java.util.List;
import java.util.Locale;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Chooses the ridge λ of the {@link Whitening} in front of the flows by the cross-fitted
 * (out-of-fold) negative log-likelihood of the whitened Gaussians on the normal rows alone. For a
 * candidate λ and fold k, the Gaussian N(μ_k, diag(σ_k)(C_k + λI)diag(σ_k)) is fitted to the rows
 * outside fold k (the model an untrained flow on w_k represents, see {@link Whitening}) and
 * scores the rows of fold k,
 * \[ -\log p_\lambda(x) = \tfrac12\lVert w\rVert^2 + \tfrac d2\log 2\pi - \log|\det \partial w/\partial x|,\quad
 *    \mathrm{NLL}(\lambda) = \tfrac1n \textstyle\sum_i -\log p_{\lambda,k(i)}(x_i), \]
 * and the λ with the lowest NLL(λ) is kept (ties: the first candidate). λ shrinks the correlation
 * matrix towards the identity: few rows in many dimensions need more, many strongly correlated
 * rows less (cross-validated covariance shrinkage, cf. Ledoit and Wolf 2004, "A well-conditioned
 * estimator for large-dimensional covariance matrices"). It is closed form: no flow is trained,
 * and no anomaly is seen.
 */
final class RidgeSelection {
  private RidgeSelection() {}

  /**
   * The outcome.
   *
   * @param ridge the chosen λ
   * @param candidates the candidates, in order
   * @param nll NLL(λ) per candidate, nats per row
   */
  record Choice(double ridge, List<Double> candidates, double[] nll) {
    /** @return e.g. "λ = 0.1: 17.8350, λ = 0.3: 16.9660" */
    String describe() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < nll.length; i++) {
        b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "λ = %s: %.4f", candidates.get(i), nll[i]));
      }
      return b.toString();
    }
  }

  /**
   * @param x the normal rows (kept columns)
   * @param folds for each fold, the row indices it holds out (together: every row once, or the
   *     single hold-out of a one-member detector)
   * @param addedVariance per column, the variance of the dequantisation noise (0 for continuous
   *     columns), as for {@link Whitening#fit(Matrix, double, double[])}
   * @param candidates the λ > 0 to compare (at least one)
   * @return the candidate with the lowest held-out NLL
   */
  static Choice choose(Matrix x, int[][] folds, double[] addedVariance, List<Double> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no ridge candidate");
    }
    double[] nll = new double[candidates.size()];
    int best = 0;
    for (int c = 0; c < nll.length; c++) {
      nll[c] = heldOutNll(x, folds, addedVariance, candidates.get(c));
      if (nll[c] < nll[best]) {
        best = c;
      }
    }
    return new Choice(candidates.get(best), List.copyOf(candidates), nll);
  }

  /** @return the mean NLL of the held-out rows under the whitened Gaussians fitted without them */
  static double heldOutNll(Matrix x, int[][] folds, double[] addedVariance, double ridge) {
    int d = x.cols();
    double sum = 0;
    int count = 0;
    for (int[] fold : folds) {
      boolean[] out = new boolean[x.rows()];
      for (int i : fold) {
        out[i] = true;
      }
      Matrix train = Matrix.zeros(Precision.FLOAT64, x.rows() - fold.length, d);
      Matrix val = Matrix.zeros(Precision.FLOAT64, fold.length, d);
      for (int r = 0, t = 0, v = 0; r < x.rows(); r++) {
        if (out[r]) {
          val.copyRows(x, r, v++, 1);
        } else {
          train.copyRows(x, r, t++, 1);
        }
      }
      Whitening w = Whitening.fit(train, ridge, addedVariance);
      Matrix z = w.apply(val);
      for (int r = 0; r < z.rows(); r++) {
        double sq = 0;
        for (int j = 0; j < d; j++) {
          sq += z.get(r, j) * z.get(r, j);
        }
        sum += 0.5 * sq + 0.5 * d * Math.log(2 * Math.PI) - w.logDet();
        count++;
      }
    }
    return sum / count;
  }
}
