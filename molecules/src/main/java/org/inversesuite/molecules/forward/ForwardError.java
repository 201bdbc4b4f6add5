package org.inversesuite.molecules.forward;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * The error of the forward direction on held-out molecules: a {@link SymbolCountRegressor}
 * fitted on the training molecules, scored on the others by
 * MAE = mean |ŷ − y|, RMSE = √mean (ŷ − y)², Pearson's r and the coefficient of determination
 * R² = 1 − Σ(ŷ − y)² / Σ(y − ȳ)² (held out, and on the training molecules it was fitted on), and the
 * share of held-out molecules with |ŷ − y| ≤ 0.5: what a generator whose every design the regression
 * scores exactly at the target would put within ±0.5, if its designs were like held-out molecules.
 *
 * @param molecules held-out molecules scored
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param correlation Pearson correlation of ŷ and y
 * @param rSquared R² on the held-out molecules
 * @param trainingRSquared R² on the training molecules
 * @param withinHalf share of held-out molecules with |ŷ − y| ≤ 0.5
 */
public record ForwardError(int molecules, double mae, double rmse, double correlation, double rSquared,
    double trainingRSquared, double withinHalf) {
  /** Ridge penalty of the regressor. */
  public static final double LAMBDA = 1.0;

  /**
   * @param alphabet the model's symbols
   * @param training molecules the regressor is fitted on
   * @param heldOut molecules it is scored on (NaN metrics if empty)
   */
  public static ForwardError of(SelfiesAlphabet alphabet, List<Example> training, List<Example> heldOut) {
    return of(SymbolCountRegressor.fit(alphabet, training, LAMBDA)::predict, training, heldOut);
  }

  /**
   * @param regressor a predictor already fitted on {@code training} (SELFIES symbols → logP)
   * @param training molecules it was fitted on
   * @param heldOut molecules it is scored on (NaN metrics if empty)
   */
  public static ForwardError of(ToDoubleFunction<List<String>> regressor, List<Example> training, List<Example> heldOut) {
    int n = heldOut.size();
    double trainingR2 = rSquared(regressor, training);
    if (n == 0) {
      return new ForwardError(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, trainingR2, Double.NaN);
    }
    double[] p = new double[n];
    double[] y = new double[n];
    double abs = 0;
    double sq = 0;
    int within = 0;
    for (int i = 0; i < n; i++) {
      p[i] = regressor.applyAsDouble(heldOut.get(i).selfies());
      y[i] = heldOut.get(i).logP();
      abs += Math.abs(p[i] - y[i]);
      sq += (p[i] - y[i]) * (p[i] - y[i]);
      within += Math.abs(p[i] - y[i]) <= 0.5 ? 1 : 0;
    }
    return new ForwardError(n, abs / n, Math.sqrt(sq / n), n < 2 ? Double.NaN
        : new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(p, y), rSquared(regressor, heldOut),
        trainingR2, within / (double) n);
  }

  private static double rSquared(ToDoubleFunction<List<String>> regressor, List<Example> molecules) {
    double mean = 0;
    for (Example e : molecules) {
      mean += e.logP() / molecules.size();
    }
    double residual = 0;
    double total = 0;
    for (Example e : molecules) {
      double r = regressor.applyAsDouble(e.selfies()) - e.logP();
      residual += r * r;
      total += (e.logP() - mean) * (e.logP() - mean);
    }
    return 1 - residual / total;
  }
}
