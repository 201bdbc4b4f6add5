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
public final class SoftRidgeLogP {
  private final double intercept;
  private final double lowest;
  private final double[] steps;
  private final double[][] boundaries;
  private final double tau;

  /**
   * @param representation the cells
   * @param regressor the symbol weights (over the representation's alphabet)
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  public SoftRidgeLogP(QuantileRepresentation representation, SymbolCountRegressor regressor, double tau) {
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be positive, got " + tau);
    }
    List<String> order = representation.order();
    SelfiesAlphabet alphabet = representation.alphabet();
    int k = order.size();
    double[] w = new double[k];
    for (int r = 0; r < k; r++) {
      w[r] = alphabet.indexOf(order.get(r)) == 0 ? 0 : regressor.weight(order.get(r));
    }
    this.intercept = regressor.intercept();
    this.lowest = w[0];
    this.steps = new double[k - 1];
    for (int j = 0; j < k - 1; j++) {
      steps[j] = w[j + 1] - w[j];
    }
    double[][] p = representation.probabilities();
    this.boundaries = new double[p.length][k - 1];
    for (int q = 0; q < p.length; q++) {
      double edge = 0;
      for (int j = 0; j < k - 1; j++) {
        edge += p[q][j];
        boundaries[q][j] = Math.log(edge) - Math.log1p(-edge);
      }
    }
    this.tau = tau;
  }

  /** @return L, the columns of x */
  public int dimension() {
    return boundaries.length;
  }

  /**
   * @param x raw encodings, shape [n, L]
   * @param row the row to score
   * @param gradient receives ∂g/∂x of that row (length L), or null
   * @return g(x) of that row
   */
  public double value(Matrix x, int row, double[] gradient) {
    int width = boundaries.length;
    double g = intercept + width * lowest;
    for (int p = 0; p < width; p++) {
      double v = x.get(row * width + p);
      double d = 0;
      for (int j = 0; j < steps.length; j++) {
        double s = 1 / (1 + Math.exp(-(v - boundaries[p][j]) / tau));
        g += steps[j] * s;
        d += steps[j] * s * (1 - s) / tau;
      }
      if (gradient != null) {
        gradient[p] = d;
      }
    }
    return g;
  }
}
