package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class LogPBalanceTest {
  private static Example molecule(int carbons, double logP) {
    return new Example("m" + logP, 1, 1, "C", Collections.nCopies(carbons, "[C]"), new double[] {logP});
  }

  /** 90 molecules at logP 0.1, 9 at 2.1 and 1 at 4.1: three bins holding 90, 9 and 1. */
  private static List<Example> skewed() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      out.add(i < 90 ? molecule(1, 0.1) : i < 99 ? molecule(2, 2.1) : molecule(3, 4.1));
    }
    return out;
  }

  @Test
  void fullBalanceGivesEveryOccupiedBinTheSameTotalWeight() {
    double[] w = new LogPBalance(1, 0.5).weights(skewed());
    double[] perBin = new double[3];
    for (int i = 0; i < w.length; i++) {
      perBin[i < 90 ? 0 : i < 99 ? 1 : 2] += w[i];
    }
    assertEquals(100.0 / 3, perBin[0], 1e-9);
    assertEquals(100.0 / 3, perBin[1], 1e-9);
    assertEquals(100.0 / 3, perBin[2], 1e-9);
  }

  @Test
  void zeroExponentKeepsTheDataFrequencies() {
    for (double v : new LogPBalance(0, 0.5).weights(skewed())) {
      assertEquals(1.0, v, 1e-12);
    }
  }

  @Test
  void theWeightedSamplerDrawsTheBinsInProportionToTheirWeight() {
    List<Example> data = skewed();
    SelfiesRepresentation representation = OneHotRepresentation.fit(new MoleculeSet("skewed", Condition.LOGP, data, List.of()),
        1.0, 0.9);
    List<List<List<String>>> strings = data.stream().map(e -> List.of(e.selfies())).toList();
    MoleculeSampler sampler = new MoleculeSampler(representation, data, strings, new LogPBalance(1, 0.5).weights(data));
    Batch b = sampler.simulate(30_000, new Rng(4));
    int rare = 0;
    for (int r = 0; r < b.y().rows(); r++) {
      rare += b.y().get(r) > 4 ? 1 : 0;
    }
    // one molecule in 100 is at 4.1; balanced it is drawn a third of the time (binomial sd 0.0027)
    assertEquals(1.0 / 3, rare / 30_000.0, 0.015);
    MoleculeSampler plain = new MoleculeSampler(representation, data);
    Batch u = plain.simulate(30_000, new Rng(4));
    int rarePlain = 0;
    for (int r = 0; r < u.y().rows(); r++) {
      rarePlain += u.y().get(r) > 4 ? 1 : 0;
    }
    assertTrue(rarePlain < 600, "unweighted draws keep the 1 % frequency, got " + rarePlain);
  }

  @Test
  void badSettingsAndWeightsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LogPBalance(1.5, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new LogPBalance(Double.NaN, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new LogPBalance(1, 0));
    List<Example> data = skewed();
    SelfiesRepresentation representation = OneHotRepresentation.fit(new MoleculeSet("skewed", Condition.LOGP, data, List.of()),
        1.0, 0.9);
    List<List<List<String>>> strings = data.stream().map(e -> List.of(e.selfies())).toList();
    assertThrows(IllegalArgumentException.class, () -> new MoleculeSampler(representation, data, strings, new double[3]));
    assertThrows(IllegalArgumentException.class, () -> new MoleculeSampler(representation, data, strings, new double[100]));
  }
}
