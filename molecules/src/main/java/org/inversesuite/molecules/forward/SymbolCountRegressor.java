package org.inversesuite.molecules.forward;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/**
 * The forward direction on the model's representation: logP predicted from the one-hot SELFIES
 * rows pooled over positions, i.e. from the symbol counts n_k, by ridge regression
 * \[ \hat y = b + \sum_k w_k n_k, \qquad
 *    w = (N_c^\top N_c + \lambda I)^{-1} N_c^\top (y - \bar y), \quad b = \bar y - \bar n^\top w, \]
 * with N_c the centred counts (the intercept is not penalised; Hoerl and Kennard 1970). Since
 * Wildman–Crippen logP is a sum of atom contributions, the atom symbols' weights play the role
 * of averaged contributions; what counts cannot see (aromaticity, neighbours) is the error.
 * Immutable.
 */
public final class SymbolCountRegressor {
  private final SelfiesAlphabet alphabet;
  private final double[] weights;
  private final double intercept;

  private SymbolCountRegressor(SelfiesAlphabet alphabet, double[] weights, double intercept) {
    this.alphabet = alphabet;
    this.weights = weights;
    this.intercept = intercept;
  }

  /**
   * @param alphabet the symbols (their counts are the features; unknown symbols are ignored)
   * @param training molecules with logP
   * @param lambda the ridge penalty, positive
   */
  public static SymbolCountRegressor fit(SelfiesAlphabet alphabet, List<Example> training, double lambda) {
    if (training.size() < 2) {
      throw new IllegalArgumentException("the regressor needs at least 2 molecules, got " + training.size());
    }
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("lambda must be positive, got " + lambda);
    }
    int k = alphabet.size();
    int n = training.size();
    double[][] counts = new double[n][];
    double[] mean = new double[k];
    double yMean = 0;
    for (int i = 0; i < n; i++) {
      counts[i] = counts(alphabet, training.get(i).selfies());
      for (int j = 0; j < k; j++) {
        mean[j] += counts[i][j] / n;
      }
      yMean += training.get(i).logP() / n;
    }
    RealMatrix gram = new Array2DRowRealMatrix(k, k);
    RealVector rhs = new ArrayRealVector(k);
    for (int i = 0; i < n; i++) {
      double dy = training.get(i).logP() - yMean;
      for (int a = 0; a < k; a++) {
        double ca = counts[i][a] - mean[a];
        rhs.addToEntry(a, ca * dy);
        for (int b = 0; b < k; b++) {
          gram.addToEntry(a, b, ca * (counts[i][b] - mean[b]));
        }
      }
    }
    for (int a = 0; a < k; a++) {
      gram.addToEntry(a, a, lambda);
    }
    double[] w = new CholeskyDecomposition(gram).getSolver().solve(rhs).toArray();
    double b = yMean;
    for (int a = 0; a < k; a++) {
      b -= mean[a] * w[a];
    }
    return new SymbolCountRegressor(alphabet, w, b);
  }

  private static double[] counts(SelfiesAlphabet alphabet, List<String> symbols) {
    double[] c = new double[alphabet.size()];
    for (String s : symbols) {
      if (alphabet.symbols().contains(s)) {
        c[alphabet.indexOf(s)]++;
      }
    }
    return c;
  }

  /** @return the predicted logP of a SELFIES given as symbols */
  public double predict(List<String> symbols) {
    double[] c = counts(alphabet, symbols);
    double y = intercept;
    for (int j = 0; j < c.length; j++) {
      y += weights[j] * c[j];
    }
    return y;
  }

  /** @return b, the prediction of the empty string */
  public double intercept() {
    return intercept;
  }

  /** @return the weight of a symbol's count */
  public double weight(String symbol) {
    return weights[alphabet.indexOf(symbol)];
  }
}
