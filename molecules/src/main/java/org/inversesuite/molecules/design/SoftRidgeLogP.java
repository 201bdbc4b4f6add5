package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.core.tensor.Matrix;

/**
 * A differentiable logP predictor on the quantile encoding's continuous x: the ridge symbol-count
 * regression ({@link SymbolCountRegressor}, ŷ = b + Σ_k w_k n_k) with each position's hard cell
 * lookup replaced by logistic steps. With the cells of position p in the order of
 * {@link QuantileRepresentation#order()} (ranks r = 0 … K − 1, boundaries t_{p,j} = logit F_{p,j+1}
 * between ranks j and j + 1) and a width τ in logit units,
 * \[ g(x) = b + \sum_p \Big[ w_{(0)} + \sum_{j=0}^{K-2} \big(w_{(j+1)} - w_{(j)}\big)\,
 *    \sigma\!\big((x_p - t_{p,j})/\tau\big) \Big], \]
 * which telescopes to b + Σ_p w(symbol of x_p) as τ → 0, i.e. the ridge prediction of the decoded
 * row (padding has weight 0). Because the cells are sorted by ridge weight, every step is
 * non-negative and g is increasing in every column. Immutable.
 */
public final class SoftRidgeLogP implements SoftLogP {
  private final double intercept;
  private final SoftSteps[] columns;

  /**
   * @param representation the cells
   * @param regressor the symbol weights (over the representation's alphabet)
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  public SoftRidgeLogP(QuantileRepresentation representation, SymbolCountRegressor regressor, double tau) {
    List<String> order = representation.order();
    SelfiesAlphabet alphabet = representation.alphabet();
    double[] w = new double[order.size()];
    for (int r = 0; r < w.length; r++) {
      w[r] = alphabet.indexOf(order.get(r)) == 0 ? 0 : regressor.weight(order.get(r));
    }
    this.intercept = regressor.intercept();
    double[][] p = representation.probabilities();
    this.columns = new SoftSteps[p.length];
    for (int q = 0; q < p.length; q++) {
      columns[q] = new SoftSteps(p[q], w, tau);
    }
  }

  /** @return L, the columns of x */
  @Override
  public int dimension() {
    return columns.length;
  }

  @Override
  public double value(Matrix x, int row, double[] gradient) {
    int width = columns.length;
    double g = intercept;
    double[] d = new double[1];
    for (int p = 0; p < width; p++) {
      g += columns[p].value(x.get(row * width + p), d);
      if (gradient != null) {
        gradient[p] = d[0];
      }
    }
    return g;
  }
}
