package org.inversesuite.astro.interior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class SimplexTransformTest {
  @Test
  void roundTripOverTheSimplex() {
    Rng rng = new Rng(3);
    for (int i = 0; i < 2000; i++) {
      Composition c = Composition.fromUnitSquare(rng.uniform(), rng.uniform());
      double[] v = SimplexTransform.toReal(c);
      Composition back = SimplexTransform.fromReal(v[0], v[1]);
      assertEquals(c.core(), back.core(), 1e-12);
      assertEquals(c.mantle(), back.mantle(), 1e-12);
      assertEquals(c.water(), back.water(), 1e-12);
      double[] again = SimplexTransform.toReal(back);
      assertEquals(v[0], again[0], 1e-6 * Math.max(1, Math.abs(v[0])));
      assertEquals(v[1], again[1], 1e-6 * Math.max(1, Math.abs(v[1])));
    }
  }

  @Test
  void pureMaterialsMapToFiniteCoordinatesAndBack() {
    Composition[] corners = {Composition.iron(), new Composition(0, 1, 0), new Composition(0, 0, 1),
        new Composition(0.5, 0, 0.5)};
    for (Composition c : corners) {
      double[] v = SimplexTransform.toReal(c);
      assertTrue(Double.isFinite(v[0]) && Double.isFinite(v[1]), c.toString());
      Composition back = SimplexTransform.fromReal(v[0], v[1]);
      assertEquals(c.core(), back.core(), 1e-6, c.toString());
      assertEquals(c.mantle(), back.mantle(), 1e-6, c.toString());
      assertEquals(c.water(), back.water(), 1e-6, c.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> SimplexTransform.fromReal(Double.NaN, 0));
  }

  /** ln|∂u/∂v| against central differences of u(v) = (1 − core)², water / (1 − core). */
  @Test
  void logJacobianMatchesFiniteDifferences() {
    Rng rng = new Rng(4);
    double h = 1e-6;
    for (int i = 0; i < 200; i++) {
      double v1 = 6 * (rng.uniform() - 0.5);
      double v2 = 6 * (rng.uniform() - 0.5);
      double[][] j = new double[2][2];
      for (int k = 0; k < 2; k++) {
        double[] plus = SimplexTransform.fromReal(v1 + (k == 0 ? h : 0), v2 + (k == 1 ? h : 0)).toUnitSquare();
        double[] minus = SimplexTransform.fromReal(v1 - (k == 0 ? h : 0), v2 - (k == 1 ? h : 0)).toUnitSquare();
        j[0][k] = (plus[0] - minus[0]) / (2 * h);
        j[1][k] = (plus[1] - minus[1]) / (2 * h);
      }
      double numeric = Math.log(Math.abs(j[0][0] * j[1][1] - j[0][1] * j[1][0]));
      assertEquals(numeric, SimplexTransform.logJacobian(v1, v2), 1e-6, "at v = (" + v1 + ", " + v2 + ")");
    }
  }
}
