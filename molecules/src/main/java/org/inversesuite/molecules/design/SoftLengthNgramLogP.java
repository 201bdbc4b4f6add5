package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.molecules.forward.SymbolNgramRegressor;

/**
 * A differentiable logP surrogate on the explicit-length encoding's x = (x_ℓ, x_1, …, x_L)
 * ({@link LengthQuantileRepresentation}) from contiguous symbol n-grams up to order k
 * ({@link SymbolNgramRegressor}; k = 3 for triples): with the soft cell memberships π_p(a) of
 * column p ({@link SoftSteps#memberships}) and the soft length gates G_p of
 * {@link SoftLengthRidgeLogP},
 * \[ g(x) = b_0 + \sum_{o=1}^{k} \sum_{p=1}^{L-o+1} G_{p+o-1}
 *    \sum_{(a_1 … a_o)} W_{a_1 … a_o} \prod_{j=1}^{o} \pi_{p+j-1}(a_j), \]
 * the expected n-gram regression under independent soft symbols; an n-gram counts when its last
 * position is read. Only the n-grams seen in training have weights, so the sum runs over that
 * sparse list (cost: positions × features per row). As τ → 0, g is the regression's prediction of
 * the decoded string. For k = 2 it equals {@link SoftLengthPairLogP}. Immutable.
 */
public final class SoftLengthNgramLogP implements SoftLogP {
  private final double intercept;
  private final SoftLengthColumns columns;
  private final int cells;
  /** Per order o (index o − 1): the cell indices of each n-gram, flattened o at a time. */
  private final int[][] symbols;
  private final double[][] weights;

  /**
   * @param representation the cells
   * @param regressor the n-gram weights (over the representation's alphabet)
   * @param tau τ, the width of the soft steps in logit units, positive
   */
  public SoftLengthNgramLogP(LengthQuantileRepresentation representation, SymbolNgramRegressor regressor, double tau) {
    List<String> order = representation.order();
    this.cells = order.size();
    int[] cellOf = new int[representation.alphabet().size()];
    java.util.Arrays.fill(cellOf, -1);
    for (int r = 0; r < cells; r++) {
      cellOf[regressor.alphabet().indexOf(order.get(r))] = r;
    }
    int k = regressor.order();
    this.symbols = new int[k][];
    this.weights = new double[k][];
    for (int o = 1; o <= k; o++) {
      List<SymbolNgramRegressor.Ngram> grams = regressor.ngrams(o).stream()
          .filter(g -> java.util.Arrays.stream(g.symbols()).allMatch(a -> cellOf[a] >= 0)).toList();
      symbols[o - 1] = new int[grams.size() * o];
      weights[o - 1] = new double[grams.size()];
      for (int i = 0; i < grams.size(); i++) {
        for (int j = 0; j < o; j++) {
          symbols[o - 1][i * o + j] = cellOf[grams.get(i).symbols()[j]];
        }
        weights[o - 1][i] = grams.get(i).weight();
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
    double[][] pi = new double[width][cells];
    double[][] dPi = new double[width][cells];
    double[] gate = new double[width];
    double[] dGate = new double[width];
    columns.read(x, row, pi, dPi, gate, dGate);
    // acc[p][a] = ∂g/∂π_p(a), without the length gates' own dependence on x_ℓ.
    double[][] acc = new double[width][cells];
    double g = intercept;
    double dLength = 0;
    for (int o = 1; o <= symbols.length; o++) {
      int[] s = symbols[o - 1];
      double[] w = weights[o - 1];
      double[] prefix = new double[o + 1];
      double[] suffix = new double[o + 1];
      for (int p = 0; p + o <= width; p++) {
        int last = p + o - 1;
        for (int i = 0; i < w.length; i++) {
          prefix[0] = 1;
          for (int j = 0; j < o; j++) {
            prefix[j + 1] = prefix[j] * pi[p + j][s[i * o + j]];
          }
          double term = w[i] * prefix[o];
          g += gate[last] * term;
          dLength += dGate[last] * term;
          if (gradient != null) {
            suffix[o] = 1;
            for (int j = o - 1; j >= 0; j--) {
              suffix[j] = suffix[j + 1] * pi[p + j][s[i * o + j]];
            }
            double scale = gate[last] * w[i];
            for (int j = 0; j < o; j++) {
              acc[p + j][s[i * o + j]] += scale * prefix[j] * suffix[j + 1];
            }
          }
        }
      }
    }
    if (gradient != null) {
      gradient[0] = dLength;
      for (int p = 0; p < width; p++) {
        double d = 0;
        for (int a = 0; a < cells; a++) {
          d += dPi[p][a] * acc[p][a];
        }
        gradient[1 + p] = d;
      }
    }
    return g;
  }
}
