package org.inversesuite.airfoil.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CstShapeTest {
  static final CstShape SAMPLE = CstShape.of(List.of(0.17, 0.16, 0.19, 0.14, 0.18, 0.16),
      List.of(-0.15, -0.10, -0.08, -0.05, -0.02, 0.02), 0.002);

  @Test
  void bernsteinBasisIsAPartitionOfUnity() {
    for (int n = 0; n <= 8; n++) {
      for (double x : new double[] {0, 0.13, 0.5, 0.77, 1}) {
        double s = 0;
        for (int i = 0; i <= n; i++) {
          s += CstShape.bernstein(n, i, x);
        }
        assertEquals(1.0, s, 1e-13, "n=" + n + " x=" + x);
      }
    }
  }

  @Test
  void classFunctionAndTrailingEdgeThickness() {
    assertEquals(0.0, SAMPLE.upperY(0), 0);
    assertEquals(0.001, SAMPLE.upperY(1), 1e-15);
    assertEquals(-0.001, SAMPLE.lowerY(1), 1e-15);
    Airfoil a = SAMPLE.toAirfoil("cst", 81);
    assertEquals(161, a.size());
    assertEquals(0.002, a.trailingEdgeGap(), 1e-15);
    // a unit-coefficient order-0 shape is the class function itself: y = sqrt(x)(1-x)
    CstShape unit = CstShape.of(List.of(1.0), List.of(-1.0), 0);
    assertEquals(Math.sqrt(0.25) * 0.75, unit.upperY(0.25), 1e-15);
  }

  @Test
  void leadingEdgeRadiusEstimateMatchesTheClosedForm() {
    ShapeReport r = ShapeAnalysis.analyse(SAMPLE.toAirfoil("cst", 201));
    assertTrue(r.valid(), r.summary());
    assertEquals(SAMPLE.upperLeadingEdgeRadius(), 0.5 * 0.17 * 0.17, 1e-15);
    // upper and lower radii differ (0.0145, 0.0113); the estimate lies between them
    assertTrue(r.leadingEdgeRadius() > 0.0105 && r.leadingEdgeRadius() < 0.0150, "r_LE = " + r.leadingEdgeRadius());
  }

  @Test
  void fitRecoversCoefficientsOfACstShape() {
    CstFitResult fit = CstFit.fit(SAMPLE.toAirfoil("cst", 61), 5, 5);
    for (int i = 0; i < 6; i++) {
      assertEquals(SAMPLE.upper().get(i), fit.shape().upper().get(i), 1e-9);
      assertEquals(SAMPLE.lower().get(i), fit.shape().lower().get(i), 1e-9);
    }
    assertEquals(0.002, fit.shape().trailingEdgeThickness(), 1e-12);
    assertTrue(fit.maxError() < 1e-10, "max error " + fit.maxError());
  }

  @Test
  void fitOfNaca0012ConvergesWithOrder() {
    Airfoil naca = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(101);
    CstFitResult low = CstFit.fit(naca, 2, 2);
    CstFitResult high = CstFit.fit(naca, 8, 8);
    assertTrue(high.rmsError() < low.rmsError(), low.rmsError() + " vs " + high.rmsError());
    assertTrue(high.rmsError() < 2e-4, "rms " + high.rmsError());
    assertTrue(high.maxError() < 1e-3, "max " + high.maxError() + " at x = " + high.worstX());
    assertEquals(high.shape().upper().get(0), -high.shape().lower().get(0), 1e-9);
  }

  @Test
  void fitRefusesUnnormalisedOrUnderdeterminedInput() {
    Airfoil naca = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(41);
    double[] x = naca.xs();
    for (int i = 0; i < x.length; i++) {
      x[i] = 2 * x[i];
    }
    Airfoil scaled = new Airfoil("scaled", x, naca.ys());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CstFit.fit(scaled, 4, 4));
    assertTrue(e.getMessage().contains("normalized()"), e.getMessage());
    assertEquals(0.12, ShapeAnalysis.analyse(scaled.normalized()).maxThickness() * 1.0, 0.07);
    Airfoil coarse = NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(5);
    e = assertThrows(IllegalArgumentException.class, () -> CstFit.fit(coarse, 6, 6));
    assertTrue(e.getMessage().contains("interior points"), e.getMessage());
  }
}
