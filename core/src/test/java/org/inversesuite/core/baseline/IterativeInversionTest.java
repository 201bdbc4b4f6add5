package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class IterativeInversionTest {
  /** x ~ N(0, I₂), y = x₁ + x₂ without noise: the solutions of y* form a line. */
  private static final DiagonalGaussianPrior PRIOR = new DiagonalGaussianPrior(new double[] {0, 0},
      new double[] {1, 1}, List.of("a", "b"));
  private static final Simulator SUM = sumOf(PRIOR);

  /** @return the simulator y = x₁ + x₂ (no noise) with x drawn from the prior */
  private static Simulator sumOf(Prior prior) {
    return new Simulator() {
      @Override
      public int xDimension() {
        return 2;
      }

      @Override
      public int yDimension() {
        return 1;
      }

      @Override
      public Batch simulate(int n, Rng rng) {
        Matrix x = prior.sample(n, rng);
        Matrix y = new DoubleMatrix(n, 1);
        for (int i = 0; i < n; i++) {
          y.set(i, x.get(i, 0) + x.get(i, 1));
        }
        return new Batch(x, y);
      }
    };
  }

  private static final NetworkRecipe RECIPE = new NetworkRecipe(800, 256, 3e-3, 32, 2, 5);
  /** One forward network for every test (training dominates their time); each test picks its descent. */
  private static IterativeInversion trained;

  private static synchronized IterativeInversion trained(IterativeInversionConfig config) {
    if (trained == null) {
      trained = IterativeInversion.train(SUM, PRIOR, RECIPE, IterativeInversionConfig.defaults());
    }
    return trained.withConfig(config);
  }

  @Test
  void endPointsSolveTheInverseProblemAndSpreadAlongTheSolutions() {
    IterativeInversion inversion = trained(new IterativeInversionConfig(IterativeDescent.ADAM, 100, 0.3, 1e-3, 0));
    for (double y : new double[] {-1.5, 0.3, 2.0}) {
      Matrix s = inversion.sample(new double[] {y}, 500, new Rng(3));
      double error = 0;
      double spread = 0;
      double startError = 0;
      Matrix starts = PRIOR.sample(500, new Rng(3));
      for (int r = 0; r < s.rows(); r++) {
        double e = s.get(r, 0) + s.get(r, 1) - y;
        error += e * e / s.rows();
        double e0 = starts.get(r, 0) + starts.get(r, 1) - y;
        startError += e0 * e0 / s.rows();
        spread += (s.get(r, 0) - s.get(r, 1)) * (s.get(r, 0) - s.get(r, 1)) / s.rows();
      }
      assertTrue(error < 0.01 * startError, "re-simulation error " + error + " against " + startError
          + " at the starts, y* = " + y);
      assertTrue(spread > 0.5, "end points must spread along x1 - x2, got mean square " + spread);
    }
    assertFalse(inversion.hasDensity());
  }

  /**
   * Gauss–Newton with a tolerance: every converged sample meets ‖g(x̃) − ỹ*‖ ≤ τ through the
   * network, so through the true sum it is within τσ_y plus the network's own error; the minimum-
   * norm step moves each start to the nearest solution, so x₁ − x₂ (the direction along the line)
   * keeps the prior's spread (variance 2).
   */
  @Test
  void gaussNewtonConvergesEveryStartToTheToleranceAndKeepsTheSpreadAlongTheSolutions() {
    IterativeInversionConfig config = new IterativeInversionConfig(IterativeDescent.GAUSS_NEWTON, 30, 0.5, 1e-3, 2);
    IterativeInversion inversion = trained(config);
    double floor = inversion.forwardError(SUM, 5000, new Rng(8));
    for (double y : new double[] {-1.5, 0.3, 2.0}) {
      IterativeInversion.Descent d = inversion.invert(new double[] {y}, 500, new Rng(4));
      assertEquals(500, d.convergedCount(), "starts converged at y* = " + y);
      double worst = 0;
      double along = 0;
      for (int r = 0; r < 500; r++) {
        assertTrue(d.residual()[r] <= 1e-3, "residual " + d.residual()[r] + " above the tolerance");
        double e = d.x().get(r, 0) + d.x().get(r, 1) - y;
        worst = Math.max(worst, e * e);
        double a = d.x().get(r, 0) - d.x().get(r, 1);
        along += a * a / 500;
      }
      // σ_y = √2 (standardised tolerance 1e-3 → 1.4e-3 raw); far in the tail (y* = 4.5, 3.2 σ_y) the
      // network extrapolates and its converged inverses miss by 1.7 (measured): the network's floor
      assertTrue(worst < 0.05, "worst squared miss " + worst + " at y* = " + y + ", network error " + floor);
      assertEquals(2, along, 0.4, "variance along the solution line at y* = " + y);
    }
  }

  @Test
  void gaussNewtonReachesTheToleranceInFewerUpdatesThanAdam() {
    IterativeInversion gn = trained(new IterativeInversionConfig(IterativeDescent.GAUSS_NEWTON, 200, 0.5, 1e-3, 0));
    IterativeInversion adam = gn.withConfig(new IterativeInversionConfig(IterativeDescent.ADAM, 200, 0.3, 1e-3, 0));
    IterativeInversion.Descent a = gn.invert(new double[] {0.7}, 400, new Rng(6));
    IterativeInversion.Descent b = adam.invert(new double[] {0.7}, 400, new Rng(6));
    assertEquals(400, a.convergedCount());
    assertTrue(a.updates() < 400 * 10, "Gauss-Newton took " + a.updates() + " updates for 400 starts");
    assertTrue(a.updates() * 5 < b.updates(), "Gauss-Newton " + a.updates() + " against Adam " + b.updates());
  }

  /** Starts stop when they converge: without restarts, none runs into the limit or beyond. */
  @Test
  void restartsReplaceOnlyTheStartsThatDidNotConverge() {
    IterativeInversion once = trained(new IterativeInversionConfig(IterativeDescent.ADAM, 15, 0.3, 1e-3, 0));
    IterativeInversion retried = once.withConfig(new IterativeInversionConfig(IterativeDescent.ADAM, 15, 0.3, 1e-3, 4));
    IterativeInversion.Descent a = once.invert(new double[] {2.5}, 300, new Rng(7));
    IterativeInversion.Descent b = retried.invert(new double[] {2.5}, 300, new Rng(7));
    assertTrue(a.convergedCount() < 300, "15 Adam updates should leave some starts unconverged");
    assertTrue(b.convergedCount() > a.convergedCount(), b.convergedCount() + " converged with restarts, "
        + a.convergedCount() + " without");
    for (int r = 0; r < 300; r++) {
      if (a.converged()[r]) {
        assertEquals(a.x().get(r, 0), b.x().get(r, 0), 0, "a converged first start is kept");
      }
      assertTrue(b.residual()[r] <= a.residual()[r], "restarts never make a sample worse");
    }
  }

  @Test
  void smallSpdSolveMatchesTheSystem() {
    double[] a = {4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2};
    double[] copy = a.clone();
    double[] b = {1, -2, 0.5};
    double[] u = b.clone();
    SmallSpd.solve(a, 3, u);
    for (int i = 0; i < 3; i++) {
      double s = 0;
      for (int j = 0; j < 3; j++) {
        s += copy[i * 3 + j] * u[j];
      }
      assertEquals(b[i], s, 1e-12);
    }
    assertThrows(IllegalArgumentException.class, () -> SmallSpd.solve(new double[] {1, 2, 2, 1}, 2, new double[2]));
  }

  @Test
  void configRejectsBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new IterativeInversionConfig(null, 10, 0.1, 1e-3, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new IterativeInversionConfig(IterativeDescent.ADAM, 0, 0.1, 1e-3, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new IterativeInversionConfig(IterativeDescent.ADAM, 10, Double.NaN, 1e-3, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new IterativeInversionConfig(IterativeDescent.ADAM, 10, 0.1, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new IterativeInversionConfig(IterativeDescent.ADAM, 10, 0.1, 1e-3, -1));
  }

  /**
   * A coordinate clipped at 0 by the simulator (as ballistics clips y₀) with no declared support:
   * the nearest solutions of y* = −1 would have x₂ &lt; 0, where the network never saw data; the
   * starts must stay in the range of the prior draws.
   */
  @Test
  void startsStayInTheRangeOfThePriorDraws() {
    Prior clipped = new Prior() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public List<String> names() {
        return List.of("a", "b");
      }

      @Override
      public Matrix sample(int n, Rng rng) {
        Matrix x = PRIOR.sample(n, rng);
        for (int r = 0; r < n; r++) {
          x.set(r, 1, Math.max(0, x.get(r, 1)));
        }
        return x;
      }

      @Override
      public double[] logDensity(Matrix x) {
        throw new UnsupportedOperationException();
      }
    };
    Simulator sum = sumOf(clipped);
    IterativeInversion inversion = IterativeInversion.train(sum, clipped, RECIPE, IterativeInversionConfig.defaults());
    IterativeInversion.Descent d = inversion.invert(new double[] {-1}, 300, new Rng(2));
    int converged = 0;
    for (int r = 0; r < 300; r++) {
      assertTrue(d.x().get(r, 1) >= -1e-6, "sample " + r + " left the prior's range: x2 = " + d.x().get(r, 1));
      converged += d.converged()[r] ? 1 : 0;
    }
    assertTrue(converged > 250, converged + " of 300 converged");
  }
}
