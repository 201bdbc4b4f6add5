package org.inversesuite.molecules.design;

/**
 * One column's soft cell lookup: for cells of widths F_r − F_{r−1} with values v_0 … v_{m−1},
 * \[ s(x) = v_0 + \sum_{j=0}^{m-2} (v_{j+1} - v_j)\, \sigma\big((x - t_j)/\tau\big), \qquad
 *    t_j = \operatorname{logit} F_j, \]
 * which tends to the value of the cell holding σ(x) as τ → 0. Immutable.
 */
final class SoftSteps {
  private final double lowest;
  private final double[] steps;
  private final double[] boundaries;
  private final double tau;

  /**
   * @param widths the m cell widths, summing to 1
   * @param values the m cell values
   * @param tau the width of the steps in logit units, positive
   */
  SoftSteps(double[] widths, double[] values, double tau) {
    if (widths.length != values.length || widths.length < 1) {
      throw new IllegalArgumentException("need as many cell values as widths (>= 1), got " + values.length + " and "
          + widths.length);
    }
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be positive, got " + tau);
    }
    int m = widths.length;
    this.lowest = values[0];
    this.steps = new double[m - 1];
    for (int j = 0; j < m - 1; j++) {
      steps[j] = values[j + 1] - values[j];
    }
    this.boundaries = boundaries(widths);
    this.tau = tau;
  }

  /** @return the m − 1 boundaries t_j = logit(w_0 + … + w_j) between m cells of widths w */
  static double[] boundaries(double[] widths) {
    double[] t = new double[widths.length - 1];
    double edge = 0;
    for (int j = 0; j < t.length; j++) {
      edge += widths[j];
      t[j] = Math.log(edge) - Math.log1p(-edge);
    }
    return t;
  }

  /**
   * The soft cell memberships \( \pi_r(x) = \sigma_{r-1} - \sigma_r \) with
   * σ_j = σ((x − t_j)/τ), σ_{−1} = 1 and σ_{m−1} = 0; they sum to 1, and Σ_r π_r v_r = s(x).
   *
   * @param x the column's value
   * @param membership receives π_r (length m)
   * @param derivative receives dπ_r/dx (length m)
   */
  void memberships(double x, double[] membership, double[] derivative) {
    double above = 1;
    double dAbove = 0;
    for (int j = 0; j <= steps.length; j++) {
      double sig = j == steps.length ? 0 : 1 / (1 + Math.exp(-(x - boundaries[j]) / tau));
      double dSig = sig * (1 - sig) / tau;
      membership[j] = above - sig;
      derivative[j] = dAbove - dSig;
      above = sig;
      dAbove = dSig;
    }
  }

  /** @return m, the number of cells */
  int cells() {
    return steps.length + 1;
  }

  /**
   * @param x the column's value
   * @param derivative receives ds/dx at index 0, or null
   * @return s(x)
   */
  double value(double x, double[] derivative) {
    double s = lowest;
    double d = 0;
    for (int j = 0; j < steps.length; j++) {
      double sig = 1 / (1 + Math.exp(-(x - boundaries[j]) / tau));
      s += steps[j] * sig;
      d += steps[j] * sig * (1 - sig) / tau;
    }
    if (derivative != null) {
      derivative[0] = d;
    }
    return s;
  }
}
