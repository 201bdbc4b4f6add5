package org.inversesuite.molecules.relabel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.ContrastConfig;
import org.inversesuite.molecules.design.DesignConfig;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.LogPCycle;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.MoleculeSampler;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.design.QuantileRepresentation;
import org.inversesuite.molecules.design.RepresentationKind;
import org.inversesuite.molecules.design.SelfiesRepresentation;
import org.inversesuite.molecules.design.TinyDesigns;
import org.inversesuite.molecules.design.TrainingAids;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.logp.WildmanCrippenLogP;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

class RelabelTrainingTest {
  private static final Relabelling ONE_ROUND = new Relabelling(1, 96, 10, 0.5, 1.0, 1.0);

  private static RelabelTraining.Result run(RepresentationKind kind, long seed, Relabelling relabelling) {
    DesignConfig config = TinyDesigns.config(kind, Condition.LOGP);
    config = config.withTraining(config.training().withSeed(seed));
    return RelabelTraining.train(TinyDesigns.set(Condition.LOGP), config, TrainingAids.NONE, relabelling,
        new RelabelTraining.Listener() {});
  }

  private static double[] parameters(MoleculeDesigner d) {
    Matrix v = d.cinn().flow().parameters().values();
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }

  @Test
  void everyPairCarriesTheTrueLogPOfTheMoleculeItsRowDecodesTo() {
    for (RepresentationKind kind : List.of(RepresentationKind.QUANTILE, RepresentationKind.LENGTH_QUANTILE)) {
      RelabelTraining.Result r = run(kind, 1234, ONE_ROUND);
      try (MoleculeDesigner d = r.trained().designer()) {
        SelfiesRepresentation rep = d.representation();
        WildmanCrippenLogP crippen = WildmanCrippenLogP.create();
        Set<String> data = new HashSet<>();
        r.trained().trainingSet().forEach(e -> data.add(e.smiles()));
        r.trained().heldOut().forEach(e -> data.add(e.smiles()));
        Set<String> kept = new HashSet<>();
        assertFalse(r.pool().isEmpty(), kind + ": no pair kept");
        for (Example pair : r.pool()) {
          int[] row = rep.tokens(pair.selfies());
          IAtomContainer molecule = SelfiesDecoder.defaults().decode(rep.alphabet().decode(row));
          assertEquals(CanonicalSmiles.of(molecule), pair.smiles(), kind + " " + pair.id());
          assertEquals(crippen.logP(molecule), pair.logP(), 1e-12, kind + " " + pair.id() + " " + pair.smiles());
          assertFalse(data.contains(pair.smiles()), kind + ": " + pair.smiles() + " is a training molecule");
          assertTrue(kept.add(pair.smiles()), kind + ": " + pair.smiles() + " kept twice");
          Matrix x = Matrix.zeros(Precision.FLOAT64, 1, rep.dimension());
          rep.dequantise(row, new Rng(5), x, 0);
          assertArrayEquals(row, rep.decodeTokens(x, 0), kind + ": the pair's row does not train the flow on itself");
        }
        RelabelledDesigns.Round round = r.rounds().get(0);
        assertEquals(96, round.drawn());
        assertTrue(round.kept() == r.pool().size() && round.kept() <= round.valid() && round.valid() <= round.drawn(),
            round.toString());
      }
    }
  }

  @Test
  void relabellingIsDeterministicForASeedAndTrainsTheFlowFurther() {
    RelabelTraining.Result a = run(RepresentationKind.QUANTILE, 7, ONE_ROUND);
    RelabelTraining.Result b = run(RepresentationKind.QUANTILE, 7, ONE_ROUND);
    RelabelTraining.Result other = run(RepresentationKind.QUANTILE, 8, ONE_ROUND);
    RelabelTraining.Result none = run(RepresentationKind.QUANTILE, 7, Relabelling.NONE);
    try (MoleculeDesigner da = a.trained().designer(); MoleculeDesigner db = b.trained().designer();
        MoleculeDesigner dOther = other.trained().designer(); MoleculeDesigner dNone = none.trained().designer()) {
      assertEquals(summary(a.pool()), summary(b.pool()));
      assertEquals(a.rounds(), b.rounds());
      assertArrayEquals(parameters(da), parameters(db));
      assertFalse(java.util.Arrays.equals(parameters(da), parameters(dOther)), "another seed gave the same model");
      assertFalse(java.util.Arrays.equals(parameters(da), parameters(dNone)), "the round did not train the flow");
      assertTrue(none.pool().isEmpty() && none.rounds().isEmpty());
    }
  }

