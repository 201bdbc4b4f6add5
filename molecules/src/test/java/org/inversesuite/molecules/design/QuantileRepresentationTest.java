package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.junit.jupiter.api.Test;

class QuantileRepresentationTest {
  private static final MoleculeSet SET = TinyDesigns.set(Condition.LOGP);

  private static QuantileRepresentation fit() {
    return QuantileRepresentation.fit(SET, 1.0, 0.9);
  }

  @Test
  void standardLogisticPointsDecodeWithThePositionFrequencies() {
    QuantileRepresentation r = fit();
    int n = 40_000;
    Rng rng = new Rng(17);
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, r.dimension());
    for (int i = 0; i < x.size(); i++) {
      double u = rng.uniform();
      x.set(i, Math.log(u) - Math.log1p(-u));
    }
    int k = r.alphabet().size();
    double[][] freq = new double[r.width()][k];
    for (int i = 0; i < n; i++) {
      int[] t = r.decodeTokens(x, i);
      for (int p = 0; p < t.length; p++) {
        freq[p][t[p]] += 1.0 / n;
      }
    }
    double[][] cells = r.probabilities();
    for (int p = 0; p < r.width(); p += 3) {
      for (int rank = 0; rank < k; rank++) {
        double expected = cells[p][rank];
        double got = freq[p][r.alphabet().indexOf(r.order().get(rank))];
        assertEquals(expected, got, 5 * Math.sqrt(expected * (1 - expected) / n) + 1e-4, "position " + p + ", " + r.order().get(rank));
      }
    }
  }

  @Test
  void cellsFollowTheDataFrequenciesAndTheLogPWeights() {
    QuantileRepresentation r = fit();
    int[] counts = new int[r.alphabet().size()];
    int molecules = SET.withMaxLength(r.width()).size();
    for (Example e : SET.withMaxLength(r.width()).examples()) {
      counts[r.tokens(e.selfies())[0]]++;
    }
    double total = molecules + r.alphabet().size() * QuantileRepresentation.PSEUDO_COUNT;
    for (int rank = 0; rank < r.alphabet().size(); rank++) {
      int symbol = r.alphabet().indexOf(r.order().get(rank));
      assertEquals((counts[symbol] + QuantileRepresentation.PSEUDO_COUNT) / total, r.probabilities()[0][rank], 1e-12);
    }
    SymbolCountRegressor ridge = SymbolCountRegressor.fit(r.alphabet(), SET.examples(), 1.0);
    for (int rank = 1; rank < r.order().size(); rank++) {
      assertTrue(ridge.weight(r.order().get(rank - 1)) <= ridge.weight(r.order().get(rank)), "order at rank " + rank);
    }
  }

  @Test
  void badCellsAreRefused() {
    QuantileRepresentation r = fit();
    double[][] cells = r.probabilities();
    cells[1][2] = 0;
    assertThrows(IllegalArgumentException.class, () -> new QuantileRepresentation(r.alphabet(), r.order(), cells, 0.9));
    double[][] short1 = {new double[r.alphabet().size() - 1]};
    assertThrows(IllegalArgumentException.class, () -> new QuantileRepresentation(r.alphabet(), r.order(), short1, 0.9));
    assertThrows(IllegalArgumentException.class,
        () -> new QuantileRepresentation(r.alphabet(), List.of("[C]"), r.probabilities(), 0.9));
  }
}
