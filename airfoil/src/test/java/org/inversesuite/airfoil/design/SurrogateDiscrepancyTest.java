package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurrogateDiscrepancyTest {
  private static DesignCase simulated(double[] shape, double cl, double cd) {
    return new DesignCase(new DesignPoint(shape, 2, 4, 1e6, 0), CaseStatus.CONVERGED, "", cl, cd, 0, 0.12, 0.3);
  }

  @Test
  void withoutSimulationsThePredictionIsUnchanged() {
    double[] prediction = {0.5, 80};
    assertArrayEquals(prediction, new SurrogateDiscrepancy().corrected(new double[] {0.1, 0.2, -0.1}, prediction), 0);
  }

  @Test
  void atASimulatedShapeTheCorrectedPredictionIsTheSolversResult() {
    SurrogateDiscrepancy d = new SurrogateDiscrepancy();
    double[] shape = {0.2, 0.25, -0.1, -0.05};
    double[] predicted = {0.61, 0.61 / 0.0071};
    d.record(shape, predicted, simulated(shape, 0.6437, 0.00803));
    double[] c = d.corrected(shape, predicted);
    assertEquals(0.6437, c[0], 1e-12);
    assertEquals(0.6437 / 0.00803, c[1], 1e-9);
    // elsewhere: the same lift offset and drag ratio applied to that shape's own prediction
    double[] other = d.corrected(new double[] {0.21, 0.25, -0.1, -0.05}, new double[] {0.40, 0.40 / 0.0060});
    assertEquals(0.40 + 0.0337, other[0], 1e-12);
    assertEquals((0.40 + 0.0337) / (0.0060 * 0.00803 / 0.0071), other[1], 1e-9);
  }

  @Test
  void aShapeTakesTheDiscrepancyOfTheNearestSimulatedShape() {
    SurrogateDiscrepancy d = new SurrogateDiscrepancy();
    double[] a = {0.1, 0.1, -0.1, -0.1};
    double[] b = {0.3, 0.3, -0.1, -0.1};
    double[] p = {0.5, 50};
    d.record(a, p, simulated(a, 0.52, 0.01));
    d.record(b, p, simulated(b, 0.47, 0.01));
    assertEquals(0.52, d.corrected(new double[] {0.15, 0.12, -0.1, -0.1}, p)[0], 1e-12);
    assertEquals(0.47, d.corrected(new double[] {0.25, 0.28, -0.1, -0.1}, p)[0], 1e-12);
    assertEquals(2, d.size());
  }

  @Test
  void unusableResultsTeachNothing() {
    SurrogateDiscrepancy d = new SurrogateDiscrepancy();
    double[] shape = {0.1, 0.1, -0.1, -0.1};
    d.record(shape, new double[] {0.5, 50}, new DesignCase(new DesignPoint(shape, 2, 4, 1e6, 0),
        CaseStatus.NOT_CONVERGED, "no", Double.NaN, Double.NaN, Double.NaN, 0.1, 0.3));
    assertEquals(0, d.size());
    assertArrayEquals(new double[] {0.5, 50}, d.corrected(shape, new double[] {0.5, 50}), 0);
  }
}
