package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The secant predictor of a polar's next start. */
class WarmStartTest {
  private static double[] speeds(double[] inviscid, double alpha) {
    double[] q = new double[inviscid.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = inviscid[i] + 0.01 * (i + 1) - 0.003 * i * alpha; // viscous correction linear in alpha
    }
    return q;
  }

  private static double[] inviscid(double alpha) {
    double[] q = new double[5];
    for (int i = 0; i < q.length; i++) {
      q[i] = Math.sin(0.7 * i + Math.toRadians(alpha));
    }
    return q;
  }

  @Test
  void isExactWhenTheViscousCorrectionIsLinearInAlpha() {
    double[] i1 = inviscid(2);
    double[] i2 = inviscid(1);
    double[] i0 = inviscid(4);
    // unequal spacing: 1 -> 2 -> 4 degrees, and backwards
    assertArrayEquals(speeds(i0, 4), WarmStart.predict(i0, speeds(i1, 2), i1, 2, speeds(i2, 1), i2, 1, 4), 1e-14);
    assertArrayEquals(speeds(i2, 1), WarmStart.predict(i2, speeds(i1, 2), i1, 2, speeds(i0, 4), i0, 4, 1), 1e-14);
  }

  @Test
  void holdsTheViscousCorrectionWithOneConvergedAngle() {
    double[] i1 = inviscid(2);
    double[] i0 = inviscid(3);
    double[] q1 = speeds(i1, 2);
    double[] expected = new double[5];
    for (int i = 0; i < 5; i++) {
      expected[i] = q1[i] + i0[i] - i1[i];
    }
    assertArrayEquals(expected, WarmStart.predict(i0, q1, i1, 2, null, null, Double.NaN, 3), 1e-15);
  }
}
