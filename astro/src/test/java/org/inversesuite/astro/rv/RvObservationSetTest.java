package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class RvObservationSetTest {
  @Test
  void copiesInAndOutAndComparesByValue() {
    double[] t = {1, 2, 3};
    double[] v = {5, -5, 0};
    double[] s = {1, 2, 3};
    RvObservationSet set = new RvObservationSet(t, v, s);
    t[0] = 99;
    set.velocities()[1] = 42;
    assertEquals(1, set.time(0));
    assertEquals(-5, set.velocity(1));
    assertEquals(3, set.size());
    assertEquals(new RvObservationSet(new double[] {1, 2, 3}, new double[] {5, -5, 0}, new double[] {1, 2, 3}), set);
    assertEquals(set.hashCode(),
        new RvObservationSet(new double[] {1, 2, 3}, new double[] {5, -5, 0}, new double[] {1, 2, 3}).hashCode());
    assertNotEquals(new RvObservationSet(new double[] {1, 2, 3}, new double[] {5, -5, 1}, new double[] {1, 2, 3}), set);
    Matrix m = set.toMatrix();
    assertEquals(3, m.rows());
    assertEquals(3, m.cols());
    assertEquals(-5, m.get(1, 1));
    assertEquals(3, m.get(2, 2));
  }

  @Test
  void refusesBadInputNamingTheIndex() {
    assertMessage("equal length", new double[] {1, 2}, new double[] {1}, new double[] {1, 1});
    assertMessage("at least one", new double[0], new double[0], new double[0]);
    assertMessage("measurement 1 is not finite", new double[] {1, 2}, new double[] {0, Double.NaN}, new double[] {1, 1});
    assertMessage("measurement 0: error bar must be > 0", new double[] {1, 2}, new double[] {0, 0}, new double[] {0, 1});
    assertMessage("measurement 1: error bar must be > 0", new double[] {1, 2}, new double[] {0, 0}, new double[] {1, -1});
    assertMessage("t[1]=1.0 repeats t[0]=1.0", new double[] {1, 1}, new double[] {0, 0}, new double[] {1, 1});
    assertMessage("t[2]=0.5 is before t[1]=2.0", new double[] {1, 2, 0.5}, new double[] {0, 0, 0}, new double[] {1, 1, 1});
  }

  private static void assertMessage(String part, double[] t, double[] v, double[] s) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RvObservationSet(t, v, s));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
