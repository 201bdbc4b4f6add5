package org.inversesuite.astro.interior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Radii of the solver against the published mass-radius relations of Seager et al. 2007,
 * "Mass-radius relationships for solid exoplanets", ApJ 669, 1279: their fitting formula
 * log₁₀ R_s = k₁ + ⅓ log₁₀ M_s − k₂ M_s^k₃ with the Table 4 constants ({@link SeagerFit}), for
 * pure Fe(ε), MgSiO₃ and H₂O planets from 0.1 to 30 M⊕ (above ~20 M⊕ the fit is their
 * extrapolation). Required: within 3 %.
 */
class SeagerValidationTest {
  private static final Logger LOG = Logger.getLogger(SeagerValidationTest.class.getName());
  private static final double[] MASSES = {0.1, 0.3, 1, 3, 10, 20, 30};
  private final InteriorSolver solver = InteriorSolver.defaults();

  @Test
  void quotedScalesFollowFromTheTable3EquationsOfState() {
    assertEquals(5.80, SeagerFit.scaleMass(Material.IRON.eos()), 0.02);
    assertEquals(2.52, SeagerFit.scaleRadius(Material.IRON.eos()), 0.01);
    assertEquals(10.55, SeagerFit.scaleMass(Material.PEROVSKITE.eos()), 0.03);
    assertEquals(3.90, SeagerFit.scaleRadius(Material.PEROVSKITE.eos()), 0.01);
    assertEquals(5.52, SeagerFit.scaleMass(Material.WATER_ICE.eos()), 0.02);
    assertEquals(4.43, SeagerFit.scaleRadius(Material.WATER_ICE.eos()), 0.01);
  }

  @Test
  void pureIron() {
    check("Fe", Composition.iron(), SeagerFit.IRON);
  }

  @Test
  void pureSilicate() {
    check("MgSiO3", new Composition(0, 1, 0), SeagerFit.PEROVSKITE);
  }

  @Test
  void pureWater() {
    check("H2O", new Composition(0, 0, 1), SeagerFit.WATER_ICE);
  }

  private void check(String name, Composition composition, SeagerFit fit) {
    StringBuilder table = new StringBuilder(name + ": M [M_E], R solver, R Seager fit, error %\n");
    double worst = 0;
    for (double m : MASSES) {
      double r = solver.solve(m, composition).radius();
      double published = fit.radius(m);
      double error = 100 * (r / published - 1);
      worst = Math.max(worst, Math.abs(error));
      table.append(String.format("  %5.1f  %.4f  %.4f  %+.2f%n", m, r, published, error));
      assertEquals(published, r, 0.03 * published, name + " at " + m + " Earth masses");
    }
    double reported = worst;
    LOG.info(() -> table + "  worst " + String.format("%.2f", reported) + " %");
    assertTrue(worst < 3);
  }
}
