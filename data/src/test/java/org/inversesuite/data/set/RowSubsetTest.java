package org.inversesuite.data.set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowSubsetTest {
  @Test
  void mapsRowsToTheParent() {
    RowSubset s = new RowSubset(ArrayDatasetTest.numbered(5), new int[] {3, 1});
    assertEquals(2, s.size());
    assertArrayEquals(new double[][] {{1, 10}, {3, 30}}, s.batch(new int[] {1, 0}).x().toRows());
    assertArrayEquals(new int[] {3, 1}, s.parentRows());
  }

  @Test
  void refusesIndicesOutsideParentOrView() {
    ArrayDataset d = ArrayDatasetTest.numbered(5);
    assertThrows(IndexOutOfBoundsException.class, () -> new RowSubset(d, new int[] {5}));
    RowSubset s = new RowSubset(d, new int[] {0, 1});
    assertThrows(IndexOutOfBoundsException.class, () -> s.batch(new int[] {2}));
  }
}
