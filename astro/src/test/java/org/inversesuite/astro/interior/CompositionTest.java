package org.inversesuite.astro.interior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class CompositionTest {
  @Test
  void unitSquareRoundTrip() {
    Rng rng = new Rng(1);
    for (int i = 0; i < 1000; i++) {
      double u1 = rng.uniform();
      double u2 = rng.uniform();
      Composition c = Composition.fromUnitSquare(u1, u2);
      assertEquals(1.0, c.core() + c.mantle() + c.water(), 1e-15);
      double[] back = c.toUnitSquare();
      assertEquals(u1, back[0], 1e-12);
      assertEquals(u2, back[1], 1e-12);
    }
    assertEquals(Composition.iron(), Composition.fromUnitSquare(0, 0.7));
    assertEquals(0.0, Composition.iron().toUnitSquare()[1]);
  }

  /** Uniform on the simplex: each fraction has the Beta(1, 2) marginal, P(f ≤ t) = 1 − (1 − t)². */
  @Test
  void uniformSquareGivesUniformSimplex() {
    Rng rng = new Rng(2);
    int n = 40_000;
    double[] thresholds = {0.1, 0.3, 0.5, 0.8};
    int[][] below = new int[3][thresholds.length];
    for (int i = 0; i < n; i++) {
      Composition c = Composition.fromUnitSquare(rng.uniform(), rng.uniform());
      double[] f = {c.core(), c.mantle(), c.water()};
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < thresholds.length; j++) {
          if (f[k] <= thresholds[j]) {
            below[k][j]++;
          }
        }
      }
    }
    for (int k = 0; k < 3; k++) {
      for (int j = 0; j < thresholds.length; j++) {
        double p = 1 - (1 - thresholds[j]) * (1 - thresholds[j]);
        assertEquals(p, below[k][j] / (double) n, 4 * Math.sqrt(p * (1 - p) / n), "fraction " + k + " at " + thresholds[j]);
      }
    }
  }

  @Test
  void layersSkipEmptyShellsAndValidation() {
    assertEquals(1, Composition.iron().layers().size());
    assertEquals(2, Composition.earthLike().layers().size());
    assertEquals(Material.WATER_ICE.eos(), new Composition(0.2, 0.3, 0.5).layers().get(2).eos());
    assertThrows(IllegalArgumentException.class, () -> new Composition(0.5, 0.5, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new Composition(-0.1, 0.6, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Composition(Double.NaN, 0.5, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Composition.fromUnitSquare(1.1, 0));
    assertThrows(IllegalArgumentException.class, () -> Layer.of(Material.IRON, 0));
  }
}
