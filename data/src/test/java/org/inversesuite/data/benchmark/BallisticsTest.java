package org.inversesuite.data.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.junit.jupiter.api.Test;

class BallisticsTest {
  private static final BallisticsForwardModel F = Ballistics.forwardModel();

  private static double impact(BallisticsForwardModel f, double x0, double y0, double angle, double v0) {
    return f.apply(new DoubleMatrix(1, 4, new double[] {x0, y0, angle, v0})).get(0);
  }

  @Test
  void vanishingDragGivesTheVacuumParabola() {
    BallisticsForwardModel nearVacuum = new BallisticsForwardModel(9.81, 1e-7, 0.2);
    double[][] launches = {{0.3, 1.5, 0.3, 15}, {-0.4, 0.0, 1.2, 7}, {0.0, 2.7, 0.5, 21}};
    for (double[] l : launches) {
      double vx = l[3] * Math.cos(l[2]);
      double vy = l[3] * Math.sin(l[2]);
      double t = (vy + Math.sqrt(vy * vy + 2 * 9.81 * l[1])) / 9.81;
      double vacuum = l[0] + vx * t;
      assertEquals(vacuum, impact(nearVacuum, l[0], l[1], l[2], l[3]), 1e-4 * Math.abs(vacuum));
      assertTrue(impact(F, l[0], l[1], l[2], l[3]) < vacuum, "drag must shorten the flight");
    }
  }

  @Test
  void impactGrowsWithLaunchSpeed() {
    for (double angle : new double[] {0.05 * Math.PI, 0.25 * Math.PI, 0.45 * Math.PI}) {
      double previous = impact(F, 0.1, 1.2, angle, 0);
      for (int v0 = 1; v0 <= 40; v0++) {
        double now = impact(F, 0.1, 1.2, angle, v0);
        assertTrue(now > previous, "impact must grow with v0 at angle " + angle + ", v0 " + v0);
        previous = now;
      }
    }
  }

  @Test
  void impactTimeIsARootAfterTheApexAndBeforeTheDragAsymptote() {
    Rng rng = new Rng(3);
    Matrix x = Ballistics.prior().sample(500, rng);
    Matrix y = F.apply(x);
    for (int r = 0; r < x.rows(); r++) {
      double vx = x.get(r, 3) * Math.cos(x.get(r, 2));
      double vy = x.get(r, 3) * Math.sin(x.get(r, 2));
      double t = F.impactTime(x.get(r, 1), vy);
      assertTrue(t >= F.apexTime(vy));
      assertEquals(0, F.height(x.get(r, 1), vy, t), 1e-9, "height at the impact, row " + r);
      assertEquals(x.get(r, 0) + F.horizontalTravel(vx, t), y.get(r), 1e-12);
      assertTrue(y.get(r) < x.get(r, 0) + vx * 0.2 / 0.25, "x(t) stays below x0 + vx m / k");
    }
  }

  @Test
  void launchBelowGroundIsClippedAndDownwardShotsLand() {
    assertEquals(impact(F, 0.2, 0, 0.7, 12), impact(F, 0.2, -0.8, 0.7, 12), 0);
    assertEquals(0.2, impact(F, 0.2, 0, -0.5, 12), 0, "from the ground, downwards: lands at once");
    double down = impact(F, 0.2, 1.0, -0.5, 12);
    assertTrue(down > 0.2 && Double.isFinite(down));
    assertEquals(0, F.height(1.0, 12 * Math.sin(-0.5), F.impactTime(1.0, 12 * Math.sin(-0.5))), 1e-9);
  }

  @Test
  void refusesNonFiniteAndWrongShapes() {
    assertThrows(NonFiniteException.class, () -> F.apply(new DoubleMatrix(1, 4, new double[] {0, 1, Double.NaN, 3})));
    assertThrows(IllegalArgumentException.class, () -> F.apply(new DoubleMatrix(1, 3, new double[] {0, 1, 2})));
    assertThrows(IllegalArgumentException.class, () -> new BallisticsForwardModel(9.81, 0, 0.2));
  }

  @Test
  void priorDrawsFollowTheStatedDistributions() {
    BallisticsPrior prior = Ballistics.prior();
    Matrix x = prior.sample(20_000, new Rng(11));
    double speedSum = 0;
    int clipped = 0;
    for (int r = 0; r < x.rows(); r++) {
      assertTrue(x.get(r, 1) >= 0);
      clipped += x.get(r, 1) == 0 ? 1 : 0;
      assertTrue(x.get(r, 2) >= 0.05 * Math.PI && x.get(r, 2) <= 0.45 * Math.PI);
      assertEquals(Math.rint(x.get(r, 3)), x.get(r, 3), 0);
      speedSum += x.get(r, 3);
    }
    assertEquals(15, speedSum / x.rows(), 0.1, "Poisson(15) mean");
    assertTrue(clipped < 100, "about 0.135% of y0 are clipped, got " + clipped);
    for (double lp : prior.logDensity(x)) {
      assertTrue(Double.isFinite(lp));
    }
    double[] outside = prior.logDensity(new DoubleMatrix(2, 4, new double[] {0, -0.1, 0.5, 15, 0, 1, 0.5, 15.5}));
    assertEquals(Double.NEGATIVE_INFINITY, outside[0]);
    assertEquals(Double.NEGATIVE_INFINITY, outside[1]);
  }

  @Test
  void problemIsWiredTogether() {
    InverseProblem p = Ballistics.problem();
    assertEquals(4, p.xDimension());
    assertEquals(1, p.yDimension());
    var batch = p.simulate(50, new Rng(5));
    assertEquals(F.apply(batch.x()).get(7), batch.y().get(7), 0);
  }
}
