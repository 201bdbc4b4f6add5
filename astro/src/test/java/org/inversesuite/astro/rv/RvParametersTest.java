package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.tensor.DoubleMatrix;
import org.junit.jupiter.api.Test;

class RvParametersTest {
  @Test
  void refusesEachOutOfRangeValue() {
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(0, 1, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(Double.POSITIVE_INFINITY, 1, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, -1, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, 1, 1, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, 1, Double.NaN, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, 1, 0, Double.NaN, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, 1, 0, 0, 0, Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> new RvParameters(1, 1, 0, 0, 0, 0, -0.5));
  }

  @Test
  void rowRoundTripAndRowNamedInErrors() {
    RvParameters p = new RvParameters(12, 30, 0.2, 1, 2, -4, 3);
    double[] row = p.toArray();
    assertEquals(RvParameters.NAMES.size(), row.length);
    double[] two = new double[14];
    System.arraycopy(row, 0, two, 7, 7);
    two[0] = -1;
    DoubleMatrix x = new DoubleMatrix(2, 7, two);
    assertEquals(p, RvParameters.fromRow(x, 1));
    assertArrayEquals(row, RvParameters.fromRow(x, 1).toArray(), 0.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RvParameters.fromRow(x, 0));
    assertTrue(e.getMessage().startsWith("row 0"), e.getMessage());
  }
}
