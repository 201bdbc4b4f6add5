package org.inversesuite.astro.rv.periodogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * The faster encode of run 10 (docs/astro.md) against the implementation before it: the periodogram
 * with the √w-scaled rotation state against {@link GlsPeriodogramBefore} on simulated systems of the
 * training schedule (10–200 epochs), and the features whose ln P bins are found by bisection against
 * one bin per frequency computed directly. Tolerance: 1e-11 absolute on every power and feature (the
 * two differ only in the rounding of the rotation, ~1e-13), and the same peaks in the same order.
 */
class GlsPeriodogramEquivalenceTest {
  private static final double TOLERANCE = 1e-11;

  @Test
  void powerAndFeaturesEqualTheImplementationBefore() {
    PeriodogramConfig grid = PeriodogramConfig.defaults();
    GlsPeriodogram fast = new GlsPeriodogram(grid);
    GlsPeriodogramBefore before = new GlsPeriodogramBefore(grid);
    PeriodogramFeatures features = new PeriodogramFeatures(grid);
    List<RvSimulation> systems = AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        IrregularRvConfig.defaults().withEpochs(10, 200), 0).simulate(60, new Rng(10));
    double worstPower = 0;
    double worstFeature = 0;
    for (int s = 0; s < systems.size(); s++) {
      RvObservationSet d = systems.get(s).observations();
      double[] p = fast.power(d);
      double[] q = before.power(d);
      for (int k = 0; k < p.length; k++) {
        worstPower = Math.max(worstPower, Math.abs(p[k] - q[k]));
      }
      double[] f = features.features(d);
      double[] g = new double[grid.featureCount()];
      features.summarise(q, g, 0);
      for (int j = 0; j < f.length; j++) {
        worstFeature = Math.max(worstFeature, Math.abs(f[j] - g[j]));
      }
    }
    assertTrue(worstPower < TOLERANCE, "largest power difference " + worstPower);
    assertTrue(worstFeature < TOLERANCE, "largest feature difference " + worstFeature);
  }

  @Test
  void binsFoundByBisectionEqualOneBinPerFrequency() {
    for (PeriodogramConfig grid : new PeriodogramConfig[] {PeriodogramConfig.defaults(),
        new PeriodogramConfig(1, 1000, 2000, 5, 7, 2), new PeriodogramConfig(0.5, 300, 700, 3, 64, 4),
        new PeriodogramConfig(2, 50, 100, 1, 1, 1)}) {
      PeriodogramFeatures features = new PeriodogramFeatures(grid);
      Rng r = new Rng(grid.bins());
      double[] power = new double[grid.frequencies()];
      for (int k = 0; k < power.length; k++) {
        power[k] = r.uniform();
      }
      double[] expected = new double[grid.bins()];
      for (int k = 0; k < power.length; k++) {
        int b = Math.min(grid.bins() - 1, (int) Math.floor(features.position(grid.frequency(k)) * grid.bins()));
        expected[b] = Math.max(expected[b], power[k]);
      }
      double[] out = new double[grid.featureCount()];
      features.summarise(power, out, 0);
      for (int b = 0; b < grid.bins(); b++) {
        assertEquals(expected[b], out[b], 0.0, grid + ": bin " + b);
      }
    }
  }
}
