package org.inversesuite.molecules.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.junit.jupiter.api.Test;

class SymbolNgramRegressorTest {
  private static final SelfiesAlphabet ALPHABET = SelfiesAlphabet.of(List.of("[C]", "[O]", "[N]"));
  private static final double[] W = {0.5, -0.7, -1.0};

  /** Random strings over C, O, N with y = −0.3 + Σ w(symbol) + 0.8 per C-O-N triple. */
  private static List<Example> tripleData(long seed, int n) {
    Rng rng = new Rng(seed);
    List<Example> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> symbols = new ArrayList<>();
      double y = -0.3;
      int length = 1 + rng.nextInt(12);
      int[] s = new int[length];
      for (int k = 0; k < length; k++) {
        s[k] = rng.nextInt(3);
        symbols.add(ALPHABET.symbols().get(1 + s[k]));
        y += W[s[k]] + (k >= 2 && s[k - 2] == 0 && s[k - 1] == 1 && s[k] == 2 ? 0.8 : 0);
      }
      data.add(new Example("m" + i, i + 1, i + 1, "x" + i, symbols, new double[] {y}));
    }
    return data;
  }

  private static List<String> symbols(int... s) {
    List<String> out = new ArrayList<>();
    for (int a : s) {
      out.add(ALPHABET.symbols().get(1 + a));
    }
    return out;
  }

  @Test
  void triplesRecoverAnExactlyTripleWisePropertyThatPairsCannot() {
    List<Example> data = tripleData(9, 600);
    SymbolNgramRegressor triples = SymbolNgramRegressor.fit(ALPHABET, data, 3, 1e-6);
    SymbolNgramRegressor pairs = SymbolNgramRegressor.fit(ALPHABET, data, 2, 1e-6);
    assertEquals(-0.3 + 0.5 - 0.7 - 1.0 + 0.8, triples.predict(symbols(0, 1, 2)), 1e-4);
    assertEquals(-0.3 + 0.5 - 0.7 - 1.0, triples.predict(symbols(2, 1, 0)), 1e-4);
    assertEquals(-0.3 - 0.7 - 1.0 + 0.5 - 0.7 - 1.0 + 0.8, triples.predict(symbols(1, 2, 0, 1, 2)), 1e-4);
    ForwardError exact = ForwardError.of(triples::predict, data.subList(0, 400), tripleData(10, 200));
    ForwardError approximate = ForwardError.of(pairs::predict, data, tripleData(10, 200));
    assertTrue(exact.rmse() < 1e-3, exact.toString());
    assertTrue(approximate.rmse() > 0.05, "pairs cannot represent the triple: " + approximate);
    assertEquals(3, triples.order());
    assertTrue(triples.ngrams(3).size() <= 27 && triples.ngrams(1).size() == 3);
  }

  @Test
  void conjugateGradientRidgeEqualsTheDenseSolveOfThePairRegressor() {
    List<Example> data = tripleData(11, 300);
    for (double lambda : new double[] {0.1, 3}) {
      SymbolNgramRegressor sparse = SymbolNgramRegressor.fit(ALPHABET, data, 2, lambda);
      SymbolPairRegressor dense = SymbolPairRegressor.fit(ALPHABET, data, lambda);
      for (Example e : tripleData(12, 50)) {
        assertEquals(dense.predict(e.selfies()), sparse.predict(e.selfies()), 1e-7, e.id());
      }
      for (var g : sparse.ngrams(2)) {
        String a = ALPHABET.symbols().get(g.symbols()[0]);
        String b = ALPHABET.symbols().get(g.symbols()[1]);
        assertEquals(dense.pairWeight(a, b), g.weight(), 1e-7, a + b);
      }
    }
  }

  @Test
  void rejectsBadSettings() {
    List<Example> data = tripleData(13, 20);
    assertThrows(IllegalArgumentException.class, () -> SymbolNgramRegressor.fit(ALPHABET, data, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> SymbolNgramRegressor.fit(ALPHABET, data, 3, 0));
    assertThrows(IllegalArgumentException.class, () -> SymbolNgramRegressor.fit(ALPHABET, data.subList(0, 1), 3, 1));
  }
}
