package org.inversesuite.astro.rv.periodogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * The coarse-then-refine encode of {@link PeriodogramFeatures} against the code before docs/astro.md run 29
 * ({@link RefinedFeaturesBefore}: each periodogram with its own phase tables, the jumps one lane at a time, the
 * selection one coarse point at a time): the same features, bit for bit, on thousands of simulated sets of the
 * benchmark schedule and on short sets, for the shipped fast model's setting (r = 4, K = 16, both periodograms) and
 * others, one set at a time and batched.
 */
class RefinedEncodeEquivalenceTest {
  private static final PeriodogramConfig WHOLE = PeriodogramConfig.defaults();

  private static List<RvObservationSet> sets(int count, long seed, int minEpochs, int maxEpochs) {
    List<RvObservationSet> out = new ArrayList<>();
    for (RvSimulation s : AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        IrregularRvConfig.defaults().withEpochs(minEpochs, maxEpochs), 0).simulate(count, new Rng(seed))) {
      out.add(s.observations());
    }
    return out;
  }

  private static void assertSame(PeriodogramConfig c, List<RvObservationSet> sets) {
    RefinedFeaturesBefore before = new RefinedFeaturesBefore(c);
    PeriodogramFeatures now = new PeriodogramFeatures(c);
    List<double[]> expected = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      expected.add(before.features(sets.get(i)));
      assertArrayEquals(expected.get(i), now.features(sets.get(i)), "set " + i + " of " + c);
    }
    double[][] batched = new PeriodogramFeatures(c).features(sets);
    for (int i = 0; i < sets.size(); i++) {
      assertArrayEquals(expected.get(i), batched[i], "batched set " + i);
    }
  }

  @Test
  void theShippedSettingEqualsTheCodeBeforeBitForBit() {
    assertSame(WHOLE.withHarmonics(2).withRefine(4, 16), sets(3000, 29, 10, 50));
  }

  @Test
  void otherSettingsAndShortSetsEqualTheCodeBeforeBitForBit() {
    assertSame(WHOLE.withHarmonics(2).withRefine(4, 16), sets(300, 30, 2, 9));
    assertSame(WHOLE.withHarmonics(2).withRefine(2, 8), sets(200, 31, 10, 50));
    assertSame(WHOLE.withHarmonics(2).withRefine(3, 24), sets(200, 32, 10, 50));
    assertSame(WHOLE.withRefine(4, 16), sets(300, 33, 10, 50));
    assertSame(new PeriodogramConfig(2, 300, 800, 3, 17, 3, 2, 5, 9), sets(200, 34, 5, 30));
  }
}
