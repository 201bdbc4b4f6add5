package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LaneAffineMap#inverse} against the per-element map ({@link LaneAffineMap#reference}, the block's
 * arithmetic): at most one float ulp apart on every element and the same bits on nearly all, for raw
 * log-scales over ±40, several α and row counts (with a tail past the last whole vector); and the map is
 * the coupling's: state = (z − t) e^{−α·0.636·atan ŝ} in double to 1e-6 relative.
 */
class LaneAffineMapTest {
  @Test
  void withinOneFloatUlpOfThePerElementMap() {
    SplittableRandom r = new SplittableRandom(17);
    int differ = 0;
    int total = 0;
    for (int m : new int[] {8, 16, 256, 253, 3}) {
      for (double alpha : new double[] {2.0, 1.0, 0.5, 5.0}) {
        for (int rep = 0; rep < 60; rep++) {
          float[] raw = AffineMapInputs.raw(r, m);
          float[] state = AffineMapInputs.state(r, m);
          float[] a = state.clone();
          float[] b = state.clone();
          LaneAffineMap.inverse(raw, 2, 2 + m, a, 1, m, alpha, new double[m], new double[m], new double[m]);
          LaneAffineMap.reference(raw, 2, 2 + m, b, 1, m, ClampActivation.ATAN, alpha);
          assertTrue(a[0] == state[0] && a[m + 1] == state[m + 1], "only the m rows change");
          for (int i = 1; i <= m; i++) {
            total++;
            differ += a[i] == b[i] ? 0 : 1;
            assertTrue(Math.abs(a[i] - b[i]) <= Math.ulp(b[i]), "row " + i + ": " + a[i] + " against " + b[i]);
            double s = alpha * 0.636 * Math.atan(raw[2 + i - 1]);
            double x = (state[i] - (double) raw[2 + m + i - 1]) * Math.exp(-s);
            assertTrue(Math.abs(a[i] - x) <= 1e-6 * Math.abs(x) + 1e-30, "the coupling map at row " + i);
          }
        }
      }
    }
    System.out.printf("%d of %d elements differ from the per-element map by one float ulp%n", differ, total);
    assertTrue(differ <= total / 1000, differ + " of " + total + " differ");
  }

  @Test
  void appliesToTheAtanClampOnly() {
    assertTrue(LaneAffineMap.applies(ClampActivation.ATAN, 2.0));
    assertFalse(LaneAffineMap.applies(ClampActivation.TANH, 2.0));
    assertFalse(LaneAffineMap.applies(ClampActivation.ATAN, 1e4));
  }
}
