package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class TarpTest {
  private static Matrix rows(double[][] v) {
    return Matrix.of(Precision.FLOAT64, v);
  }

  @Test
  void handComputedCurve() {
    // case 0: truth 0, reference 5, radius 5, sample distances 1, 1, 4, 4.5: f = 1
    // case 1: truth 10, reference 2, radius 8, sample distances 1, 9, 10, 7: f = 1/2
    PosteriorEvidence e = new PosteriorEvidence(rows(new double[][] {{0}, {10}}),
        List.of(rows(new double[][] {{4}, {6}, {1}, {9.5}}), rows(new double[][] {{3}, {11}, {12}, {9}})),
        List.of("a"));
    TarpResult r = new Tarp(4, 0).assess(e, rows(new double[][] {{5}, {2}}));
    assertArrayEquals(new double[] {1, 0.5}, r.fractions(), 0);
    assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, r.alphas(), 0);
    assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.5}, r.ecp(), 0);
    assertEquals(0.3125, r.absoluteArea(), 1e-15);
    assertEquals(-0.3125, r.signedArea(), 1e-15);
    assertEquals(0.5, r.maxDeviation(), 1e-15);
  }

  @Test
  void exactPosteriorFollowsTheDiagonal() {
    TarpResult r = Tarp.defaults().assess(GaussianEvidence.exact(1000, 100, 3, 0.5, 31));
    assertTrue(r.absoluteArea() < 0.02, "area " + r.absoluteArea());
    assertTrue(r.maxDeviation() < 0.05, "max deviation " + r.maxDeviation());
    double[] ecp = r.ecp();
    assertEquals(0.5, ecp[50], 0.05);
    assertEquals(0.0, ecp[0], 0);
  }

  @Test
  void miscalibratedPosteriorsLeaveTheDiagonal() {
    TarpResult exact = Tarp.defaults().assess(GaussianEvidence.exact(1000, 100, 3, 0.5, 32));
    TarpResult narrow = Tarp.defaults().assess(GaussianEvidence.build(1000, 100, 3, 0.5, 0.5, 0, 32));
    TarpResult wide = Tarp.defaults().assess(GaussianEvidence.build(1000, 100, 3, 0.5, 2, 0, 32));
    TarpResult shifted = Tarp.defaults().assess(GaussianEvidence.build(1000, 100, 3, 0.5, 1, 1, 32));
    String figures = "exact " + exact.absoluteArea() + ", narrow " + narrow.absoluteArea() + ", wide "
        + wide.absoluteArea() + ", shifted " + shifted.absoluteArea();
    assertTrue(narrow.absoluteArea() > 0.05, figures);
    assertTrue(wide.absoluteArea() > 0.05, figures);
    assertTrue(shifted.absoluteArea() > 0.03, figures);
    assertTrue(exact.absoluteArea() < 0.02, figures);
    assertEquals("tarp_area", Tarp.defaults().evaluate(GaussianEvidence.exact(20, 10, 2, 0.5, 1)).name());
  }

  @Test
  void deterministicForASeed() {
    PosteriorEvidence e = GaussianEvidence.exact(50, 20, 2, 0.5, 33);
    assertArrayEquals(new Tarp(20, 5).assess(e).ecp(), new Tarp(20, 5).assess(e).ecp(), 0);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new Tarp(1, 0));
    PosteriorEvidence e = GaussianEvidence.exact(5, 4, 2, 0.5, 1);
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> Tarp.defaults().assess(e, rows(new double[][] {{0, 0}})));
    assertTrue(ex.getMessage().contains("[5, 2], got [1, 2]"), ex.getMessage());
  }
}
