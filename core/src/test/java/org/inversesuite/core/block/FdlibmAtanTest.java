package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FdlibmAtan} returns the bits of {@link StrictMath#atan} (JDK 17: native fdlibm): on the
 * special values, on every breakpoint of the argument reduction and its neighbours, and on
 * random arguments over the whole double range and the range of subnet outputs.
 */
class FdlibmAtanTest {
  private static void assertSameBits(double x) {
    long expected = Double.doubleToRawLongBits(StrictMath.atan(x));
    long got = Double.doubleToRawLongBits(FdlibmAtan.atan(x));
    assertEquals(expected, got, () -> "atan(" + x + ") = " + FdlibmAtan.atan(x) + ", StrictMath gives "
        + StrictMath.atan(x));
  }

  @Test
  void specialValuesAndTheBreakpointsOfTheReduction() {
    List<Double> xs = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1.0, -1.0));
    double[] breaks = {7 / 16.0, 11 / 16.0, 19 / 16.0, 39 / 16.0, Math.scalb(1.0, 66), Math.scalb(1.0, -29)};
    for (double b : breaks) {
      for (double v : new double[] {b, Math.nextUp(b), Math.nextDown(b)}) {
        xs.add(v);
        xs.add(-v);
      }
    }
    xs.forEach(FdlibmAtanTest::assertSameBits);
  }

  @Test
  void randomArgumentsGiveTheSameBits() {
    SplittableRandom r = new SplittableRandom(20261130);
    for (int i = 0; i < 300_000; i++) {
      assertSameBits(r.nextDouble(-3, 3));
      assertSameBits(r.nextDouble(-100, 100) * r.nextDouble());
      assertSameBits(Double.longBitsToDouble(r.nextLong())); // every exponent, NaNs included
      assertSameBits((float) r.nextDouble(-8, 8)); // float32 subnet outputs, widened
    }
  }
}
