package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolCountRegressor;

/**
 * A differentiable logP predictor on the explicit-length encoding's x = (x_ℓ, x_1, …, x_L)
 * ({@link LengthQuantileRepresentation}): the ridge symbol-count regression of the decoded string,
 * with the hard lookups replaced by logistic steps of width τ. Position p is read only when the
 * length is at least p, so its soft symbol weight s_p(x_p) ({@link SoftSteps} over the K − 1
 * symbol cells, sorted by ridge weight) is gated by the soft probability of that length:
 * \[ g(x) = b + \sum_{p=1}^{L} G_p(x_\ell)\, s_p(x_p), \qquad G_1 = 1, \quad
 *    G_p = \sigma\big((x_\ell - t^\ell_{p-1})/\tau\big), \]
 * with t^ℓ_{p−1} = logit F^ℓ_{p−1} the boundary between the length cells p − 1 and p. As τ → 0,
 * g is b + Σ_{p ≤ ℓ} w(symbol of x_p), the ridge prediction of the decoded row. Immutable.
 */
public final class SoftLengthRidgeLogP implements SoftLogP {
  private final double intercept;
  private final SoftSteps[] columns;
  private final double[] lengthBoundaries;
  private final double tau;

  /**
   * @param representation the cells
   * @param regressor the symbol weights (over the representation's alphabet)
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  public SoftLengthRidgeLogP(LengthQuantileRepresentation representation, SymbolCountRegressor regressor, double tau) {
    List<String> order = representation.order();
    double[] w = new double[order.size()];
    for (int r = 0; r < w.length; r++) {
      w[r] = regressor.weight(order.get(r));
    }
    this.intercept = regressor.intercept();
    double[][] p = representation.probabilities();
    this.columns = new SoftSteps[p.length];
    for (int q = 0; q < p.length; q++) {
      columns[q] = new SoftSteps(p[q], w, tau);
    }
    this.lengthBoundaries = SoftSteps.boundaries(representation.lengthProbabilities());
    this.tau = tau;
  }

  /** @return L + 1, the columns of x */
  @Override
  public int dimension() {
    return columns.length + 1;
  }

  @Override
  public double value(Matrix x, int row, double[] gradient) {
    int d = dimension();
    int base = row * d;
    double xl = x.get(base);
    double g = intercept;
    double dLength = 0;
    double[] ds = new double[1];
    for (int p = 0; p < columns.length; p++) {
      double s = columns[p].value(x.get(base + 1 + p), ds);
      double gate = 1;
      if (p > 0) {
        gate = 1 / (1 + Math.exp(-(xl - lengthBoundaries[p - 1]) / tau));
        dLength += s * gate * (1 - gate) / tau;
      }
      g += gate * s;
      if (gradient != null) {
        gradient[1 + p] = gate * ds[0];
      }
    }
    if (gradient != null) {
      gradient[0] = dLength;
    }
    return g;
  }
}
