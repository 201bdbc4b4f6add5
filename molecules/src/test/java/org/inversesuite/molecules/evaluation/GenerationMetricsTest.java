package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.inversesuite.molecules.selfies.SelfiesEncoder;
import org.junit.jupiter.api.Test;

class GenerationMetricsTest {
  private static DecodedMolecule decoded(String selfies) {
    return DecodedMolecule.decode(selfies, SelfiesDecoder.defaults(), LogPMethod.WILDMAN_CRIPPEN.newCalculator());
  }

  private static String selfiesOf(String smiles) {
    return SelfiesEncoder.defaults().encode(Fixtures.smiles(smiles));
  }

  @Test
  void countsFollowTheDefinitions() {
    DecodedMolecule ethanol = decoded(selfiesOf("CCO"));
    DecodedMolecule octane = decoded(selfiesOf("CCCCCCCC"));
    DecodedMolecule empty = decoded("[nop]");
    assertFalse(empty.valid());
    List<DecodedMolecule> batch = List.of(ethanol, ethanol, octane, empty);
    double target = octane.logP();
    GenerationMetrics m = GenerationMetrics.of("test", target, batch, Set.of(ethanol.smiles()), 10, new Rng(1));
    assertEquals(0.75, m.validity(), 1e-12);
    assertEquals(2.0 / 3, m.uniqueness(), 1e-12);
    assertEquals(0.5, m.novelty(), 1e-12);
    assertEquals(1.0 / 3, m.withinHalf(), 1e-12);
    assertEquals(2 * Math.abs(ethanol.logP() - target) / 3, m.mae(), 1e-12);
    assertEquals(3, m.logP().length);
    assertEquals(2, m.diversityMolecules());
    assertTrue(m.diversity() > 0 && m.diversity() <= 1, "diversity " + m.diversity());
  }

  @Test
  void identicalMoleculesHaveNoDiversityAndDisjointPrintsFull() {
    var benzene = Fixtures.smiles("c1ccccc1");
    assertEquals(0.0, InternalDiversity.of(List.of(benzene, benzene, benzene)), 1e-12);
    BitSet a = new BitSet();
    a.set(1);
    a.set(2);
    BitSet b = new BitSet();
    b.set(2);
    b.set(3);
    assertEquals(1.0 / 3, InternalDiversity.tanimoto(a, b), 1e-12);
    BitSet c = new BitSet();
    c.set(7);
    assertEquals((2.0 / 3 + 1 + 1) / 3, InternalDiversity.meanDistance(List.of(a, b, c)), 1e-12);
  }

  @Test
  void diversityIsComputedOnASubsampleOfTheStatedSize() {
    List<DecodedMolecule> batch = new ArrayList<>();
    for (String s : List.of("CCO", "CCCO", "CCCCO", "CCCCCO", "c1ccccc1", "CCN", "CCCl", "OCCO")) {
      batch.add(decoded(selfiesOf(s)));
    }
    GenerationMetrics m = GenerationMetrics.of("test", 0, batch, Set.of(), 5, new Rng(1));
    assertEquals(5, m.diversityMolecules());
    assertEquals(1.0, m.novelty(), 1e-12);
  }
}
