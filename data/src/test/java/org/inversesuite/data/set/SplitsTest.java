package org.inversesuite.data.set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class SplitsTest {
  /** @return the original row numbers (x column 0 of {@link ArrayDatasetTest#numbered}) */
  private static int[] ids(Dataset d) {
    int[] all = new int[d.size()];
    Arrays.setAll(all, i -> i);
    Batch b = d.batch(all);
    int[] ids = new int[d.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (int) b.x().get(i, 0);
      assertEquals(-ids[i], b.y().get(i, 0), 0.0, "x and y rows stay paired");
    }
    return ids;
  }

  @Test
  void splitsIntoDisjointPartsCoveringEveryRow() {
    ArrayDataset data = ArrayDatasetTest.numbered(100);
    TrainValidation s = Splits.trainValidation(data, 0.2, new Rng(1));
    assertEquals(80, s.train().size());
    assertEquals(20, s.validation().size());
    assertEquals(2, s.train().xDimension());
    assertEquals(1, s.validation().yDimension());
    int[] all = new int[100];
    System.arraycopy(ids(s.train()), 0, all, 0, 80);
    System.arraycopy(ids(s.validation()), 0, all, 80, 20);
    Arrays.sort(all);
    int[] expected = new int[100];
    Arrays.setAll(expected, i -> i);
    assertArrayEquals(expected, all);
  }

  @Test
  void isShuffledAndDeterministicForASeed() {
    ArrayDataset data = ArrayDatasetTest.numbered(50);
    TrainValidation a = Splits.trainValidation(data, 0.3, new Rng(42));
    TrainValidation b = Splits.trainValidation(data, 0.3, new Rng(42));
    assertArrayEquals(ids(a.validation()), ids(b.validation()));
    assertArrayEquals(ids(a.train()), ids(b.train()));
    TrainValidation c = Splits.trainValidation(data, 0.3, new Rng(43));
    assertFalse(Arrays.equals(ids(a.validation()), ids(c.validation())));
    int[] first15 = new int[15];
    Arrays.setAll(first15, i -> i);
    int[] validation = ids(a.validation());
    Arrays.sort(validation);
    assertFalse(Arrays.equals(first15, validation), "validation rows must not simply be the first rows");
  }

  @Test
  void refusesFractionsOutsideTheOpenUnitIntervalAndEmptyParts() {
    ArrayDataset data = ArrayDatasetTest.numbered(10);
    for (double f : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> Splits.trainValidation(data, f, new Rng(0)), "fraction " + f);
    }
    assertThrows(IllegalArgumentException.class, () -> Splits.trainValidation(data, 0.01, new Rng(0)));
    assertThrows(IllegalArgumentException.class, () -> Splits.trainValidation(data, 0.99, new Rng(0)));
    assertThrows(IllegalArgumentException.class, () -> Splits.trainValidation(ArrayDatasetTest.numbered(1), 0.5, new Rng(0)));
  }
}
