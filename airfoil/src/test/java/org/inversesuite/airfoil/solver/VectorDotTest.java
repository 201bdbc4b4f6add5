package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorDot} against the sequential sum, over lengths and offsets around the vector width,
 * and against a scalar loop that adds in the documented fixed order, bit for bit: the sum must not
 * depend on the machine's vector width (run with {@code -XX:UseAVX=2} to check a 4-lane machine).
 */
class VectorDotTest {
  @Test
  void matchesTheSequentialSumToRounding() {
    Random random = new Random(11);
    for (int length = 0; length <= 41; length++) {
      for (int offset = 0; offset <= 5; offset += 5) {
        double[] a = random.doubles(offset + length + 3).map(v -> v - 0.5).toArray();
        double[] x = random.doubles(length + 1).map(v -> v - 0.5).toArray();
        double expected = 0;
        double magnitude = 0;
        for (int j = 0; j < length; j++) {
          expected += a[offset + j] * x[j];
          magnitude += Math.abs(a[offset + j] * x[j]);
        }
        assertEquals(expected, VectorDot.dot(a, offset, x, length), 1e-15 * magnitude + 1e-300,
            "length " + length + ", offset " + offset);
      }
    }
  }

  @Test
  void addsInTheDocumentedOrderBitForBit() {
    Random random = new Random(5);
    for (int length = 0; length <= 70; length++) {
      int offset = length % 3;
      double[] a = random.doubles(offset + length).map(v -> (v - 0.5) * Math.exp(20 * v)).toArray();
      double[] x = random.doubles(length).map(v -> v - 0.3).toArray();
      double[] partial = new double[16];
      int full = length / 16 * 16;
      for (int j = 0; j < full; j++) {
        partial[j % 16] += a[offset + j] * x[j];
      }
      double expected = 0;
      if (full > 0) {
        for (int l = 0; l < 8; l++) {
          expected += partial[l] + partial[l + 8];
        }
      }
      for (int j = full; j < length; j++) {
        expected += a[offset + j] * x[j];
      }
      double actual = VectorDot.dot(a, offset, x, length);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
          "length " + length + ": " + expected + " vs " + actual);
      // both layouts, whichever this machine's dot uses (the 512-bit one runs on the Java fallback on AVX2)
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(VectorDot.dotEightLanes(a, offset, x, length)),
          "8 lanes, length " + length);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(VectorDot.dotFourLanes(a, offset, x, length)),
          "4 lanes, length " + length);
    }
  }
}
