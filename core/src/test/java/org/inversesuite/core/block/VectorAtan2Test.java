package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorAtan2} returns the bits of {@link Math#atan2} in every lane, and {@link FdlibmAtan2} for every pair:
 * every pair of special values (±0, ±∞, NaN, 1, subnormals), quotients on both sides of the general case's bounds
 * 2^±58 and of fdlibm's 2^±60, all four quadrants, random bit patterns over the whole double range and points of
 * the annulus the angle pairs' draws lie on; interpreted and after the JIT compiles it.
 */
class VectorAtan2Test {
  private static final int L = VectorAtan2.SPECIES.length();

  private static void assertSameBits(double[] ys, double[] xs) {
    int n = (ys.length + L - 1) / L * L;
    double[] y = java.util.Arrays.copyOf(ys, n);
    double[] x = java.util.Arrays.copyOf(xs, n);
    double[] out = new double[n];
    VectorAtan2.atan2(y, x, out, new double[n], new double[n], n);
    for (int i = 0; i < n; i++) {
      double a = y[i];
      double b = x[i];
      assertEquals(Double.doubleToRawLongBits(Math.atan2(a, b)), Double.doubleToRawLongBits(out[i]),
          () -> "atan2(" + a + ", " + b + ") = " + Math.atan2(a, b));
      assertEquals(Double.doubleToRawLongBits(Math.atan2(a, b)), Double.doubleToRawLongBits(FdlibmAtan2.atan2(a, b)),
          () -> "scalar atan2(" + a + ", " + b + ") = " + Math.atan2(a, b));
    }
  }

  @Test
  void everyPairOfSpecialValuesAndTheBoundsOfTheGeneralCase() {
    List<Double> v = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1.0, -1.0, Math.nextUp(1.0), Math.nextDown(1.0), 0.5, 3.0, -7.25));
    for (int e : new int[] {58, 59, 60, 61, 62, -58, -59, -60, -61, -62}) {
      double b = Math.scalb(1.0, e);
      for (double w : new double[] {b, Math.nextUp(b), Math.nextDown(b), 1.5 * b}) {
        v.add(w);
        v.add(-w);
      }
    }
    List<Double> ys = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    for (double a : v) {
      for (double b : v) {
        ys.add(a);
        xs.add(b);
      }
    }
    assertSameBits(ys.stream().mapToDouble(Double::doubleValue).toArray(),
        xs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void randomBitPatternsAndAnnulusPointsBeforeAndAfterCompilation() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 4096;
    for (int round = 0; round < 300; round++) { // enough calls for C2 to compile the loops
      double[] y = new double[n];
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        if (i % 2 == 0) { // anywhere in the double range, NaNs included
          y[i] = Double.longBitsToDouble(random.nextLong());
          x[i] = Double.longBitsToDouble(random.nextLong());
        } else { // what the pairs' draws are: a point near the unit circle, any angle, some far out
          double r = Math.exp(0.25 * gaussian(random)) * (i % 50 == 1 ? 1e3 : 1);
          double theta = random.nextDouble(-4, 4);
          y[i] = r * Math.sin(theta);
          x[i] = r * Math.cos(theta);
        }
      }
      assertSameBits(y, x);
    }
  }

  @Test
  void refusesALengthOutsideTheLanes() {
    if (L > 1) {
      double[] a = new double[L + 1];
      assertThrows(IllegalArgumentException.class, () -> VectorAtan2.atan2(a, a, a.clone(), a.clone(), a.clone(),
          L + 1));
    }
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
