package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The boundary-layer methods on flows with known answers. */
class ClosureTest {
  private static final double RE = 1e6;

  @Test
  void falknerSkanClosuresReproduceBlasius() {
    assertEquals(0.441, FalknerSkanClosure.friction(2.59), 0.03 * 0.441);
    assertEquals(0.2205, FalknerSkanClosure.dissipation(2.59), 0.01 * 0.2205);
    assertEquals(1.573, FalknerSkanClosure.hStar(2.59), 0.005);
    assertEquals(0.0, FalknerSkanClosure.hStarSlope(4.0), 1e-12);
  }

  @Test
  void twoEquationLaminarLayerOnAFlatPlateApproachesBlasius() {
    double[] y = {Math.sqrt(0.075 * 1e-3 / RE), LaminarTwoEquation.STAGNATION_H, 0};
    double s = 1e-3;
    while (s < 0.5) {
      double ds = 0.01 * s + 1e-4;
      LaminarTwoEquation.step(y, 1, 1, ds, RE);
      s += ds;
    }
    double blasius = 0.664 * Math.sqrt(s / RE);
    assertEquals(blasius, y[0], 0.03 * blasius, "θ");
    assertEquals(2.59, y[1], 0.05, "H");
  }

  @Test
  void thwaitesOnAFlatPlate() {
    double x = 0.5;
    double theta = Thwaites.theta(Thwaites.integralU5(1, 1, x), 1, RE);
    assertEquals(0.664 * Math.sqrt(x / RE), theta, 0.02 * theta);
    assertEquals(2.61, Thwaites.shapeFactor(0), 1e-12);
    assertEquals(Thwaites.shapeFactor(-0.09), Thwaites.shapeFactor(-0.5), 1e-12, "clamped below separation");
  }

  @Test
  void headsMethodOnAFlatPlateFollowsTheSeventhPowerLaw() {
    double[] s = {0.1, 1.0};
    StationStep step = new StationStep(RE, 9, LaminarModel.TWO_EQUATION, s, new double[2], 2, Double.NaN);
    double theta0 = 0.036 * 0.1 * Math.pow(0.1 * RE, -0.2);
    double[] in = {theta0, theta0 * HeadEntrainment.h1(1.4), 0, 1, 1, 1, 1};
    double[] out = new double[6];
    step.evaluate(1, StationStep.Kind.TURBULENT, null, 40, in, out);
    double expected = 0.036 * 1.0 * Math.pow(RE, -0.2);
    assertEquals(expected, out[3], 0.15 * expected, "θ at x = 1");
    double h = out[4] / out[3];
    assertTrue(h > 1.25 && h < 1.5, "flat-plate turbulent H " + h);
  }

  @Test
  void headCorrelationsInvertEachOther() {
    for (double h = 1.2; h <= 3.0; h += 0.1) {
      assertEquals(h, HeadEntrainment.h(HeadEntrainment.h1(h)), 0.005, "H = " + h);
    }
  }

  @Test
  void envelopeAmplificationStartsAtTheCriticalReynoldsNumber() {
    assertEquals(0.0, Amplification.rate(2.59, 1e-4, 100), 0.0, "Blasius is stable below Re_θ ≈ 200");
    assertTrue(Amplification.rate(2.59, 1e-4, 1000) > 0);
    assertTrue(Amplification.rate(3.0, 1e-4, 1000) > Amplification.rate(2.6, 1e-4, 1000), "adverse gradients amplify faster");
    assertTrue(Amplification.michelMargin(100, 1e5) < 0 && Amplification.michelMargin(2000, 1e6) > 0);
  }
}
