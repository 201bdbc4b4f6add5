package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exponential form of tanh against Math.tanh, over the arguments of the e^N rate and beyond. */
class TanhTest {
  @Test
  void agreesWithMathTanhToRounding() {
    double worst = 0;
    for (double x = -40; x <= 40; x += 1.37e-4) {
      worst = Math.max(worst, Math.abs(Tanh.of(x) - Math.tanh(x)));
    }
    assertTrue(worst <= 4e-16, "largest difference " + worst);
  }

  @Test
  void isOddWithTheRightLimits() {
    // absolute, not relative, accuracy near 0 (1 − e cancels): the e^N rate adds tanh to O(1) terms
    for (double x : new double[] {1e-300, 1e-12, 1e-6, 0.3, 2.5}) {
      assertEquals(-Tanh.of(x), Tanh.of(-x), 0.0);
      assertEquals(Math.tanh(x), Tanh.of(x), 3e-16, "x " + x);
    }
    assertEquals(1.0, Tanh.of(Double.POSITIVE_INFINITY), 0.0);
    assertEquals(-1.0, Tanh.of(-800), 0.0);
    assertTrue(Double.isNaN(Tanh.of(Double.NaN)));
  }
}
