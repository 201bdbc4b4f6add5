package org.inversesuite.core.diagnostics;

import java.util.Arrays;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Parameter recovery (BayesFlow's {@code recovery} diagnostic; Radev et al. 2020,
 * arXiv:2003.06281): a point estimate x̂ᵢⱼ of each posterior (its mean or median) against the
 * truth x*ᵢⱼ over the m cases, per parameter j:
 * \[ R^2_j = 1 - \frac{\sum_i (\hat x_{ij} - x^*_{ij})^2}{\sum_i (x^*_{ij} - \bar x^*_j)^2}, \qquad
 *    \mathrm{RMSE}_j = \sqrt{\tfrac1m \textstyle\sum_i (\hat x_{ij} - x^*_{ij})^2}, \qquad
 *    \rho_j = \operatorname{corr}_i(\hat x_{ij}, x^*_{ij}) \]
 * (Pearson). For prior N(0, 1) and likelihood N(x, σ²) the posterior mean gives
 * R² = 1/(1 + σ²), RMSE = σ/√(1 + σ²) and ρ = 1/√(1 + σ²). R² and ρ are NaN when the truths (or,
 * for ρ, the estimates) do not vary. The points of the scatter plot are in the
 * {@link RecoveryResult}. Immutable.
 */
public final class Recovery implements Metric<PosteriorEvidence> {
  /** Which point estimate summarises each posterior. */
  public enum PointEstimate {
    /** The sample mean. */
    MEAN,
    /** The sample median (type-7 quantile at 1/2). */
    MEDIAN
  }

  private final PointEstimate estimate;

  /** @param estimate the point estimate of each posterior */
  public Recovery(PointEstimate estimate) {
    this.estimate = estimate;
  }

  @Override
  public String name() {
    return "recovery_r2";
  }

  /** @return R² per parameter and their mean */
  @Override
  public MetricResult evaluate(PosteriorEvidence evidence) {
    return assess(evidence).r2Result(name());
  }

  /** @return the estimates, truths, R², RMSE and correlation per parameter */
  public RecoveryResult assess(PosteriorEvidence evidence) {
    int m = evidence.cases();
    int d = evidence.dimension();
    Matrix estimates = estimate == PointEstimate.MEAN ? evidence.posteriorMeans() : medians(evidence);
    Matrix truths = evidence.truths();
    double[] r2 = new double[d];
    double[] rmse = new double[d];
    double[] correlation = new double[d];
    for (int j = 0; j < d; j++) {
      double meanTruth = 0;
      double meanEstimate = 0;
      for (int i = 0; i < m; i++) {
        meanTruth += truths.get(i, j) / m;
        meanEstimate += estimates.get(i, j) / m;
      }
      double squaredError = 0;
      double truthSpread = 0;
      double estimateSpread = 0;
      double cross = 0;
      for (int i = 0; i < m; i++) {
        double t = truths.get(i, j) - meanTruth;
        double e = estimates.get(i, j) - meanEstimate;
        double err = estimates.get(i, j) - truths.get(i, j);
        squaredError += err * err;
        truthSpread += t * t;
        estimateSpread += e * e;
        cross += t * e;
      }
      r2[j] = truthSpread > 0 ? 1 - squaredError / truthSpread : Double.NaN;
      rmse[j] = Math.sqrt(squaredError / m);
      correlation[j] = truthSpread > 0 && estimateSpread > 0 ? cross / Math.sqrt(truthSpread * estimateSpread)
          : Double.NaN;
    }
    return new RecoveryResult(evidence.names(), estimates, truths, r2, rmse, correlation);
  }

  private static Matrix medians(PosteriorEvidence evidence) {
    DoubleMatrix out = new DoubleMatrix(evidence.cases(), evidence.dimension());
    for (int i = 0; i < evidence.cases(); i++) {
      for (int j = 0; j < evidence.dimension(); j++) {
        double[] column = evidence.column(i, j);
        Arrays.sort(column);
        out.set(i, j, ExpectedCoverage.quantile(column, 0.5));
      }
    }
    return out;
  }
}
