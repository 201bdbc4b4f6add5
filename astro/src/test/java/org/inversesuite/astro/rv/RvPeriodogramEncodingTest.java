package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.astro.rv.periodogram.PeriodogramFeatures;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The periodogram features as the global part of the padded set: the batched encoding of the
 * simulator equals one set at a time, the features follow the slots, the flow is built with
 * them, and configs without a periodogram still read.
 */
class RvPeriodogramEncodingTest {
  private static final IrregularRvConfig SCHEDULE = IrregularRvConfig.defaults().withEpochs(10, 30);
  private static final PeriodogramConfig GRID = PeriodogramConfig.defaults();

  @Test
  void batchedSimulatorRowsEqualOneSetAtATime() {
    IrregularRvSimulator sets = AstroProblems.radialVelocity(RvPriorConfig.defaults(), SCHEDULE, 0);
    RvSetEncoding enc = RvSetEncoding.of(SCHEDULE, 0, GRID);
    PaddedRvSimulator sim = new PaddedRvSimulator(sets, enc);
    List<RvSimulation> systems = sets.simulate(6, new Rng(3));
    Batch batch = sim.toBatch(systems);
    assertEquals(30 * 4 + GRID.featureCount(), batch.y().cols());
    for (int r = 0; r < systems.size(); r++) {
      Matrix one = enc.encode(systems.get(r).observations());
      for (int j = 0; j < one.cols(); j++) {
        assertEquals(one.get(0, j), batch.y().get(r, j), 0.0, "row " + r + " column " + j);
      }
      double[] expected = new PeriodogramFeatures(GRID).features(systems.get(r).observations());
      double[] global = new double[expected.length];
      for (int j = 0; j < global.length; j++) {
        global[j] = batch.y().get(r, 30 * 4 + j);
      }
      assertArrayEquals(expected, global, 0.0, "row " + r);
    }
  }

  @Test
  void theStrongestPeakOfAWellSampledCircularOrbitIsItsPeriod() {
    double period = 37.4;
    RvParameters p = new RvParameters(period, 80, 0, 1, 2, 5, 0);
    Rng r = new Rng(8);
    double[] t = new double[40];
    double[] v = new double[40];
    double[] e = new double[40];
    RadialVelocityModel model = new RadialVelocityModel(0);
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 50 + 20 * r.uniform();
      e[i] = 2;
      v[i] = model.velocity(p, t[i]) + 2 * r.gaussian();
    }
    RvSetEncoding enc = RvSetEncoding.of(IrregularRvConfig.defaults().withEpochs(10, 40), 0, GRID);
    Matrix y = enc.encode(new RvObservationSet(t, v, e));
    PeriodogramFeatures f = new PeriodogramFeatures(GRID);
    double found = f.period(y.get(0, 40 * 4 + GRID.bins()));
    assertTrue(Math.abs(found / period - 1) < 0.01, "peak at " + found + " d");
  }

  @Test
  void flowTakesThePeriodogramAndOldConfigsReadWithout() throws Exception {
    RvSetEncoding enc = RvSetEncoding.of(SCHEDULE, 0, GRID);
    Flow flow = Flow.build(RvCinnTraining.flowConfig(RvCinnConfig.defaults(), enc), Precision.FLOAT32, new Rng(1),
        true);
    assertEquals(enc.width(), flow.config().conditionDimension());
    RvExperimentConfig old = Json.mapper().readValue(Path.of("..", "experiments", "astro", "rv-deepset-small.rv")
        .toFile(), RvExperimentConfig.class);
    assertFalse(old.model().periodogram().enabled());
    assertEquals(old.schedule().maxEpochs() * 4, old.simulator().encoding().width());
    RvExperimentConfig with = Json.mapper().readValue(Path.of("..", "experiments", "astro",
        "rv-periodogram-small.rv").toFile(), RvExperimentConfig.class);
    assertEquals(GRID, with.model().periodogram());
    assertEquals(with.schedule().maxEpochs() * 4 + GRID.featureCount(), with.simulator().encoding().width());
  }
}