  private static List<String> summary(List<Example> pool) {
    List<String> out = new ArrayList<>();
    pool.forEach(e -> out.add(e.smiles() + " " + e.logP() + " " + e.selfies()));
    return out;
  }

  @Test
  void theMixedSamplerServesThePoolWithItsShare() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    SelfiesRepresentation rep = QuantileRepresentation.fit(set, 1.0, 0.9);
    List<Example> data = new ArrayList<>();
    List<Example> pool = new ArrayList<>();
    for (Example e : set.examples()) {
      data.add(new Example(e.id(), e.record(), e.line(), e.smiles(), e.selfies(), new double[] {0}));
    }
    Example e = set.examples().get(0);
    pool.add(new Example("p", 1, 0, e.smiles(), e.selfies(), new double[] {1}));
    MoleculeSampler sampler = RelabelTraining.mixed(rep, data, pool, new double[] {1}, 0.3);
    Batch batch = sampler.simulate(20000, new Rng(3));
    double fromPool = 0;
    for (int r = 0; r < batch.size(); r++) {
      fromPool += batch.y().get(r);
    }
    assertEquals(0.3, fromPool / batch.size(), 0.015);
  }

  @Test
  void balancedPoolWeightsDrawEveryClampedBinEquallyOften() {
    List<Example> pool = new ArrayList<>();
    double[] logP = {0.1, 0.2, 0.3, 2.1, 9.0, -5.0};
    for (int i = 0; i < logP.length; i++) {
      pool.add(new Example("p" + i, i + 1, 0, "C", List.of("[C]"), new double[] {logP[i]}));
    }
    double[] w = RelabelTraining.poolWeights(pool, new double[] {-1, 3}, 1.0);
    // bins after clamping to [-1, 3]: [0, 0.5) x3, [2, 2.5) x1, [3, 3.5) x1 (9 -> 3), [-1, -0.5) x1 (-5 -> -1)
    double bin0 = w[0] + w[1] + w[2];
    assertEquals(bin0, w[3], 1e-12);
    assertEquals(bin0, w[4], 1e-12);
    assertEquals(bin0, w[5], 1e-12);
    assertEquals(pool.size(), java.util.Arrays.stream(w).sum(), 1e-9);
    double[] flat = RelabelTraining.poolWeights(pool, new double[] {-1, 3}, 0);
    java.util.Arrays.stream(flat).forEach(v -> assertEquals(1.0, v, 1e-12));
  }

  @Test
  void badSettingsAreRefusedWithTheirName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Relabelling(1, 100, 1, 0.5, 1, 2)).getMessage().contains("balance"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Relabelling(-1, 100, 1, 0.5, 1)).getMessage().contains("rounds"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Relabelling(1, 3, 1, 0.5, 1)).getMessage().contains("designs"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Relabelling(1, 100, 1, 1.0, 1)).getMessage().contains("share"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Relabelling(1, 100, 1, 0.5, Double.NaN)).getMessage()
        .contains("temperature"));
    DesignConfig config = TinyDesigns.config(RepresentationKind.QUANTILE, Condition.LOGP);
    TrainingAids randomOrders = new TrainingAids(ContrastConfig.NONE, 3, LogPCycle.NONE);
    assertThrows(IllegalArgumentException.class, () -> RelabelTraining.train(TinyDesigns.set(Condition.LOGP), config, randomOrders,
        ONE_ROUND, new RelabelTraining.Listener() {}));
    DesignConfig weight = TinyDesigns.config(RepresentationKind.QUANTILE, Condition.LOGP_AND_WEIGHT);
    assertThrows(IllegalArgumentException.class, () -> RelabelTraining.train(TinyDesigns.set(Condition.LOGP_AND_WEIGHT), weight,
        TrainingAids.NONE, ONE_ROUND, new RelabelTraining.Listener() {}));
  }
}
