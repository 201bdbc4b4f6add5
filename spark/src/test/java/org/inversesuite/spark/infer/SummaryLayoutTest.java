package org.inversesuite.spark.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryLayoutTest {
  @Test
  void summariesOfAnEvenGridAreItsKnownQuantiles() {
    // samples 0, 1, ..., 100 in the first parameter, 2× that in the second
    double[][] s = new double[101][2];
    for (int i = 0; i <= 100; i++) {
      s[100 - i][0] = i;
      s[100 - i][1] = 2 * i;
    }
    SummaryLayout layout = new SummaryLayout(List.of("a", "b"), new double[] {0.05, 0.975}, new double[] {0.95});
    assertEquals(List.of("a_mean", "a_std", "a_median", "a_q05", "a_q975", "a_ci95_lo", "a_ci95_hi",
        "b_mean", "b_std", "b_median", "b_q05", "b_q975", "b_ci95_lo", "b_ci95_hi"), layout.columns());
    // 101 equally spaced values: population variance (N² − 1) / 12 = 850, unbiased 850 · 101 / 100
    double std = Math.sqrt(858.5);
    double[] a = {50, std, 50, 5, 97.5, 2.5, 97.5};
    double[] got = layout.summarize(s);
    for (int k = 0; k < 7; k++) {
      assertEquals(a[k], got[k], 1e-9, layout.columns().get(k));
      assertEquals(2 * a[k], got[7 + k], 1e-9, layout.columns().get(7 + k));
    }
  }

  @Test
  void quantileInterpolatesLikeNumpy() {
    double[] sorted = {1, 2, 4, 8};
    // numpy.quantile([1, 2, 4, 8], [0, 0.1, 0.5, 0.9, 1]) = [1, 1.3, 3, 6.8, 8]
    double[] p = {0, 0.1, 0.5, 0.9, 1};
    double[] expected = {1, 1.3, 3, 6.8, 8};
    double[] got = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      got[i] = SummaryLayout.quantile(sorted, p[i]);
    }
    assertArrayEquals(expected, got, 1e-12);
  }

  @Test
  void refusesLevelsOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> new SummaryLayout(List.of("a"), new double[] {1.0}, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> new SummaryLayout(List.of("a"), new double[0], new double[] {0}));
  }
}
