package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;

class RandomisedSelfiesTest {
  @Test
  void everyRandomOrderWritesTheSameMoleculeAndMostMoleculesGetSeveralStrings() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    SelfiesRepresentation representation = QuantileRepresentation.fit(set, 1.0, 0.9);
    RandomisedSelfies randomiser = new RandomisedSelfies();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    Rng rng = new Rng(7);
    int several = 0;
    for (Example e : set.examples()) {
      List<List<String>> variants = randomiser.variants(e, 10, representation, rng);
      assertEquals(e.selfies(), variants.get(0), "the canonical string comes first");
      assertEquals(variants.size(), new HashSet<>(variants).size(), "variants are distinct");
      for (List<String> s : variants) {
        assertEquals(e.smiles(), CanonicalSmiles.of(decoder.decode(s)), e.id() + ": " + String.join("", s));
        assertTrue(s.size() <= representation.width());
      }
      several += variants.size() > 1 ? 1 : 0;
    }
    assertTrue(several >= set.examples().size() / 2, several + " of " + set.examples().size() + " have several strings");
  }

  @Test
  void theAugmentedSamplerServesEveryStringWithItsMoleculesCondition() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    SelfiesRepresentation representation = QuantileRepresentation.fit(set, 1.0, 0.9);
    Example aspirin = set.examples().stream().filter(e -> e.id().equals("aspirin")).findFirst().orElseThrow();
    List<List<String>> variants = new RandomisedSelfies().variants(aspirin, 20, representation, new Rng(3));
    assertTrue(variants.size() > 2, variants.size() + " strings");
    MoleculeSampler sampler = new MoleculeSampler(representation, List.of(aspirin), List.of(variants));
    assertEquals(variants.size(), sampler.strings());
    Batch b = sampler.simulate(400, new Rng(4));
    var seen = new HashSet<String>();
    for (int r = 0; r < 400; r++) {
      assertEquals(aspirin.logP(), b.y().get(r), 1e-12);
      seen.add(representation.decode(b.x(), r));
    }
    var expected = new HashSet<String>();
    variants.forEach(v -> expected.add(String.join("", v)));
    assertEquals(expected, seen, "every string is served, and only those");
  }
}
