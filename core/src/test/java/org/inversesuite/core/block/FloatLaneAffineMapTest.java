package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatLaneAffineMap}, the ATAN coupling map in float: its atan within 2 float ulp of {@code Math.atan}
 * (rounded to float) over every exponent, at the reduction's breakpoint 1, and at the special values; its exp
 * within 2 float ulp of {@code Math.exp} over its range; and the whole map within its float error budget (the
 * rounding of z − t, ~4·2⁻²³|s| relative from s rounded to float, 3 ulp for the exp and product) of the
 * per-element double map ({@link LaneAffineMap#reference}), the rows past the last
 * whole vector left to that map and the rows outside [v0, v0 + m) untouched.
 */
class FloatLaneAffineMapTest {
  private static final int L = FloatLaneAffineMap.SPECIES.length();

  /** atan(x) read back from −s = −((atan x · 0.636) · 1): the map's first pass with α = 1. */
  private static float[] atan(float[] x) {
    float[] minus = new float[x.length];
    FloatLaneAffineMap.minusScale(x, 0, minus, x.length, 1f);
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = -minus[i] / 0.636f;
    }
    return out;
  }

  private static float ulps(float got, double exact) {
    return (float) (Math.abs(got - exact) / Math.ulp((float) exact));
  }

  @Test
  void atanWithinTwoFloatUlp() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 64 * L;
    float worst = 0;
    for (int rep = 0; rep < 300; rep++) {
      float[] x = new float[n];
      for (int i = 0; i < n; i++) {
        x[i] = (float) ((r.nextBoolean() ? 1 : -1) * Math.exp(r.nextDouble(-30, 30)));
        if (i % 7 == 0) {
          x[i] = (float) r.nextDouble(-3, 3);
        }
        if (i % 11 == 0) {
          x[i] = i % 2 == 0 ? Math.nextUp(1f) : Math.nextDown(1f);
        }
      }
      // through −s = −(atan · 0.636) and back the value picks up two more float roundings: compare against
      // the same operations on the exact atan, so only the atan's own error is measured
      float[] got = new float[n];
      FloatLaneAffineMap.minusScale(x, 0, got, n, 1f);
      for (int i = 0; i < n; i++) {
        float exactThrough = -(((float) Math.atan(x[i])) * 0.636f);
        float u = Math.abs(got[i] - exactThrough) / Math.ulp(exactThrough);
        worst = Math.max(worst, u);
        assertTrue(u <= 2, "atan(" + x[i] + "): " + got[i] + " against " + exactThrough);
      }
    }
    System.out.printf("atan: worst %.1f float ulp (through the map's scale)%n", worst);
    float[] special = new float[L * 2];
    float[] values = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, Float.MIN_VALUE, 1f, -1f,
        1e30f, -1e30f};
    for (int i = 0; i < special.length; i++) {
      special[i] = values[i % values.length];
    }
    float[] a = atan(special);
    for (int i = 0; i < special.length; i++) {
      double e = Math.atan(special[i]);
      if (Double.isNaN(e)) {
        assertTrue(Float.isNaN(a[i]), "atan(NaN)");
      } else {
        assertTrue(ulps(a[i], e) <= 3, "atan(" + special[i] + ") = " + a[i] + " against " + e);
      }
    }
  }

  @Test
  void expWithinTwoFloatUlp() {
    SplittableRandom r = new SplittableRandom(6);
    int n = 64 * L;
    float worst = 0;
    for (int rep = 0; rep < 300; rep++) {
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        y[i] = (float) (i % 3 == 0 ? r.nextDouble(-FloatLaneAffineMap.LIMIT, FloatLaneAffineMap.LIMIT)
            : r.nextDouble(-3, 3));
      }
      float[] one = new float[n];
      java.util.Arrays.fill(one, 1f);
      float[] zeroT = new float[n];
      FloatLaneAffineMap.map(zeroT, 0, one, 0, y, n); // (1 − 0) · e^y
      for (int i = 0; i < n; i++) {
        float u = ulps(one[i], Math.exp(y[i]));
        worst = Math.max(worst, u);
        assertTrue(u <= 2, "exp(" + y[i] + "): " + one[i] + " against " + Math.exp(y[i]));
      }
    }
    System.out.printf("exp: worst %.1f float ulp%n", worst);
  }

  @Test
  void theMapAgreesWithTheDoubleMapToAFewFloatUlp() {
    SplittableRandom r = new SplittableRandom(7);
    for (int m : new int[] {L, 256, 256 - L, 3 * L + 5, 3}) {
      for (double alpha : new double[] {2.0, 1.0, 0.5, 5.0}) {
        for (int rep = 0; rep < 40; rep++) {
          float[] raw = AffineMapInputs.raw(r, m);
          float[] state = AffineMapInputs.state(r, m);
          float[] a = state.clone();
          float[] b = state.clone();
          FloatLaneAffineMap.inverse(raw, 2, 2 + m, a, 1, m, alpha, new float[m]);
          LaneAffineMap.reference(raw, 2, 2 + m, b, 1, m, ClampActivation.ATAN, alpha);
          assertTrue(a[0] == state[0] && a[m + 1] == state[m + 1] && a[m + 2] == state[m + 2],
              "only the m rows change");
          int whole = m - m % L;
          for (int i = 1; i <= m; i++) {
            if (i > whole) {
              assertEquals(b[i], a[i], "the tail is the double map's");
              continue;
            }
            float diff = state[i] - raw[2 + m + i - 1];
            double sc = alpha * 0.636 * Math.atan(raw[2 + i - 1]);
            double factor = Math.exp(-sc);
            // z − t rounded to float (half an ulp of it); s in float: atan ≤ 2 ulp, two products ½ ulp each,
            // so ~3 ulp of s absolute, which e^{−s} turns into a relative error of ~3·2⁻²³|s|; then the exp
            // (1 ulp) and the product (½ ulp)
            double bound = 0.5 * Math.ulp(diff) * factor + Math.abs(b[i]) * 0x1p-23 * (4 * Math.abs(sc) + 3);
            assertTrue(Math.abs(a[i] - b[i]) <= bound, "row " + i + ": " + a[i] + " against " + b[i]);
          }
        }
      }
    }
  }

  @Test
  void appliesToTheAtanClampOnly() {
    assertTrue(FloatLaneAffineMap.applies(ClampActivation.ATAN, 2.0));
    assertFalse(FloatLaneAffineMap.applies(ClampActivation.TANH, 2.0));
    assertFalse(FloatLaneAffineMap.applies(ClampActivation.ATAN, 1e3));
  }
}
