package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.RepresentationKind;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.design.TinyDesigns;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;

/** The evaluation's selection rows (nearest-first for several k, window acceptance) on one shared candidate pool. */
class SelectionRowsTest {
  private static double[] logP(List<DecodedMolecule> molecules) {
    return molecules.stream().filter(DecodedMolecule::valid).mapToDouble(DecodedMolecule::logP).toArray();
  }

  @Test
  void selectionsUseTheScheduledDrawsAndRankAgainstTheTarget() {
    var trained = DesignTraining.train(TinyDesigns.set(Condition.LOGP), TinyDesigns.config(RepresentationKind.QUANTILE,
        Condition.LOGP), new TrainingListener() {});
    var logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    try (MoleculeDesigner designer = trained.designer()) {
      // the pool drawn in chunks holds the same candidates as one call on the same stream
      List<DecodedMolecule> once = new ArrayList<>();
      for (String s : designer.sample(new double[] {2.0}, 30, 0.8, new Rng(3))) {
        once.add(DecodedMolecule.decode(s, decoder, logP));
      }
      CandidatePool chunked = CandidatePool.of(designer, new double[] {2.0}, 0.8, new Rng(3), decoder, logP, 7);
      assertEquals(once.stream().map(DecodedMolecule::selfies).toList(),
          chunked.first(30).stream().map(DecodedMolecule::selfies).toList(), "chunked draws = one call");
      assertEquals(35, chunked.drawn());

      // offset +1.5 and T = 0.7: the selections rank the draws for t + 1.5 against t
      SamplingSchedule shift = new SamplingSchedule(new double[] {0}, new double[] {1.5}, new double[] {0.7});
      double[] targets = {-1, 2};
      int n = 30;
      DesignEvaluation evaluation = new DesignEvaluation(targets, n, 1.0, 5, 9, new int[] {2, 3}, 4, 0.5, 0, shift);
      assertEquals(List.of("cINN", "cINN, best n of 2·n by logP", "cINN, best n of 3·n by logP",
          "cINN, window acceptance: first n within ±0.5 of ≤4·n", "random SELFIES", "training near target"), evaluation.methods());
      var rows = evaluation.run(designer);
      for (int i = 0; i < targets.length; i++) {
        double t = targets[i];
        List<DecodedMolecule> all = new ArrayList<>();
        for (String s : designer.sample(new double[] {t + 1.5}, 4 * n, 0.7, new Rng(9).stream("rerank-" + i))) {
          all.add(DecodedMolecule.decode(s, decoder, logP));
        }
        List<GenerationMetrics> row = rows.get(i);
        assertArrayEquals(logP(NearestToTarget.keep(all.subList(0, 2 * n), t, n)), row.get(1).logP(), 0, "k = 2 against t");
        assertArrayEquals(logP(NearestToTarget.keep(all.subList(0, 3 * n), t, n)), row.get(2).logP(), 0, "k = 3 against t");
        assertNotEquals(java.util.Arrays.toString(logP(NearestToTarget.keep(all.subList(0, 3 * n), t + 1.5, n))),
            java.util.Arrays.toString(row.get(2).logP()), "ranking against the asked value would differ");
        int[] next = {0};
        CandidatePool replay = new CandidatePool(m -> {
          List<DecodedMolecule> out = new ArrayList<>(all.subList(next[0], next[0] + m));
          next[0] += m;
          return out;
        }, n);
        WindowAcceptance.Selection s = new WindowAcceptance(0.5, 4).select(replay, t, n);
        assertArrayEquals(logP(s.kept()), row.get(3).logP(), 0, "window row = in-window draws for t + 1.5, around t");
        assertTrue(row.get(3).method().contains(String.format(java.util.Locale.ROOT, "%.1f%% of %d draws accepted, %d filled",
            100 * s.acceptance(), s.examined(), s.filled())), row.get(3).method());
        assertTrue(row.get(3).withinHalf() >= row.get(0).withinHalf(), "the window row is at least as close as the raw one");
      }
    }
  }

  @Test
  void badSelectionsAreRefused() {
    double[] t = {1};
    assertThrows(IllegalArgumentException.class, () -> new DesignEvaluation(t, 10, 1, 5, 1, new int[] {1}, 0, 0.5, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignEvaluation(t, 10, 1, 5, 1, new int[] {2, 2}, 0, 0.5, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignEvaluation(t, 10, 1, 5, 1, new int[] {}, -1, 0.5, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignEvaluation(t, 10, 1, 5, 1, new int[] {}, 3, 0, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new DesignEvaluation(t, 10, 1, 5, 1, 0));
  }
}
