package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.RepresentationKind;
import org.inversesuite.molecules.design.TinyDesigns;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.silent.AtomContainer;

class NearestToTargetTest {
  private static DecodedMolecule molecule(int i, double logP) {
    return new DecodedMolecule("[C]" + i, new AtomContainer(), "C" + i, logP, null);
  }

  @Test
  void keepsExactlyTheNNearestAndInvalidOnesLast() {
    Rng rng = new Rng(11);
    for (int trial = 0; trial < 50; trial++) {
      int total = 5 + rng.nextInt(60);
      List<DecodedMolecule> candidates = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        candidates.add(rng.uniform() < 0.1 ? new DecodedMolecule("[nop]" + i, null, null, Double.NaN, "no atoms")
            : molecule(i, 6 * rng.uniform() - 1));
      }
      double target = 4 * rng.uniform();
      int n = rng.nextInt(total + 1);
      List<DecodedMolecule> kept = NearestToTarget.keep(candidates, target, n);
      assertEquals(n, kept.size());
      Set<DecodedMolecule> keptSet = new HashSet<>(kept);
      assertEquals(n, keptSet.size(), "a candidate was kept twice");
      double worstKept = kept.stream().mapToDouble(m -> m.valid() ? Math.abs(m.logP() - target) : Double.POSITIVE_INFINITY)
          .max().orElse(0);
      for (DecodedMolecule m : candidates) {
        if (!keptSet.contains(m)) {
          double d = m.valid() ? Math.abs(m.logP() - target) : Double.POSITIVE_INFINITY;
          assertTrue(d >= worstKept, "left out " + m.smiles() + " at distance " + d + " but kept one at " + worstKept);
        }
      }
      for (int i = 1; i < kept.size(); i++) {
        DecodedMolecule a = kept.get(i - 1);
        DecodedMolecule b = kept.get(i);
        assertTrue(!b.valid() || a.valid() && Math.abs(a.logP() - target) <= Math.abs(b.logP() - target), "not nearest first");
      }
    }
  }

  @Test
  void tiesKeepTheDrawOrder() {
    List<DecodedMolecule> c = List.of(molecule(0, 1.5), molecule(1, 0.5), molecule(2, 1.5), molecule(3, 0.5));
    assertEquals(List.of(c.get(0), c.get(1), c.get(2)), NearestToTarget.keep(c, 1.0, 3));
  }

  @Test
  void badArgumentsAreRefused() {
    List<DecodedMolecule> c = List.of(molecule(0, 1), molecule(1, 2));
    assertThrows(IllegalArgumentException.class, () -> NearestToTarget.keep(c, 1.0, 3));
    assertThrows(IllegalArgumentException.class, () -> NearestToTarget.keep(c, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new NearestToTarget(0));
  }

  @Test
  void reRankedDesignsAreNoFartherThanTheRawDrawsOfTheSameModel() {
    var logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    var trained = DesignTraining.train(TinyDesigns.set(Condition.LOGP), TinyDesigns.config(RepresentationKind.QUANTILE,
        Condition.LOGP), new TrainingListener() {});
    try (MoleculeDesigner designer = trained.designer()) {
      double target = 2.0;
      List<DecodedMolecule> reranked = new NearestToTarget(8).design(designer, new double[] {target}, target, 20, 1.0, new Rng(3),
          SelfiesDecoder.defaults(), logP);
      assertEquals(20, reranked.size());
      List<DecodedMolecule> all = new ArrayList<>();
      for (String s : designer.sample(new double[] {target}, 160, 1.0, new Rng(3))) {
        all.add(DecodedMolecule.decode(s, SelfiesDecoder.defaults(), logP));
      }
      assertEquals(NearestToTarget.keep(all, target, 20).stream().map(DecodedMolecule::selfies).toList(),
          reranked.stream().map(DecodedMolecule::selfies).toList(), "design = keep(k·n draws of the same stream)");
      double rerankedMae = reranked.stream().filter(DecodedMolecule::valid).mapToDouble(m -> Math.abs(m.logP() - target))
          .average().orElseThrow();
      double rawMae = all.subList(0, 20).stream().filter(DecodedMolecule::valid).mapToDouble(m -> Math.abs(m.logP() - target))
          .average().orElseThrow();
      assertTrue(rerankedMae <= rawMae, "re-ranked MAE " + rerankedMae + " > raw " + rawMae);
      List<DecodedMolecule> raw = new NearestToTarget(1).design(designer, new double[] {target}, target, 20, 1.0, new Rng(3),
          SelfiesDecoder.defaults(), logP);
      assertEquals(all.subList(0, 20).stream().map(DecodedMolecule::selfies).toList(),
          raw.stream().map(DecodedMolecule::selfies).toList(), "k = 1 must return the raw draws in draw order");
    }
  }
}
