package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.junit.jupiter.api.Test;

class NoisyConditionTest {
  private static final int ROWS = 4000;

  @Test
  void onlyTheLogPColumnIsPerturbedWithTheAskedSpread() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP_AND_WEIGHT);
    DesignConfig config = TinyDesigns.config(RepresentationKind.LENGTH_QUANTILE, Condition.LOGP_AND_WEIGHT);
    MoleculeSampler sampler = new MoleculeSampler(config.fitRepresentation(set), set.examples());
    double sigma = 0.3;
    Batch plain = sampler.simulate(ROWS, new Rng(7));
    Batch noisy = new NoisyCondition(sampler, sigma).simulate(ROWS, new Rng(7));
    assertArrayEquals(plain.x().toRows(), noisy.x().toRows(), "x must be the wrapped sampler's rows, bit for bit");
    double sum = 0;
    double sumSq = 0;
    for (int r = 0; r < ROWS; r++) {
      assertEquals(plain.y().get(r, 1), noisy.y().get(r, 1), 0.0, "the weight column must not change");
      double e = noisy.y().get(r, 0) - plain.y().get(r, 0);
      sum += e;
      sumSq += e * e;
    }
    double mean = sum / ROWS;
    double sd = Math.sqrt(sumSq / ROWS - mean * mean);
    // mean ~ N(0, σ²/n): 5 standard errors; sd within 10 % (its standard error is about σ/√(2n) = 1.1 %)
    assertEquals(0, mean, 5 * sigma / Math.sqrt(ROWS));
    assertEquals(sigma, sd, 0.1 * sigma);
  }

  @Test
  void zeroNoiseTrainsExactlyAsBeforeAndPositiveNoiseChangesTheTraining() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    DesignConfig config = TinyDesigns.config(RepresentationKind.LENGTH_QUANTILE, Condition.LOGP);
    TrainingAids zero = new TrainingAids(ContrastConfig.NONE, 0, LogPCycle.NONE, LogPBalance.NONE, 0);
    List<Double> before = losses(DesignTraining.train(set, config, new TrainingListener() {}));
    List<Double> withZero = losses(DesignTraining.train(set, config, zero, new TrainingListener() {}));
    List<Double> withNoise = losses(DesignTraining.train(set, config,
        new TrainingAids(ContrastConfig.NONE, 0, LogPCycle.NONE, LogPBalance.NONE, 0.3), new TrainingListener() {}));
    assertEquals(before, withZero, "σ = 0 must give the same training curve, bit for bit");
    assertNotEquals(before, withNoise, "σ > 0 must reach the training batches");
  }

  @Test
  void badNoiseIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new TrainingAids(ContrastConfig.NONE, 0, LogPCycle.NONE, LogPBalance.NONE, -0.1));
    assertThrows(IllegalArgumentException.class,
        () -> new TrainingAids(ContrastConfig.NONE, 0, LogPCycle.NONE, LogPBalance.NONE, Double.NaN));
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    MoleculeSampler sampler = new MoleculeSampler(
        TinyDesigns.config(RepresentationKind.LENGTH_QUANTILE, Condition.LOGP).fitRepresentation(set), set.examples());
    assertThrows(IllegalArgumentException.class, () -> new NoisyCondition(sampler, 0));
  }

  private static List<Double> losses(DesignTraining.Trained t) {
    try (MoleculeDesigner d = t.designer()) {
      TrainingResult r = t.result();
      return r.history().stream().map(p -> p.trainLoss()).toList();
    }
  }
}
