package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.design.TinyDesigns;
import org.inversesuite.molecules.selfies.Selfies;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  private final MoleculeSet set = TinyDesigns.set(Condition.LOGP);

  @Test
  void randomStringsFollowTheTrainingLengths() {
    int[] lengths = {3, 3, 3, 10};
    RandomSelfiesBaseline random = new RandomSelfiesBaseline(set.alphabet(), lengths);
    Map<Integer, Integer> seen = new HashMap<>();
    for (String s : random.sample(4000, new Rng(4))) {
      seen.merge(Selfies.length(s), 1, Integer::sum);
      assertTrue(!s.contains("[nop]"), s);
    }
    assertEquals(2, seen.size(), seen.toString());
    assertEquals(0.75, seen.get(3) / 4000.0, 0.03);
  }

  @Test
  void nearTargetDrawsTrainingMoleculesWithinTheToleranceOrTheNearest() {
    NearTargetBaseline near = new NearTargetBaseline(set.examples());
    Map<String, Double> logP = new HashMap<>();
    for (Example e : set.examples()) {
      logP.put(String.join("", e.selfies()), e.logP());
    }
    double[] sorted = set.logP();
    Arrays.sort(sorted);
    double far = sorted[sorted.length - 1] + 10;
    List<String> farPicks = near.sample(far, 200, new Rng(1));
    for (String s : farPicks) {
      assertTrue(logP.containsKey(s), "not a training molecule: " + s);
    }
    // fewer than MIN_POOL molecules are near anything in a 19-molecule set: the pool is the whole set, nearest first
    assertEquals(Math.min(NearTargetBaseline.MIN_POOL, set.size()), (int) farPicks.stream().distinct().count(), 2);
  }
}
