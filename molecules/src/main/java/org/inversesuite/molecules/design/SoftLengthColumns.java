package org.inversesuite.molecules.design;

import org.inversesuite.core.tensor.Matrix;

/**
 * The soft reading of the explicit-length encoding's x = (x_ℓ, x_1, …, x_L) that the pair and
 * n-gram surrogates share: per column p the soft cell memberships π_p(a) ({@link SoftSteps#memberships})
 * and the soft length gate
 * \[ G_1 = 1, \qquad G_p = \sigma\big((x_\ell - t^\ell_{p-1})/\tau\big), \]
 * with their derivatives (see {@link SoftLengthRidgeLogP} for t^ℓ). Immutable.
 */
final class SoftLengthColumns {
  private final SoftSteps[] columns;
  private final double[] lengthBoundaries;
  private final double tau;
  private final int cells;

  /**
   * @param representation the cells
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  SoftLengthColumns(LengthQuantileRepresentation representation, double tau) {
    double[][] p = representation.probabilities();
    this.cells = representation.order().size();
    this.columns = new SoftSteps[p.length];
    for (int q = 0; q < p.length; q++) {
      columns[q] = new SoftSteps(p[q], new double[cells], tau);
    }
    this.lengthBoundaries = SoftSteps.boundaries(representation.lengthProbabilities());
    this.tau = tau;
  }

  /** @return L, the symbol columns */
  int width() {
    return columns.length;
  }

  /** @return the symbol cells per column */
  int cells() {
    return cells;
  }

  /**
   * Reads one row of x (L + 1 columns).
   *
   * @param pi receives π_p(a), [L][cells]
   * @param dPi receives ∂π_p(a)/∂x_p, [L][cells]
   * @param gate receives G_p, [L]
   * @param dGate receives ∂G_p/∂x_ℓ, [L]
   */
  void read(Matrix x, int row, double[][] pi, double[][] dPi, double[] gate, double[] dGate) {
    int base = row * (columns.length + 1);
    double xl = x.get(base);
    for (int p = 0; p < columns.length; p++) {
      columns[p].memberships(x.get(base + 1 + p), pi[p], dPi[p]);
      gate[p] = p == 0 ? 1 : 1 / (1 + Math.exp(-(xl - lengthBoundaries[p - 1]) / tau));
      dGate[p] = p == 0 ? 0 : gate[p] * (1 - gate[p]) / tau;
    }
  }
}
