package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks shared by the surrogate tests. */
final class SurrogateAssertions {
  private SurrogateAssertions() {}

  /** Asserts that two surrogates predict bit-identical C_l and L/D at the given inputs. */
  static void assertSamePredictions(LiftDragSurrogate expected, LiftDragSurrogate actual, double[][] x) {
    double[][] a = expected.predict(x);
    double[][] b = actual.predict(x);
    for (int i = 0; i < x.length; i++) {
      assertEquals(a[i][0], b[i][0], 0.0, "Cl of row " + i);
      assertEquals(a[i][1], b[i][1], 0.0, "L/D of row " + i);
    }
  }
}
