package org.inversesuite.airfoil.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NacaSectionTest {

  @Test
  void cosineSpacingClustersAtBothEnds() {
    double[] x = CosineSpacing.points(11);
    assertEquals(0.0, x[0]);
    assertEquals(1.0, x[10]);
    assertEquals(0.5, x[5], 1e-15);
    assertTrue(x[1] - x[0] < x[5] - x[4]);
    assertEquals(x[1] - x[0], x[10] - x[9], 1e-15);
    assertThrows(IllegalArgumentException.class, () -> CosineSpacing.points(1));
  }

  @Test
  void naca0012HasTextbookGeometry() {
    Airfoil a = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(121);
    ShapeReport r = ShapeAnalysis.analyse(a);
    assertTrue(r.valid(), r.summary());
    assertEquals(0.12, r.maxThickness(), 2e-4);
    assertEquals(0.30, r.maxThicknessX(), 0.01);
    assertEquals(0.0, r.maxCamber(), 1e-12);
    // area of the NACA 00xx thickness form: 0.685 t (Abbott & von Doenhoff, Appendix I)
    assertEquals(0.685 * 0.12, r.area(), 5e-4);
    // leading-edge radius 1.1019 t^2
    assertEquals(1.1019 * 0.12 * 0.12, r.leadingEdgeRadius(), 0.1 * 0.0159);
    // open trailing edge: 2 * 5t * 0.0021 = 0.00252 (XFOIL reports "Gap = 0.00252")
    assertEquals(0.00252, a.trailingEdgeGap(), 1e-5);
    Airfoil closed = NacaFourDigit.of("0012", TrailingEdge.CLOSED).toAirfoil(61);
    assertEquals(0.0, closed.trailingEdgeGap(), 1e-12);
    assertTrue(ShapeAnalysis.analyse(closed).valid());
  }

  @Test
  void fourDigitCamberLinePeaksAtItsDesignation() {
    NacaFourDigit s = NacaFourDigit.of("NACA 2412", TrailingEdge.OPEN);
    assertEquals("NACA 2412", s.name());
    assertEquals(0.02, s.camber(0.4), 1e-15);
    assertEquals(0.0, s.camberSlope(0.4), 1e-15);
    assertEquals(0.0, s.camber(1.0), 1e-15);
    ShapeReport r = ShapeAnalysis.analyse(s.toAirfoil(121));
    assertTrue(r.valid(), r.summary());
    assertEquals(0.02, r.maxCamber(), 2e-4);
    assertEquals(0.4, r.maxCamberX(), 0.02);
  }

  @Test
  void fiveDigitMeanLinesMatchTheTabulatedConstants() {
    NacaFiveDigit s = NacaFiveDigit.of("23012", TrailingEdge.OPEN);
    assertEquals("NACA 23012", s.name());
    assertEquals(0.3, s.designLiftCoefficient(), 1e-15);
    // maximum of the 230 mean line: 1.84 % at x = 0.15 (Abbott & von Doenhoff, Appendix II)
    double x = 0.2025 * (1 - Math.sqrt(0.2025 / 3));
    assertEquals(0.0, s.camberSlope(x), 1e-3);
    assertEquals(0.0184, s.camber(x), 1e-4);
    assertEquals(0.0, s.camber(1), 1e-15);
    NacaFiveDigit reflex = NacaFiveDigit.of("23112", TrailingEdge.CLOSED);
    assertTrue(reflex.reflexed());
    assertEquals(0.0, reflex.camber(0), 1e-15);
    assertEquals(0.0, reflex.camber(1), 1e-12);
    // the reflexed line is designed for zero pitching moment: thin-airfoil theory gives
    // Cm_c/4 = (pi/4)(A2 - A1), A_n = (2/pi) int_0^pi y_c'(x(t)) cos(n t) dt, x = (1 - cos t)/2
    assertEquals(0.0, thinAirfoilMoment(reflex::camberSlope), 2e-3);
    assertTrue(thinAirfoilMoment(s::camberSlope) < -0.005, "23012 has a nose-down moment");
    assertTrue(ShapeAnalysis.analyse(reflex.toAirfoil(81)).valid());
  }

  private static double thinAirfoilMoment(java.util.function.DoubleUnaryOperator slope) {
    int n = 20000;
    double a1 = 0;
    double a2 = 0;
    for (int k = 0; k < n; k++) {
      double t = Math.PI * (k + 0.5) / n;
      double d = slope.applyAsDouble(0.5 * (1 - Math.cos(t))) * Math.PI / n;
      a1 += d * Math.cos(t);
      a2 += d * Math.cos(2 * t);
    }
    return Math.PI / 4 * (2 / Math.PI) * (a2 - a1);
  }

  @Test
  void designationsOutOfRangeAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NacaFourDigit.of("241", TrailingEdge.OPEN));
    assertTrue(e.getMessage().contains("'241'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> NacaFiveDigit.of("23212", TrailingEdge.OPEN));
    assertTrue(e.getMessage().contains("0 or 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new NacaFourDigit(0.02, 0.4, 0.0, TrailingEdge.OPEN));
    assertTrue(e.getMessage().contains("got 0.0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NacaFiveDigit.of("21112", TrailingEdge.OPEN));
  }
}
