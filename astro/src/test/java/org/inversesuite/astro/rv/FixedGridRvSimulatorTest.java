package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class FixedGridRvSimulatorTest {
  private final RvForwardModel forward = RvForwardModel.evenlySpaced(new RadialVelocityModel(0.0), 0.0, 3.7, 40);
  private final double[] errors = errors(40);

  private static double[] errors(int n) {
    double[] s = new double[n];
    for (int j = 0; j < n; j++) {
      s[j] = 1 + 0.1 * j;
    }
    return s;
  }

  @Test
  void shapesAndCleanCurveMatchTheModel() {
    FixedGridRvSimulator sim = new FixedGridRvSimulator(RvPrior.defaults(), forward, errors);
    Batch b = sim.simulate(6, new Rng(1));
    assertEquals(7, b.x().cols());
    assertEquals(40, b.y().cols());
    assertEquals(6, b.size());
    Matrix clean = forward.apply(b.x());
    RvParameters p = RvParameters.fromRow(b.x(), 2);
    assertEquals(forward.model().velocity(p, 3 * 3.7), clean.get(2, 3), 1e-12);
  }

  @Test
  void noiseIsStandardNormalAfterScalingAndLikelihoodAgrees() {
    FixedGridRvSimulator sim = new FixedGridRvSimulator(RvPrior.defaults(), forward, errors);
    Batch b = sim.simulate(500, new Rng(7));
    Matrix clean = forward.apply(b.x());
    double sumSq = 0;
    for (int r = 0; r < 500; r++) {
      double s = b.x().get(r, 6);
      for (int j = 0; j < 40; j++) {
        double z = (b.y().get(r, j) - clean.get(r, j)) / Math.sqrt(errors[j] * errors[j] + s * s);
        sumSq += z * z;
      }
    }
    assertEquals(1.0, sumSq / 20_000, 4 * Math.sqrt(2.0 / 20_000));
    double[] ll = sim.logLikelihood(b.x(), b.y());
    double[] y0 = new double[40];
    double[] c0 = new double[40];
    for (int j = 0; j < 40; j++) {
      y0[j] = b.y().get(0, j);
      c0[j] = clean.get(0, j);
    }
    assertEquals(RvObservationModel.logLikelihood(y0, c0, errors, b.x().get(0, 6)), ll[0], 1e-12);
  }

  @Test
  void refusesBadGridsAndErrors() {
    assertThrows(IllegalArgumentException.class, () -> new FixedGridRvSimulator(RvPrior.defaults(), forward, new double[3]));
    double[] bad = errors.clone();
    bad[5] = 0;
    assertThrows(IllegalArgumentException.class, () -> new FixedGridRvSimulator(RvPrior.defaults(), forward, bad));
    RadialVelocityModel m = new RadialVelocityModel(0);
    assertThrows(IllegalArgumentException.class, () -> new RvForwardModel(m, new double[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new RvForwardModel(m, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> RvForwardModel.evenlySpaced(m, 0, 0, 3));
  }
}
