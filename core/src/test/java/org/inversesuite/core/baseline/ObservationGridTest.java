package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.junit.jupiter.api.Test;

class ObservationGridTest {
  private static double[] points(Rng rng, int m, int dy, double scale) {
    double[] out = new double[m * dy];
    for (int i = 0; i < out.length; i++) {
      out[i] = scale * rng.gaussian();
    }
    return out;
  }

  @Test
  void candidatesHoldEveryObservationWithinEpsilonExactlyOnce() {
    Rng rng = new Rng(3);
    for (int dy = 1; dy <= 3; dy++) {
      double eps = 0.05 * dy;
      double[] yStar = points(rng, 1000, dy, 0.5);
      ObservationGrid grid = ObservationGrid.of(yStar, dy, eps);
      assertNotNull(grid);
      int[] out = new int[1000];
      int within = 0;
      for (int q = 0; q < 2000; q++) {
        double[] y = points(rng, 1, dy, 0.5);
        int count = grid.candidates(y, 0, out);
        int[] seen = new int[1000];
        for (int k = 0; k < count; k++) {
          seen[out[k]]++;
        }
        for (int j = 0; j < 1000; j++) {
          double d2 = 0;
          for (int c = 0; c < dy; c++) {
            d2 += (y[c] - yStar[j * dy + c]) * (y[c] - yStar[j * dy + c]);
          }
          assertTrue(seen[j] <= 1, "observation " + j + " listed twice");
          if (d2 < eps * eps) {
            within++;
            assertEquals(1, seen[j], "observation " + j + " within eps of the query is missing (dy = " + dy + ")");
          }
        }
      }
      assertTrue(within > 100, "the check must see accepted pairs, saw " + within);
      assertEquals(0, grid.candidates(new double[] {Double.NaN, 0, 0}, 0, out));
    }
  }

  @Test
  void declinesWhereBruteForceIsAsFastOrCoordinatesOverflow() {
    assertNull(ObservationGrid.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 4, 0.1), "dy > 3");
    assertNull(ObservationGrid.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}, 2, 0.1),
        "9 observations in 2-D: 3^2 cubes per look-up is no saving");
    assertNull(ObservationGrid.of(new double[20 * 2], 2, 0.1), "the quick table's 20 observations keep brute force");
    assertNull(ObservationGrid.of(new double[] {0, 1, 2, 1e9}, 1, 0.01), "too far from the origin");
  }

  @Test
  void abcWithTheGridKeepsWhatEachObservationAloneKeeps() {
    // y = x₁ + x₂ under N(0, I₂), the problem of the GA test
    RejectionAbc abc = new RejectionAbc(GeneticInversionTest.PRIOR, GeneticInversionTest.SUM, 0.02, 20_000, 2);
    double[] ys = points(new Rng(4), 100, 1, 1);
    assertNotNull(ObservationGrid.of(ys, 1, 0.02), "100 observations in 1-D use the grid");
    AbcResult all = abc.run(new DoubleMatrix(100, 1, ys), 50, 10_000_000, new Rng(9));
    for (int j = 0; j < 100; j += 33) {
      // alone: the brute-force path over the same proposal stream
      AbcResult alone = abc.run(new DoubleMatrix(1, 1, new double[] {ys[j]}), 50, 10_000_000, new Rng(9));
      assertArrayEquals(((DoubleMatrix) alone.samples(0)).data(), ((DoubleMatrix) all.samples(j)).data(),
          "kept samples of observation " + j);
    }
  }
}
