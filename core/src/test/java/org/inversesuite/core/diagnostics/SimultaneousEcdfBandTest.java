package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class SimultaneousEcdfBandTest {
  /** P(all inside) by enumerating every way of dropping n uniforms into the K + 1 cells. */
  private static double bruteForce(int n, double[] z, int[] lo, int[] hi) {
    double[] cell = new double[z.length + 1];
    for (int c = 0; c <= z.length; c++) {
      cell[c] = (c == z.length ? 1 : z[c]) - (c == 0 ? 0 : z[c - 1]);
    }
    return enumerate(n, cell, 0, new int[cell.length], lo, hi);
  }

  private static double enumerate(int left, double[] cell, int c, int[] counts, int[] lo, int[] hi) {
    if (c == cell.length - 1) {
      counts[c] = left;
      int total = 0;
      double logP = 0;
      int cumulative = 0;
      for (int i = 0; i < cell.length; i++) {
        total += counts[i];
        logP += counts[i] * Math.log(cell[i]) - CombinatoricsUtils.factorialLog(counts[i]);
        if (i < cell.length - 1) {
          cumulative += counts[i];
          if (cumulative < lo[i] || cumulative > hi[i]) {
            return 0;
          }
        }
      }
      return Math.exp(logP + CombinatoricsUtils.factorialLog(total));
    }
    double sum = 0;
    for (int k = 0; k <= left; k++) {
      counts[c] = k;
      sum += enumerate(left - k, cell, c + 1, counts, lo, hi);
    }
    return sum;
  }

  @Test
  void interiorProbabilityMatchesEnumerationOfAllOutcomes() {
    double[] z = {0.15, 0.4, 0.55, 0.9};
    int n = 7;
    int[][] los = {{0, 0, 0, 0}, {0, 1, 2, 5}, {1, 2, 2, 6}, {0, 3, 3, 4}};
    int[][] his = {{7, 7, 7, 7}, {2, 4, 5, 7}, {3, 3, 5, 6}, {0, 2, 7, 7}};
    for (int c = 0; c < los.length; c++) {
      double exact = bruteForce(n, z, los[c], his[c]);
      assertEquals(exact, SimultaneousEcdfBand.interiorProbability(n, z, los[c], his[c]), 1e-13, "case " + c);
    }
    assertEquals(1.0, SimultaneousEcdfBand.interiorProbability(n, z, los[0], his[0]), 1e-13);
  }

  @Test
  void singlePointBandIsTheCentralBinomialInterval() {
    SimultaneousEcdfBand band = SimultaneousEcdfBand.uniform(40, new double[] {0.3}, 0.1);
    BinomialDistribution b = new BinomialDistribution(40, 0.3);
    assertEquals(0.1, band.gamma(), 0.0);
    assertArrayEquals(new int[] {b.inverseCumulativeProbability(0.05)}, band.lowerCounts());
    assertArrayEquals(new int[] {b.inverseCumulativeProbability(0.95)}, band.upperCounts());
    double inside = b.cumulativeProbability(band.upperCounts()[0]) - b.cumulativeProbability(band.lowerCounts()[0] - 1);
    assertEquals(inside, band.coverage(), 1e-12);
    assertTrue(band.coverage() >= 0.9);
  }

  @Test
  void adjustedLevelLiesBetweenBonferroniAndPointwise() {
    double[] z = new double[99];
    for (int i = 0; i < z.length; i++) {
      z[i] = (i + 1) / 100.0;
    }
    SimultaneousEcdfBand band = SimultaneousEcdfBand.uniform(1000, z, 0.05);
    assertTrue(band.gamma() < 0.05 && band.gamma() > 0.05 / 99, "gamma " + band.gamma());
    assertTrue(band.coverage() >= 0.95 && band.coverage() < 0.96, "coverage " + band.coverage());
    double[] lower = band.lowerEcdf();
    double[] upper = band.upperEcdf();
    for (int i = 0; i < z.length; i++) {
      assertTrue(lower[i] < z[i] && z[i] < upper[i], "band must enclose the diagonal at " + z[i]);
    }
  }

  @Test
  void monteCarloRejectionRateMatchesTheExactCoverage() {
    int n = 50;
    double[] z = new double[19];
    for (int i = 0; i < z.length; i++) {
      z[i] = (i + 1) / 20.0;
    }
    SimultaneousEcdfBand band = SimultaneousEcdfBand.uniform(n, z, 0.05);
    Rng rng = new Rng(11);
    int trials = 4000;
    int rejected = 0;
    int[] counts = new int[z.length];
    for (int t = 0; t < trials; t++) {
      java.util.Arrays.fill(counts, 0);
      for (int k = 0; k < n; k++) {
        double u = rng.uniform();
        for (int i = 0; i < z.length; i++) {
          if (u < z[i]) {
            counts[i]++;
          }
        }
      }
      if (!band.contains(counts)) {
        rejected++;
      }
    }
    double expected = 1 - band.coverage();
    double se = Math.sqrt(expected * (1 - expected) / trials);
    assertTrue(expected <= 0.05, "exact false-alarm rate " + expected);
    assertEquals(expected, rejected / (double) trials, 4 * se);
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SimultaneousEcdfBand.uniform(10, new double[] {0.5, 0.5}, 0.05));
    assertTrue(e.getMessage().contains("z[1] = 0.5 after 0.5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SimultaneousEcdfBand.uniform(10, new double[] {1.0}, 0.05));
    assertThrows(IllegalArgumentException.class, () -> SimultaneousEcdfBand.uniform(0, new double[] {0.5}, 0.05));
    assertThrows(IllegalArgumentException.class, () -> SimultaneousEcdfBand.uniform(10, new double[] {0.5}, 1.0));
    SimultaneousEcdfBand band = SimultaneousEcdfBand.uniform(10, new double[] {0.5}, 0.05);
    assertThrows(IllegalArgumentException.class, () -> band.contains(new int[] {1, 2}));
    assertFalse(band.contains(new int[] {0}));
    assertTrue(band.contains(new int[] {5}));
  }
}
