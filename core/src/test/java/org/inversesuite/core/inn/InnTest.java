package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/** The INN as a posterior estimator, the toy data and the config checks (no training). */
class InnTest {
  @Test
  void untrainedInnSamplesAndPredictsWithTheRightShapesAndInvertsItsFlow() {
    InnConfig config = InnConfig.eightModes().withSchedule(0, 8);
    Inn inn = InnTraining.train(config, new EightModes(EightModes.Labels.ALL), Precision.FLOAT64, null);
    Matrix x = inn.sample(EightModes.oneHot(3), 5, new Rng(1));
    assertEquals(5, x.rows());
    assertEquals(2, x.cols());
    assertEquals(8, inn.predict(x).cols());
    assertFalse(inn.hasDensity());
    assertThrows(UnsupportedOperationException.class, () -> inn.logDensity(x, x));
    assertThrows(IllegalArgumentException.class, () -> inn.sample(new double[3], 5, new Rng(1)));
    // the x columns of f⁻¹([z, 0, y]) run forward give back z and y
    Matrix w = Matrix.zeros(Precision.FLOAT64, 1, 10);
    w.set(0, 0, 0.3);
    w.set(0, 5, 1.0);
    Matrix back = w.like(1, 10);
    inn.flow().inverse(w, null, back, new double[1], new org.inversesuite.core.nn.Workspace(inn.flow().parameters(),
        new org.inversesuite.core.nn.JavaDenseKernel()));
    Matrix again = w.like(1, 10);
    inn.flow().forward(back, null, again, new double[1], new org.inversesuite.core.nn.Workspace(
        inn.flow().parameters(), new org.inversesuite.core.nn.JavaDenseKernel()));
    for (int j = 0; j < 10; j++) {
      assertEquals(w.get(0, j), again.get(0, j), 1e-9);
    }
  }

  @Test
  void eightModesDrawsLabelledSamplesNearTheirModes() {
    EightModes toy = new EightModes(EightModes.Labels.SOME);
    assertArrayEquals(new int[] {0, 1, 2, 3}, toy.labels().used());
    assertArrayEquals(new int[] {0}, EightModes.Labels.NONE.used());
    PairSampler.Pairs p = toy.sample(4000, new Rng(2));
    int[] counts = ModeCoverage.counts(p.x(), 0.6);
    for (int m = 0; m < 8; m++) {
      assertEquals(500, counts[m], 80, "mode " + m);
      double[] sd = ModeCoverage.spread(p.x(), m, 0.6);
      assertEquals(0.2, sd[0], 0.02, "spread of mode " + m);
      assertEquals(0.2, sd[1], 0.02, "spread of mode " + m);
    }
    for (int r = 0; r < p.x().rows(); r++) {
      int m = EightModes.nearestMode(p.x().get(r, 0), p.x().get(r, 1));
      double sum = 0;
      for (int j = 0; j < 8; j++) {
        sum += p.y().get(r, j);
      }
      assertEquals(1.0, sum);
      if (ModeCoverage.counts(rowOf(p.x(), r), 0.6)[m] == 1) {
        assertEquals(1.0, p.y().get(r, toy.labels().of(m)), "row " + r + " near mode " + m);
      }
    }
  }

  private static Matrix rowOf(Matrix x, int r) {
    Matrix m = x.like(1, 2);
    m.copyRows(x, r, 0, 1);
    return m;
  }

  @Test
  void configRefusesInconsistentDimensions() {
    InnConfig c = InnConfig.eightModes();
    assertThrows(IllegalArgumentException.class, () -> new InnConfig(2, 8, 2, 9, 3, 64, 1, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0,
        c.forwardKernels(), c.backwardKernels(), 10, 1, 0.002, 1e-3, 0.1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new MmdKernel(0, 1));
    assertTrue(c.yzPadding() == 0);
    assertThrows(IllegalArgumentException.class, () -> new InnConfig(2, 8, 2, 10, 3, 64, 1, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0,
        c.forwardKernels(), c.backwardKernels(), 10, 1, 0, 1e-3, 0.1, 0, 1));
  }

  @Test
  void inverseMmdRampsUpExponentiallyToFullWeight() {
    InnConfig c = InnConfig.eightModes().withSchedule(1000, 8);
    assertEquals(0.004, c.rampFactor(0), 1e-12);
    assertEquals(2 * Math.pow(0.002, 0.5), c.rampFactor(500), 1e-12);
    assertEquals(1.0, c.rampFactor(999), 0.0);
    assertTrue(c.rampFactor(100) < c.rampFactor(200));
  }
}
