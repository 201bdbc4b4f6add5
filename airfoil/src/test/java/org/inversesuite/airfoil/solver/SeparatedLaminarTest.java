package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The separated laminar layer ({@link SeparatedLaminar}) and the separated-flow closure branch. */
class SeparatedLaminarTest {
  private static final double RE = 1e6;

  @Test
  void frictionClosureIsContinuousAtTheSeparatedBranchAndNegativePastSeparation() {
    assertEquals(FalknerSkanClosure.friction(5.5 - 1e-9), FalknerSkanClosure.friction(5.5), 1e-8);
    for (double h = 3.9; h < 10; h += 0.1) {
      assertTrue(FalknerSkanClosure.friction(h) < 0, "C_f < 0 at H = " + h);
    }
    assertTrue(FalknerSkanClosure.friction(3.8) > 0);
  }

  @Test
  void shapeFactorGrowsByTheInverseModeTargetPerMomentumThickness() {
    double[] y = {7e-4, 4.0, 3.0};
    double ds = 0.005;
    SeparatedLaminar.step(y, 0.95, 0.95, ds, RE);
    assertEquals(4.0 + SeparatedLaminar.GROWTH * ds / 7e-4, y[1], 1e-12);
    assertTrue(y[2] > 3.0, "the separated layer amplifies disturbances: N = " + y[2]);
  }

  @Test
  void momentumThicknessSatisfiesTheMomentumIntegralToSecondOrder() {
    // one step against many small ones: the trapezoidal rule's error falls as Δs²
    double[] errors = new double[2];
    double[] steps = {0.01, 0.005};
    for (int c = 0; c < 2; c++) {
      double one = march(steps[c], 1);
      double fine = march(steps[c], 400);
      errors[c] = Math.abs(one - fine);
    }
    assertTrue(errors[0] > 0, "an adverse gradient changes θ");
    double order = Math.log(errors[0] / errors[1]) / Math.log(2);
    assertTrue(order > 2.5, "local error order " + order + " (errors " + errors[0] + ", " + errors[1] + ")");
  }

  /** θ after length L on U = 1 − 2s (strongly adverse), in n equal steps. */
  private static double march(double length, int n) {
    double[] y = {7e-4, 4.5, 0};
    double ds = length / n;
    for (int i = 0; i < n; i++) {
      double s = i * ds;
      SeparatedLaminar.step(y, 1 - 2 * s, 1 - 2 * (s + ds), ds, RE);
    }
    return y[0];
  }
}
