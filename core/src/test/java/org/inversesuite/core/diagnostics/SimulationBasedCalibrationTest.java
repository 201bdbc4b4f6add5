package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class SimulationBasedCalibrationTest {
  private static final SimulationBasedCalibration SBC = SimulationBasedCalibration.defaults();

  private static Matrix rows(double[][] v) {
    return Matrix.of(Precision.FLOAT64, v);
  }

  @Test
  void ranksCountSamplesBelowTheTruth() {
    PosteriorEvidence e = new PosteriorEvidence(rows(new double[][] {{0.5, 10}, {-1, 0}}),
        List.of(rows(new double[][] {{0.1, 1}, {0.7, 2}, {0.3, 3}}), rows(new double[][] {{0, 1}, {-2, -1}, {-3, 2}})),
        List.of("a", "b"));
    int[][] ranks = SimulationBasedCalibration.ranks(e, new Rng(0));
    assertArrayEquals(new int[] {2, 2}, ranks[0]);
    assertArrayEquals(new int[] {3, 1}, ranks[1]);
  }

  @Test
  void tiesAreSharedUniformlyAndDeterministically() {
    PosteriorEvidence e = new PosteriorEvidence(rows(new double[][] {{0.5}}),
        List.of(rows(new double[][] {{0.5}, {0.5}, {0.1}})), List.of("a"));
    int[] seen = new int[4];
    for (long seed = 0; seed < 300; seed++) {
      int r = SimulationBasedCalibration.ranks(e, new Rng(seed))[0][0];
      seen[r]++;
      assertEquals(r, SimulationBasedCalibration.ranks(e, new Rng(seed))[0][0]);
    }
    assertEquals(0, seen[0]);
    for (int r = 1; r <= 3; r++) {
      assertTrue(seen[r] > 60, "rank " + r + " seen " + seen[r] + " times of 300");
    }
  }

  @Test
  void histogramBinsAndExpectedCountsFollowTheRankGrid() {
    // L = 9: ranks 0..9, 4 bins of widths 3, 2, 3, 2
    PosteriorEvidence e = GaussianEvidence.exact(50, 9, 1, 0.5, 1);
    SbcResult r = new SimulationBasedCalibration(4, 0.05, 100, 0).assess(e);
    assertArrayEquals(new double[] {15, 10, 15, 10}, r.expectedBinCounts(), 1e-12);
    int[] h = r.histogram(0);
    int[] ranks = r.ranks(0);
    int[] expected = new int[4];
    for (int rank : ranks) {
      expected[rank <= 2 ? 0 : rank <= 4 ? 1 : rank <= 7 ? 2 : 3]++;
    }
    assertArrayEquals(expected, h);
    assertEquals(9, r.evaluationPoints().length);
    assertEquals(0.1, r.evaluationPoints()[0], 1e-15);
  }

  @Test
  void exactPosteriorStaysInsideTheBand() {
    SbcResult r = SBC.assess(GaussianEvidence.exact(500, 99, 3, 0.5, 2024));
    for (int j = 0; j < 3; j++) {
      assertTrue(r.insideBand(j), "dimension " + j + ", max deviation " + r.maxEcdfDeviation(j));
      assertTrue(r.chiSquarePValue(j) > 0.001, "p = " + r.chiSquarePValue(j));
      assertTrue(r.maxEcdfDeviation(j) < 0.07, "deviation " + r.maxEcdfDeviation(j));
    }
    assertTrue(r.allInsideBand());
  }

  @Test
  void tooNarrowPosteriorLeavesTheBandWithTheOverconfidenceShape() {
    SbcResult r = SBC.assess(GaussianEvidence.build(500, 99, 3, 0.5, 0.5, 0.0, 2024));
    for (int j = 0; j < 3; j++) {
      assertFalse(r.insideBand(j), "dimension " + j);
      assertTrue(r.chiSquarePValue(j) < 1e-6, "p = " + r.chiSquarePValue(j));
      double[] diff = r.ecdfDifference(j);
      // truths in both tails: many ranks near 0 (ECDF above the diagonal early), near L (below late)
      assertTrue(diff[19] > 0.1 && diff[79] < -0.1, "diff at 0.2: " + diff[19] + ", at 0.8: " + diff[79]);
      int[] h = r.histogram(j);
      assertTrue(h[0] > 3 * 25 && h[19] > 3 * 25, "end bins " + h[0] + ", " + h[19] + " of expected 25");
    }
    assertFalse(r.allInsideBand());
  }

  @Test
  void shiftedPosteriorLeavesTheBandOnOneSide() {
    SbcResult r = SBC.assess(GaussianEvidence.build(500, 99, 3, 0.5, 1.0, 1.0, 2024));
    for (int j = 0; j < 3; j++) {
      assertFalse(r.insideBand(j), "dimension " + j);
      double[] diff = r.ecdfDifference(j);
      // samples too large: ranks too small, ECDF above the diagonal; exact value Φ(Φ⁻¹(z) + 1) − z at z = 0.5
      assertEquals(0.8413 - 0.5, diff[49], 0.06);
      for (double v : diff) {
        assertTrue(v > -0.03, "difference must not go far below zero, got " + v);
      }
    }
    MetricResult m = SBC.evaluate(GaussianEvidence.build(500, 99, 3, 0.5, 1.0, 1.0, 2024));
    assertEquals("sbc_ecdf_max_deviation", m.name());
    assertTrue(m.value() > 0.3, "max deviation " + m.value());
    assertEquals(List.of("x0", "x1", "x2"), List.copyOf(m.perDimension().keySet()));
  }

  @Test
  void bandDifferencesEncloseZero() {
    SbcResult r = SBC.assess(GaussianEvidence.exact(100, 19, 1, 0.5, 3));
    double[] lo = r.lowerBandDifference();
    double[] hi = r.upperBandDifference();
    for (int k = 0; k < lo.length; k++) {
      assertTrue(lo[k] < 0 && hi[k] > 0);
    }
  }

  @Test
  void rejectsUnequalSampleCountsAndBadOptions() {
    PosteriorEvidence e = new PosteriorEvidence(rows(new double[][] {{0}, {1}}),
        List.of(rows(new double[][] {{0}, {1}}), rows(new double[][] {{0}})), List.of("a"));
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SBC.assess(e));
    assertTrue(ex.getMessage().contains("case 0 has 2, case 1 has 1"), ex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SimulationBasedCalibration(1, 0.05, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> new SimulationBasedCalibration(10, 0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> new SimulationBasedCalibration(10, 0.05, 0, 0));
  }
}
