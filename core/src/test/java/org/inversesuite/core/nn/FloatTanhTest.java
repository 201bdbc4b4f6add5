package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FloatTanh} against {@code (float) Math.tanh}, bit for bit. */
class FloatTanhTest {

  private static void assertSame(float u) {
    assertEquals(Float.floatToRawIntBits((float) Math.tanh(u)), Float.floatToRawIntBits(FloatTanh.of(u)),
        () -> "tanh(" + u + ")");
  }

  @Test
  void specialValuesAreThoseOfMathTanh() {
    float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1f / 256, -1f / 256,
        Math.nextDown(1f / 256), 0.5f, 1f, 9f, 9.1f, 20f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN};
    for (float u : special) {
      assertSame(u);
    }
  }

  @Test
  void everyFloatOfSweepsWhereTheFormulaIsUsedIsThatOfMathTanh() {
    // 200,000 consecutive floats from each start: the switch to the formula, where tanh = 0.5, 1, and
    // where tanh(u) rounds to 1
    for (float start : new float[] {1f / 256 - 1e-5f, 0.54f, 1f, 8.9f}) {
      float u = start;
      for (int i = 0; i < 200_000; i++, u = Math.nextUp(u)) {
        assertSame(u);
        assertSame(-u);
      }
    }
  }

  @Test
  void randomFloatsOfEveryMagnitudeAreThoseOfMathTanh() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1_000_000; i++) {
      assertSame(Float.intBitsToFloat(random.nextInt()));
      assertSame((float) (8 * random.nextDouble() - 4));
    }
  }

  @Test
  void theDenseKernelsTanhIsThatOfMathTanh() {
    float[] y = new float[1003];
    float[] expected = new float[y.length];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (6 * random.nextDouble() - 3);
      expected[i] = (float) Math.tanh(y[i]);
    }
    FloatActivation.apply(y, y.length, Activation.TANH);
    for (int i = 0; i < y.length; i++) {
      assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(y[i]), "element " + i);
    }
  }
}
