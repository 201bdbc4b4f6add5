package org.inversesuite.data.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class FiniteDataTest {
  @Test
  void acceptsFiniteData() {
    ArrayDataset d = ArrayDatasetTest.numbered(10);
    assertSame(d, FiniteData.requireFinite(d, "training data"));
  }

  @Test
  void namesRowAndColumnOfNaNInX() {
    Matrix x = Matrix.zeros(Precision.FLOAT64, 9000, 3);
    x.set(8500, 2, Double.NaN);
    ArrayDataset d = new ArrayDataset(x, Matrix.zeros(Precision.FLOAT64, 9000, 1));
    NonFiniteException e = assertThrows(NonFiniteException.class, () -> FiniteData.requireFinite(d, "training data"));
    assertEquals("training data x", e.where());
    assertEquals(8500, e.rowIndex());
    assertEquals(2, e.columnIndex());
  }

  @Test
  void namesRowAndColumnOfInfinityInYOfASubset() {
    Matrix y = Matrix.zeros(Precision.FLOAT32, 6, 2);
    y.set(4, 1, Double.NEGATIVE_INFINITY);
    ArrayDataset d = new ArrayDataset(Matrix.zeros(Precision.FLOAT32, 6, 1), y);
    RowSubset subset = new RowSubset(d, new int[] {5, 4, 0});
    NonFiniteException e = assertThrows(NonFiniteException.class, () -> FiniteData.requireFinite(subset, "validation"));
    assertEquals("validation y", e.where());
    assertEquals(1, e.rowIndex(), "row of the subset, not of the parent");
    assertEquals(1, e.columnIndex());
    assertTrue(e.getMessage().contains("-Infinity"), e.getMessage());
  }
}
