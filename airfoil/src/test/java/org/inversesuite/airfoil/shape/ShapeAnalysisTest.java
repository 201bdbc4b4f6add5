package org.inversesuite.airfoil.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeAnalysisTest {

  @Test
  void crossedSurfacesAreReportedWithPosition() {
    // upper surface dips below the lower one aft of mid-chord
    CstShape crossed = CstShape.of(List.of(0.15, 0.10, -0.20), List.of(-0.15, -0.10, 0.05), 0);
    ShapeReport r = ShapeAnalysis.analyse(crossed.toAirfoil("crossed", 61));
    assertFalse(r.valid());
    assertTrue(has(r, ShapeIssue.Kind.NON_POSITIVE_THICKNESS), r.summary());
    assertTrue(has(r, ShapeIssue.Kind.SELF_INTERSECTION), r.summary());
    assertTrue(r.summary().contains("x/c ="), r.summary());
  }

  @Test
  void clockwiseOrderIsReported() {
    Airfoil a = NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(41);
    double[] x = a.xs();
    double[] y = a.ys();
    reverse(x);
    reverse(y);
    ShapeReport r = ShapeAnalysis.analyse(new Airfoil("reversed", x, y));
    assertTrue(has(r, ShapeIssue.Kind.CLOCKWISE_ORDER), r.summary());
    assertTrue(r.area() < 0);
  }

  @Test
  void surfaceTurningBackIsReported() {
    double[] x = {1.0, 0.5, 0.7, 0.0, 0.5, 1.0};
    double[] y = {0.0, 0.05, 0.04, 0.0, -0.05, 0.0};
    ShapeReport r = ShapeAnalysis.analyse(new Airfoil("zigzag", x, y));
    assertTrue(has(r, ShapeIssue.Kind.NON_MONOTONIC_SURFACE), r.summary());
    assertTrue(Double.isNaN(r.maxThickness()));
  }

  @Test
  void unitSquareAreaAndNormalisation() {
    double[] x = {1, 0.5, 0, 0.5, 1};
    double[] y = {0.1, 0.1, 0, -0.1, -0.1};
    Airfoil a = new Airfoil("box", x, y);
    assertEquals(0.5 * 0.2 + 0.5 * 0.5 * 0.2, ShapeAnalysis.area(a), 1e-15);
    Airfoil n = new Airfoil("shifted", new double[] {3, 2, 1, 2, 3}, new double[] {1.1, 1.1, 1, 0.9, 0.9}).normalized();
    assertEquals(0.0, n.x(2), 1e-15);
    assertEquals(1.0, n.x(0), 1e-15);
    assertEquals(0.05, n.y(0), 1e-15);
  }

  private static boolean has(ShapeReport r, ShapeIssue.Kind kind) {
    return r.issues().stream().anyMatch(i -> i.kind() == kind);
  }

  private static void reverse(double[] v) {
    for (int i = 0, j = v.length - 1; i < j; i++, j--) {
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
  }
}
