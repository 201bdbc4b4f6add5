package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.junit.jupiter.api.Test;

class TrainingAidsTest {
  @Test
  void contrastCycleAndRandomOrdersTrainAFiniteDesignerThatSamplesValidStrings() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    DesignConfig config = TinyDesigns.config(RepresentationKind.QUANTILE, Condition.LOGP);
    TrainingAids aids = new TrainingAids(new ContrastConfig(1.0, 4, 1.0), 5, new LogPCycle(0.5, 4, 3, 0.5));
    DesignTraining.Trained t = DesignTraining.train(set, config, aids, new TrainingListener() {});
    TrainingResult r = t.result();
    assertEquals(TrainingResult.StopReason.COMPLETED, r.stopReason(), r.message());
    assertEquals(config.training().iterations(), r.iterationsRun());
    r.history().forEach(p -> assertTrue(Double.isFinite(p.trainLoss()) && Double.isFinite(p.validationLoss()), p.toString()));
    try (MoleculeDesigner d = t.designer()) {
      assertEquals(10, d.sample(new double[] {2.0}, 10, 1.0, new Rng(1)).size());
    }
  }

  @Test
  void badAidsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TrainingAids(ContrastConfig.NONE, -1, LogPCycle.NONE));
    assertThrows(NullPointerException.class, () -> new TrainingAids(null, 0, LogPCycle.NONE));
    assertThrows(IllegalArgumentException.class, () -> new LogPCycle(1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LogPCycle(Double.NaN, 1, 1, 1));
  }
}
