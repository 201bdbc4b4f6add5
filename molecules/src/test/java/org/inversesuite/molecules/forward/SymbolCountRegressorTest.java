package org.inversesuite.molecules.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.junit.jupiter.api.Test;

class SymbolCountRegressorTest {
  @Test
  void recoversTheWeightsOfAnExactlyLinearProperty() {
    SelfiesAlphabet alphabet = SelfiesAlphabet.of(List.of("[C]", "[O]", "[N]", "[Cl]"));
    double[] w = {0.5, -0.7, -1.0, 0.9};
    Rng rng = new Rng(8);
    List<Example> data = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<String> symbols = new ArrayList<>();
      double y = 0.25;
      int n = 1 + rng.nextInt(15);
      for (int k = 0; k < n; k++) {
        int j = rng.nextInt(4);
        symbols.add(alphabet.symbols().get(1 + j));
        y += w[j];
      }
      data.add(new Example("m" + i, i + 1, i + 1, "x" + i, symbols, new double[] {y}));
    }
    SymbolCountRegressor r = SymbolCountRegressor.fit(alphabet, data, 1e-6);
    for (int j = 0; j < 4; j++) {
      assertEquals(w[j], r.weight(alphabet.symbols().get(1 + j)), 1e-4);
    }
    assertEquals(0.25 + w[0] + w[1], r.predict(List.of(alphabet.symbols().get(1), alphabet.symbols().get(2))), 1e-4);
    ForwardError e = ForwardError.of(alphabet, data.subList(0, 200), data.subList(200, 300));
    assertTrue(e.mae() < 0.05 && e.correlation() > 0.99 && e.rSquared() > 0.98 && e.trainingRSquared() > 0.98
        && e.withinHalf() > 0.99, e.toString());
  }

  @Test
  void pairRegressorRecoversAnExactlyPairwiseProperty() {
    SelfiesAlphabet alphabet = SelfiesAlphabet.of(List.of("[C]", "[O]", "[N]"));
    double[] w = {0.5, -0.7, -1.0};
    Rng rng = new Rng(9);
    List<Example> data = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<String> symbols = new ArrayList<>();
      double y = -0.3;
      int n = 1 + rng.nextInt(12);
      int previous = -1;
      for (int k = 0; k < n; k++) {
        int j = rng.nextInt(3);
        symbols.add(alphabet.symbols().get(1 + j));
        y += w[j] + (previous == 0 && j == 1 ? 0.8 : 0);
        previous = j;
      }
      data.add(new Example("m" + i, i + 1, i + 1, "x" + i, symbols, new double[] {y}));
    }
    SymbolPairRegressor r = SymbolPairRegressor.fit(alphabet, data, 1e-6);
    SymbolCountRegressor counts = SymbolCountRegressor.fit(alphabet, data, 1e-6);
    List<String> co = List.of(alphabet.symbols().get(1), alphabet.symbols().get(2));
    List<String> oc = List.of(alphabet.symbols().get(2), alphabet.symbols().get(1));
    assertEquals(-0.3 + 0.5 - 0.7 + 0.8, r.predict(co), 1e-4);
    assertEquals(-0.3 + 0.5 - 0.7, r.predict(oc), 1e-4);
    assertEquals(counts.predict(co), counts.predict(oc), 1e-9, "counts cannot tell the order apart");
  }
}
