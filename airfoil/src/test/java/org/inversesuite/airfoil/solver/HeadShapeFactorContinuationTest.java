package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Head's H₁(H) continued as its tangent beyond {@link HeadEntrainment#LINEAR_H}: the march's H(H₁) stays
 * well conditioned up to the cap, and the section whose trailing-edge layer set the cap of 6 converges
 * at every angle.
 */
class HeadShapeFactorContinuationTest {
  private static final double MIN_H1 = HeadEntrainment.minH1(HeadEntrainment.MAX_H);

  /** dH/dH₁ by central differences of the march's H(H₁). */
  private static double slope(double h) {
    double h1 = HeadEntrainment.h1(h);
    double step = 1e-7;
    return (HeadEntrainment.h(h1 + step, MIN_H1) - HeadEntrainment.h(h1 - step, MIN_H1)) / (2 * step);
  }

  /**
   * H(H₁(H)) = H up to the cap, H₁ and its slope are continuous at H = 4 (Head's branch there:
   * dH₁/dH = −3.064 · 1.5501 (H − 0.6778)^(−4.064)), and |dH/dH₁| stays at most 30 (with Head's branch
   * continued to the cap it reaches 188 at H = 6).
   */
  @Test
  void theContinuationIsTangentAndKeepsTheShapeFactorWellConditioned() {
    for (double h = 1.2; h <= HeadEntrainment.MAX_H; h += 0.01) {
      assertEquals(h, HeadEntrainment.h(HeadEntrainment.h1(h), MIN_H1), 1e-9, "round trip at H = " + h);
    }
    double at = HeadEntrainment.LINEAR_H;
    double head = 3.3 + 1.5501 * Math.pow(at - 0.6778, -3.064);
    assertEquals(head, HeadEntrainment.h1(at), 1e-15);
    assertEquals(head, HeadEntrainment.h1(at + 1e-9), 1e-10, "continuous at H = 4");
    double headSlope = -3.064 * 1.5501 * Math.pow(at - 0.6778, -4.064);
    double above = (HeadEntrainment.h1(at + 2e-6) - HeadEntrainment.h1(at + 1e-6)) / 1e-6;
    double below = (HeadEntrainment.h1(at - 1e-6) - HeadEntrainment.h1(at - 2e-6)) / 1e-6;
    assertEquals(headSlope, above, 1e-4 * Math.abs(headSlope), "slope above H = 4");
    assertEquals(headSlope, below, 1e-4 * Math.abs(headSlope), "slope below H = 4");
    for (double h = 2; h < HeadEntrainment.MAX_H - 0.01; h += 0.05) {
      assertTrue(Math.abs(slope(h)) <= 30, "|dH/dH1| = " + Math.abs(slope(h)) + " at H = " + h);
    }
    assertEquals(HeadEntrainment.MAX_H, HeadEntrainment.h(MIN_H1 - 0.01, MIN_H1), 1e-12, "capped below the cap's H1");
  }

  /**
   * NACA 0012 at Re = 10⁶, −4° … 10°, default paneling: every angle converges (with Head's branch to the
   * cap the 6° point did not, docs/airfoil-validation.md).
   */
  @Test
  void nacaZeroTwelveAtOneMillionConvergesAtEveryAngle() {
    List<Double> alphas = new ArrayList<>();
    for (int a = -4; a <= 10; a++) {
      alphas.add((double) a);
    }
    Polar polar = new ViscousPanelSolver(SolverConfig.defaults()).polar(XfoilPolar.airfoil("naca0012"), 1e6, alphas);
    for (AeroResult r : polar.points()) {
      assertEquals(SolverStatus.CONVERGED, r.status(), r.condition() + ": " + r.reason());
    }
  }
}
