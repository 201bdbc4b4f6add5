package org.inversesuite.astro.rv.periodogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
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
 * selection one coarse point at a time, the GLS periodogram's own coarse pass): on thousands of simulated sets of
 * the benchmark schedule and on short sets, for the shipped fast model's setting (r = 4, K = 16, both periodograms)
 * and others, one set at a time and batched, the two-harmonic summary bit for bit and the GLS one bit for bit
 * without the two-harmonic periodogram or below 10 epochs, and otherwise (its coarse powers from the two-harmonic
 * sums) to 1e-12.
 */
class RefinedEncodeEquivalenceTest {
  private static final PeriodogramConfig WHOLE = PeriodogramConfig.defaults();
  /** The GLS features' largest difference allowed: measured ≤ 2.6e-14 over 5000 sets (docs/astro.md run 29). */
  private static final double GLS_ROUNDING = 1e-12;

  private static List<RvObservationSet> sets(int count, long seed, int minEpochs, int maxEpochs) {
    List<RvObservationSet> out = new ArrayList<>();
    for (RvSimulation s : AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        IrregularRvConfig.defaults().withEpochs(minEpochs, maxEpochs), 0).simulate(count, new Rng(seed))) {
      out.add(s.observations());
    }
    return out;
  }

  /**
   * Asserts the features of {@code sets} equal the code before's: the two-harmonic summary bit for bit, the GLS one
   * bit for bit without the two-harmonic periodogram and to {@code glsTolerance} with it (its coarse powers then come
   * from the two-harmonic sums, another rounding of the same sums); one set at a time and batched.
   */
  private static void assertSame(PeriodogramConfig c, List<RvObservationSet> sets, double glsTolerance) {
    RefinedFeaturesBefore before = new RefinedFeaturesBefore(c);
    PeriodogramFeatures now = new PeriodogramFeatures(c);
    double[][] batched = new PeriodogramFeatures(c).features(sets);
    int gls = c.summaryCount();
    for (int i = 0; i < sets.size(); i++) {
      double[] expected = before.features(sets.get(i));
      double[] got = now.features(sets.get(i));
      assertArrayEquals(got, batched[i], "batched set " + i);
      assertArrayEquals(Arrays.copyOfRange(expected, gls, expected.length), Arrays.copyOfRange(got, gls, got.length),
          "two-harmonic summary of set " + i + " of " + c);
      if (c.harmonics() == 2) {
        assertArrayEquals(Arrays.copyOf(expected, gls), Arrays.copyOf(got, gls), glsTolerance,
            "GLS summary of set " + i + " of " + c);
      } else {
        assertArrayEquals(expected, got, "set " + i + " of " + c);
      }
    }
  }

  @Test
  void theShippedSettingEqualsTheCodeBefore() {
    assertSame(WHOLE.withHarmonics(2).withRefine(4, 16), sets(3000, 29, 10, 50), GLS_ROUNDING);
  }

  @Test
  void otherSettingsAndShortSetsEqualTheCodeBefore() {
    assertSame(WHOLE.withHarmonics(2).withRefine(4, 16), sets(300, 30, 2, 9), 0); // own GLS pass below 10 epochs
    assertSame(WHOLE.withHarmonics(2).withRefine(2, 8), sets(200, 31, 10, 50), GLS_ROUNDING);
    assertSame(WHOLE.withHarmonics(2).withRefine(3, 24), sets(200, 32, 10, 50), GLS_ROUNDING);
    assertSame(WHOLE.withRefine(4, 16), sets(300, 33, 10, 50), 0);
    assertSame(new PeriodogramConfig(2, 300, 800, 3, 17, 3, 2, 5, 9), sets(200, 34, 5, 30), GLS_ROUNDING);
  }

  /**
   * The GLS coarse powers taken from the two-harmonic pass ({@link HarmonicPeriodogram#coarse}) against the GLS
   * periodogram's own coarse pass: equal to the rounding of the sums at every coarse frequency, on sets of the
   * epochs that take the shared pass (10–50).
   */
  @Test
  void glsCoarsePowersFromTheTwoHarmonicSumsEqualTheGlsPass() {
    PeriodogramConfig c = WHOLE.withHarmonics(2).withRefine(4, 16);
    int[] ends = CoarseRefinementTest.binEnds(c);
    PhaseTables tables = new PhaseTables();
    GlsPeriodogram gls = new GlsPeriodogram(c);
    HarmonicPeriodogram two = new HarmonicPeriodogram(c);
    for (RvObservationSet d : sets(400, 35, PeriodogramFeatures.SHARED_PASS_EPOCHS, 50)) {
      CoarseRefinement own = new CoarseRefinement(c, ends);
      CoarseRefinement fromTwo = new CoarseRefinement(c, ends);
      CoarseRefinement harmonic = new CoarseRefinement(c, ends);
      tables.prepare(d, c, DoubleVector.SPECIES_PREFERRED.length());
      gls.refined(d, own, tables);
      assertTrue(gls.weigh(d));
      two.coarse(d, tables, harmonic, fromTwo.coarse(), gls.variance());
      assertArrayEquals(own.coarse(), fromTwo.coarse(), GLS_ROUNDING, d.size() + " epochs");
    }
  }

  /** The two-harmonic periodogram on the whole grid (its finish split in run 29) against the code before, bit for bit. */
  @Test
  void theWholeGridTwoHarmonicPowersEqualTheCodeBeforeBitForBit() {
    PeriodogramConfig c = WHOLE.withHarmonics(2);
    RefinedFeaturesBefore before = new RefinedFeaturesBefore(c.withRefine(4, 16));
    HarmonicPeriodogram now = new HarmonicPeriodogram(c);
    for (RvObservationSet d : sets(100, 37, 2, 50)) {
      assertArrayEquals(before.harmonicWholeGrid(d), now.power(d), d.size() + " epochs");
    }
  }
}
