package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurrogateSamplesTest {
  @Test
  void heldOutErrorsAreMediansOverEveryTenthDesign() {
    int n = 30;
    double[][] x = new double[n][1];
    double[] cl = new double[n];
    double[] cd = new double[n];
    double[][] predicted = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i][0] = i;
      cl[i] = 1;
      cd[i] = 0.01;
      // Rows 9, 19, 29 are held out: errors in Cl 0.01, 0.03, 0.02 and in L/D 1 %, 3 %, 2 %.
      double e = i == 9 ? 0.01 : i == 19 ? 0.03 : i == 29 ? 0.02 : 5;
      predicted[i] = new double[] {1 + e, 100 * (1 + e)};
    }
    assertArrayEquals(new double[] {0.02, 0.02}, new SurrogateSamples(x, cl, cd).heldOutErrors(predicted), 1e-12);
  }

  @Test
  void refusesBadDataWithAMessageNamingIt() {
    double[][] x = {{1, 2}, {3, 4}, {5, 6}};
    double[] cl = {0.1, 0.2, 0.3};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SurrogateSamples(x, cl, new double[] {0.01, 0, 0.01}));
    assertTrue(e.getMessage().contains("design 1"), e.getMessage());
    x[2][1] = Double.POSITIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> new SurrogateSamples(x, cl, new double[] {0.01, 0.01, 0.01}));
    assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SurrogateSamples(x, cl, new double[] {0.01}));
    assertTrue(e.getMessage().contains("as many"), e.getMessage());
  }

  @Test
  void rowsOfOneShapeAreHeldOutTogether() {
    // 12 shapes at 3 angles: shape 9 (rows 27, 28, 29) is the only one held out
    int n = 36;
    double[][] x = new double[n][1];
    double[] cl = new double[n];
    double[] cd = new double[n];
    int[] shapes = new int[n];
    double[][] predicted = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i][0] = i;
      cl[i] = 1;
      cd[i] = 0.01;
      shapes[i] = 100 + i / 3;
      double e = i == 27 ? 0.01 : i == 28 ? 0.04 : i == 29 ? 0.02 : 5;
      predicted[i] = new double[] {1 + e, 100 * (1 + e)};
    }
    SurrogateSamples s = new SurrogateSamples(x, cl, cd, shapes);
    assertArrayEquals(new double[] {0.02, 0.02}, s.heldOutErrors(predicted), 1e-12);
    assertEquals(33, s.trainingRows().length);
    for (int i : s.trainingRows()) {
      assertTrue(i < 27 || i > 29, "row " + i + " of the held-out shape is trained on");
    }
    shapes[30] = 100;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SurrogateSamples(x, cl, cd, shapes));
    assertTrue(e.getMessage().contains("shape 100 are not adjacent (row 30)"), e.getMessage());
  }
}
