package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link VectorDot} against the sequential sum, over lengths and offsets around the vector width. */
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
}
