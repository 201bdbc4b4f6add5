package org.inversesuite.data.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static CsvTable table() {
    return new CsvTable(List.of("a", "b", "c"), Matrix.of(Precision.FLOAT64, new double[][] {{1, 2, 3}, {4, 5, 6}}));
  }

  @Test
  void selectsColumnsByNameInTheGivenOrder() {
    Matrix m = table().columns("c", "a");
    assertEquals(Precision.FLOAT64, m.precision());
    assertArrayEquals(new double[][] {{3, 1}, {6, 4}}, m.toRows());
  }

  @Test
  void readsEntriesByColumnIndexAsByName() {
    CsvTable t = table();
    for (int row = 0; row < t.rows(); row++) {
      for (String name : t.columns()) {
        assertEquals(t.get(row, name), t.get(row, t.indexOf(name)), 0.0);
      }
    }
    assertEquals(6, t.get(1, 2), 0.0);
  }

  @Test
  void missingColumnListsAvailableNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table().columns("a", "zz"));
    assertEquals("no column 'zz'; available: a, b, c", e.getMessage());
  }

  @Test
  void isImmutable() {
    List<String> names = new ArrayList<>(List.of("a"));
    Matrix values = Matrix.of(Precision.FLOAT64, new double[][] {{1}});
    CsvTable t = new CsvTable(names, values);
    names.set(0, "changed");
    values.set(0, 99);
    t.values().set(0, 42);
    assertEquals(List.of("a"), t.columns());
    assertEquals(1.0, t.get(0, "a"), 0.0);
    assertThrows(UnsupportedOperationException.class, () -> t.columns().add("x"));
  }

  @Test
  void float32ValuesBecomeExactFloat64() {
    CsvTable t = new CsvTable(List.of("a"), Matrix.of(Precision.FLOAT32, new double[][] {{0.1}}));
    assertEquals(Precision.FLOAT64, t.values().precision());
    assertEquals((double) 0.1f, t.get(0, "a"), 0.0);
  }

  @Test
  void refusesBadNamesAndShapes() {
    Matrix m = Matrix.of(Precision.FLOAT64, new double[][] {{1, 2}});
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> new CsvTable(List.of("a", "a"), m));
    assertTrue(dup.getMessage().contains("'a'"), dup.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CsvTable(List.of("a", ""), m));
    assertThrows(ShapeMismatchException.class, () -> new CsvTable(List.of("a"), m));
  }

  @Test
  void equalityIsByNamesAndBits() {
    assertEquals(table(), table());
    assertEquals(table().hashCode(), table().hashCode());
    CsvTable zero = new CsvTable(List.of("a"), Matrix.of(Precision.FLOAT64, new double[][] {{0.0}}));
    CsvTable negZero = new CsvTable(List.of("a"), Matrix.of(Precision.FLOAT64, new double[][] {{-0.0}}));
    assertNotEquals(zero, negZero);
  }
}
