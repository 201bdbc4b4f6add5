package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurrogateSamplesTest {
  /** n designs with x_i = i, C_l = 1, C_d = 0.01 (L/D 100). */
  private static SurrogateSamples designs(int n, int[] shapes) {
    double[][] x = new double[n][];
    Arrays.setAll(x, i -> new double[] {i});
    double[] cl = new double[n];
    Arrays.fill(cl, 1);
    double[] cd = new double[n];
    Arrays.fill(cd, 0.01);
    return shapes == null ? new SurrogateSamples(x, cl, cd) : new SurrogateSamples(x, cl, cd, shapes);
  }

  /** @return predictions off by the given relative error in both C_l and L/D at some rows, by 5 elsewhere */
  private static double[][] predictedWithErrors(int n, Map<Integer, Double> errors) {
    double[][] predicted = new double[n][];
    for (int i = 0; i < n; i++) {
      double e = errors.getOrDefault(i, 5.0);
      predicted[i] = new double[] {1 + e, 100 * (1 + e)};
    }
    return predicted;
  }

  @Test
  void heldOutErrorsAreMediansOverEveryTenthDesign() {
    // Rows 9, 19, 29 are held out: errors in Cl 0.01, 0.03, 0.02 and in L/D 1 %, 3 %, 2 %.
    double[][] predicted = predictedWithErrors(30, Map.of(9, 0.01, 19, 0.03, 29, 0.02));
    assertArrayEquals(new double[] {0.02, 0.02}, designs(30, null).heldOutErrors(predicted), 1e-12);
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
    int[] shapes = new int[36];
    Arrays.setAll(shapes, i -> 100 + i / 3);
    SurrogateSamples s = designs(36, shapes);
    double[][] predicted = predictedWithErrors(36, Map.of(27, 0.01, 28, 0.04, 29, 0.02));
    assertArrayEquals(new double[] {0.02, 0.02}, s.heldOutErrors(predicted), 1e-12);
    assertEquals(33, s.trainingRows().length);
    for (int i : s.trainingRows()) {
      assertTrue(i < 27 || i > 29, "row " + i + " of the held-out shape is trained on");
    }
    shapes[30] = 100;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> designs(36, shapes));
    assertTrue(e.getMessage().contains("shape 100 are not adjacent (row 30)"), e.getMessage());
  }
}
