package org.inversesuite.data.set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.junit.jupiter.api.Test;

class ArrayDatasetTest {
  /** x row i = (i, 10 i), y row i = (-i); FLOAT32 x, FLOAT64 y. */
  static ArrayDataset numbered(int n) {
    Matrix x = Matrix.zeros(Precision.FLOAT32, n, 2);
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, 1);
    for (int i = 0; i < n; i++) {
      x.set(i, 0, i);
      x.set(i, 1, 10 * i);
      y.set(i, 0, -i);
    }
    return new ArrayDataset(x, y);
  }

  @Test
  void reportsSizeAndDimensions() {
    ArrayDataset d = numbered(5);
    assertEquals(5, d.size());
    assertEquals(2, d.xDimension());
    assertEquals(1, d.yDimension());
  }

  @Test
  void batchCopiesTheRowsInTheGivenOrderKeepingPrecision() {
    ArrayDataset d = numbered(5);
    Batch b = d.batch(new int[] {4, 0, 4});
    assertEquals(Precision.FLOAT32, b.x().precision());
    assertEquals(Precision.FLOAT64, b.y().precision());
    assertArrayEquals(new double[][] {{4, 40}, {0, 0}, {4, 40}}, b.x().toRows());
    assertArrayEquals(new double[][] {{-4}, {0}, {-4}}, b.y().toRows());
    b.x().set(0, 99);
    assertEquals(4.0, d.batch(new int[] {4}).x().get(0), 0.0);
    assertEquals(0, d.batch(new int[0]).size());
  }

  @Test
  void isNotChangedThroughTheMatricesItWasBuiltFromOrGives() {
    Matrix x = Matrix.of(Precision.FLOAT64, new double[][] {{1}});
    Matrix y = Matrix.of(Precision.FLOAT64, new double[][] {{2}});
    ArrayDataset d = new ArrayDataset(x, y);
    x.set(0, 7);
    d.x().set(0, 8);
    d.y().set(0, 9);
    assertEquals(1.0, d.x().get(0), 0.0);
    assertEquals(2.0, d.y().get(0), 0.0);
  }

  @Test
  void refusesRowMismatchNamingBothShapes() {
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> new ArrayDataset(Matrix.zeros(Precision.FLOAT64, 10, 3), Matrix.zeros(Precision.FLOAT64, 9, 2)));
    assertTrue(e.getMessage().contains("[10, 3]") && e.getMessage().contains("[9, 2]"), e.getMessage());
  }

  @Test
  void refusesRowsOutOfRange() {
    ArrayDataset d = numbered(3);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> d.batch(new int[] {0, 3}));
    assertTrue(e.getMessage().contains("row 3"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> d.batch(new int[] {-1}));
  }
}
