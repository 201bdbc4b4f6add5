package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

class MonomialBasisTest {
  @Test
  void hasOneMonomialPerCombinationWithRepetition() {
    for (int d = 1; d <= 10; d++) {
      for (int p = 1; p <= 4; p++) {
        assertEquals(CombinatoricsUtils.binomialCoefficient(d + p, p), new MonomialBasis(d, p).size(), d + ", " + p);
      }
    }
  }

  @Test
  void listsTheQuadraticMonomialsOfTwoVariablesInOrder() {
    double[] out = new double[6];
    new MonomialBasis(2, 2).evaluate(new double[] {3, 5}, out);
    assertArrayEquals(new double[] {1, 3, 5, 9, 15, 25}, out, 0.0);
  }

  @Test
  void refusesMismatchedLengthsAndDegrees() {
    MonomialBasis b = new MonomialBasis(3, 2);
    assertThrows(IllegalArgumentException.class, () -> b.evaluate(new double[2], new double[b.size()]));
    assertThrows(IllegalArgumentException.class, () -> new MonomialBasis(3, 0));
    assertThrows(IllegalArgumentException.class, () -> new MonomialBasis(0, 2));
  }
}
