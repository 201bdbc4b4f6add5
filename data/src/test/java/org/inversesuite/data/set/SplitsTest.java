package org.inversesuite.data.set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void groupsStayWholeAndSingletonGroupsGiveTheRowSplit() {
    ArrayDataset data = ArrayDatasetTest.numbered(120);
    int[] shape = new int[120];
    Arrays.setAll(shape, i -> i % 40);
    TrainValidation s = Splits.trainValidation(data, shape, 0.1, new Rng(3));
    assertEquals(12, s.validation().size(), "4 of 40 groups, 3 rows each");
    assertEquals(108, s.train().size());
    java.util.Set<Integer> validationGroups = new java.util.HashSet<>();
    for (int id : ids(s.validation())) {
      validationGroups.add(shape[id]);
    }
    assertEquals(4, validationGroups.size());
    for (int id : ids(s.train())) {
      assertFalse(validationGroups.contains(shape[id]), "row " + id + " of a validation group is in training");
    }
    int[] own = new int[120];
    Arrays.setAll(own, i -> 1000 - i);
    TrainValidation rows = Splits.trainValidation(data, 0.1, new Rng(3));
    TrainValidation singletons = Splits.trainValidation(data, own, 0.1, new Rng(3));
    assertArrayEquals(ids(rows.validation()), ids(singletons.validation()));
    assertArrayEquals(ids(rows.train()), ids(singletons.train()));
    assertThrows(IllegalArgumentException.class, () -> Splits.trainValidation(data, new int[119], 0.1, new Rng(0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Splits.trainValidation(data, new int[120], 0.1, new Rng(0)));
    assertTrue(e.getMessage().contains("of 1 groups"), e.getMessage());
  }
}
