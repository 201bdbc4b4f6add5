package org.inversesuite.molecules.forward;

import java.util.List;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * The error of the forward direction on held-out molecules: a {@link SymbolCountRegressor}
 * fitted on the training molecules, scored on the others by
 * MAE = mean |ŷ − y|, RMSE = √mean (ŷ − y)² and Pearson's r.
 *
 * @param molecules held-out molecules scored
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param correlation Pearson correlation of ŷ and y
 */
public record ForwardError(int molecules, double mae, double rmse, double correlation) {
  /** Ridge penalty of the regressor. */
  public static final double LAMBDA = 1.0;

  /**
   * @param alphabet the model's symbols
   * @param training molecules the regressor is fitted on
   * @param heldOut molecules it is scored on (NaN metrics if empty)
   */
  public static ForwardError of(SelfiesAlphabet alphabet, List<Example> training, List<Example> heldOut) {
    SymbolCountRegressor regressor = SymbolCountRegressor.fit(alphabet, training, LAMBDA);
    int n = heldOut.size();
    if (n == 0) {
      return new ForwardError(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] p = new double[n];
    double[] y = new double[n];
    double abs = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      p[i] = regressor.predict(heldOut.get(i).selfies());
      y[i] = heldOut.get(i).logP();
      abs += Math.abs(p[i] - y[i]);
      sq += (p[i] - y[i]) * (p[i] - y[i]);
    }
    return new ForwardError(n, abs / n, Math.sqrt(sq / n), n < 2 ? Double.NaN
        : new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(p, y));
  }
}
