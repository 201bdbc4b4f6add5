package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolPairRegressor;

/**
 * A differentiable logP surrogate on the explicit-length encoding's x = (x_ℓ, x_1, …, x_L)
 * ({@link LengthQuantileRepresentation}) from symbols and adjacent symbol pairs
 * ({@link SymbolPairRegressor}): with the soft cell memberships π_p(a) of column p
 * ({@link SoftSteps#memberships}) and the soft length gates G_p of {@link SoftLengthRidgeLogP},
 * \[ g(x) = b_0 + \sum_{p=1}^{L} G_p \sum_a \pi_p(a)\, w_a
 *    + \sum_{p=1}^{L-1} G_{p+1} \sum_{a,b} \pi_p(a)\, \pi_{p+1}(b)\, W_{ab}, \]
 * the expected pair regression under independent soft symbols. As τ → 0 it is the regression's
 * prediction of the decoded string (a pair counts when both of its positions are read). Immutable.
 */
public final class SoftLengthPairLogP implements SoftLogP {
  private final double intercept;
  private final SoftLengthColumns columns;
  private final double[] symbolWeights;
  private final double[][] pairWeights;

  /**
   * @param representation the cells
   * @param regressor the symbol and pair weights (over the representation's alphabet)
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  public SoftLengthPairLogP(LengthQuantileRepresentation representation, SymbolPairRegressor regressor, double tau) {
    List<String> order = representation.order();
    int m = order.size();
    this.symbolWeights = new double[m];
    this.pairWeights = new double[m][m];
    for (int r = 0; r < m; r++) {
      symbolWeights[r] = regressor.weight(order.get(r));
      for (int s = 0; s < m; s++) {
        pairWeights[r][s] = regressor.pairWeight(order.get(r), order.get(s));
      }
    }
    this.intercept = regressor.intercept();
    this.columns = new SoftLengthColumns(representation, tau);
  }

  /** @return L + 1, the columns of x */
  @Override
  public int dimension() {
    return columns.width() + 1;
  }

  @Override
  public double value(Matrix x, int row, double[] gradient) {
    int width = columns.width();
    int m = symbolWeights.length;
    double[][] pi = new double[width][m];
    double[][] dPi = new double[width][m];
    double[] gate = new double[width];
    double[] dGate = new double[width];
    columns.read(x, row, pi, dPi, gate, dGate);
    double g = intercept;
    double dLength = 0;
    double[] dColumn = new double[width];
    for (int p = 0; p < width; p++) {
      double unigram = 0;
      double dUnigram = 0;
      for (int a = 0; a < m; a++) {
        unigram += pi[p][a] * symbolWeights[a];
        dUnigram += dPi[p][a] * symbolWeights[a];
      }
      g += gate[p] * unigram;
      dLength += dGate[p] * unigram;
      dColumn[p] += gate[p] * dUnigram;
      if (p + 1 < width) {
        // n_a = Σ_b W_ab π_{p+1}(b); the pair term is Σ_a π_p(a) n_a.
        double pair = 0;
        double dHere = 0;
        double dThere = 0;
        for (int a = 0; a < m; a++) {
          double na = 0;
          double dna = 0;
          for (int b = 0; b < m; b++) {
            na += pairWeights[a][b] * pi[p + 1][b];
            dna += pairWeights[a][b] * dPi[p + 1][b];
          }
          pair += pi[p][a] * na;
          dHere += dPi[p][a] * na;
          dThere += pi[p][a] * dna;
        }
        g += gate[p + 1] * pair;
        dLength += dGate[p + 1] * pair;
        dColumn[p] += gate[p + 1] * dHere;
        dColumn[p + 1] += gate[p + 1] * dThere;
      }
    }
    if (gradient != null) {
      gradient[0] = dLength;
      System.arraycopy(dColumn, 0, gradient, 1, width);
    }
    return g;
  }
}
