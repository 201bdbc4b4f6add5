package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorAtan} returns the bits of {@link FdlibmAtan} (and so {@code StrictMath.atan}) in every lane:
 * special values, both sides of every breakpoint of the reduction, random arguments over the whole double
 * range and the range of float32 subnet outputs; before and after the JIT compiles it (the interpreted
 * Vector API and C2 must agree).
 */
class VectorAtanTest {
  private static final int L = VectorAtan.SPECIES.length();

  private static void assertSameBits(double[] xs) {
    int n = (xs.length + L - 1) / L * L;
    double[] x = java.util.Arrays.copyOf(xs, n);
    double[] out = new double[n];
    VectorAtan.atan(x, out, new double[n], n);
    for (int i = 0; i < n; i++) {
      double v = x[i];
      assertEquals(Double.doubleToRawLongBits(FdlibmAtan.atan(v)), Double.doubleToRawLongBits(out[i]),
          () -> "atan(" + v + ") = " + FdlibmAtan.atan(v) + " scalar");
    }
  }

  @Test
  void specialValuesAndTheBreakpointsOfTheReduction() {
    List<Double> xs = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1.0, -1.0, Double.longBitsToDouble(0xFFF8000000000001L)));
    for (double b : new double[] {7 / 16.0, 11 / 16.0, 19 / 16.0, 39 / 16.0, Math.scalb(1.0, 66),
        Math.scalb(1.0, -29)}) {
      for (double v : new double[] {b, Math.nextUp(b), Math.nextDown(b)}) {
        xs.add(v);
        xs.add(-v);
      }
    }
    assertSameBits(xs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void randomArgumentsGiveTheSameBitsBeforeAndAfterTheJit() {
    SplittableRandom r = new SplittableRandom(1130);
    for (int round = 0; round < 300; round++) { // later rounds run compiled
      double[] x = new double[1024];
      for (int i = 0; i < x.length; i++) {
        x[i] = switch (i % 3) {
          case 0 -> (float) (r.nextGaussian() * Math.exp(3 * r.nextGaussian())); // subnet outputs
          case 1 -> Double.longBitsToDouble(r.nextLong()); // every exponent
          default -> r.nextDouble(-4, 4);
        };
      }
      assertSameBits(x);
    }
  }
}
