package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.selfies.Selfies;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;

/** {@link FaithfulSampling}: the designs it calls faithful are, it respects its budget, and with B = 1 it only reorders the raw draws. */
class FaithfulSamplingTest {
  @Test
  void keepsFaithfulRowsWithinTheBudgetAndOnlyReordersWhenTheBudgetIsOne() {
    DesignTraining.Trained t = DesignTraining.train(TinyDesigns.set(Condition.LOGP),
        TinyDesigns.config(RepresentationKind.QUANTILE, Condition.LOGP), new TrainingListener() {});
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    try (MoleculeDesigner d = t.designer()) {
      double[] y = {1.0};
      FaithfulSampling.Draws draws = new FaithfulSampling(40).sample(d, y, 30, 1.0, new Rng(4));
      assertEquals(30, draws.designs().size());
      assertTrue(draws.drawn() <= 40 * 30 && draws.drawn() >= 30, "drawn " + draws.drawn());
      assertTrue(draws.faithful() > 0, "some of " + draws.drawn() + " draws are faithful");
      for (int i = 0; i < draws.faithful(); i++) {
        String s = draws.designs().get(i);
        assertTrue(!s.isEmpty() && decoder.unusedSymbols(Selfies.split(s)) == 0, "design " + i + " " + s);
      }
      assertEquals((double) draws.faithfulDrawn() / draws.drawn(), draws.acceptance(), 1e-12);

      FaithfulSampling.Draws once = new FaithfulSampling(1).sample(d, y, 50, 1.0, new Rng(6));
      assertEquals(50, once.drawn());
      List<String> raw = new ArrayList<>(d.sample(y, 50, 1.0, new Rng(6)));
      List<String> reordered = new ArrayList<>(once.designs());
      Collections.sort(raw);
      Collections.sort(reordered);
      assertEquals(raw, reordered, "with B = 1 the designs are the raw draws");
    }
    assertThrows(IllegalArgumentException.class, () -> new FaithfulSampling(0));
  }
}
