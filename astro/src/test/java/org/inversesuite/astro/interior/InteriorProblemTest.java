package org.inversesuite.astro.interior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.astro.AstroProblems;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class InteriorProblemTest {
  private final InteriorPrior prior = InteriorPrior.defaults();

  @Test
  void priorDensityIsExactAndSupportIsRespected() {
    double norm = Math.log(Math.log(300.0));
    double[] lp = prior.logDensity(new DoubleMatrix(4, 3, new double[] {
        0.2, 0.9, 2.0,
        1.0, 0.0, 0.1,
        0.2, 1.01, 2.0,
        0.2, 0.5, 31}));
    assertEquals(-Math.log(2.0) - norm, lp[0], 1e-12);
    assertEquals(-Math.log(0.1) - norm, lp[1], 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, lp[2]);
    assertEquals(Double.NEGATIVE_INFINITY, lp[3]);
    Matrix x = prior.sample(2000, new Rng(3));
    for (double v : prior.logDensity(x)) {
      assertTrue(Double.isFinite(v));
    }
    assertEquals(java.util.List.of("u1", "u2", "mass"), prior.names());
    assertThrows(IllegalArgumentException.class, () -> new InteriorPriorConfig(0, 1));
  }

  @Test
  void forwardModelGivesMassAndRadiusAndThreadsAgree() {
    Matrix x = prior.sample(12, new Rng(5));
    InteriorSolver solver = new InteriorSolver(InteriorSolverConfig.fast());
    Matrix serial = new InteriorForwardModel(solver, 1).apply(x);
    Matrix parallel = new InteriorForwardModel(solver, 2).apply(x);
    for (int r = 0; r < 12; r++) {
      assertEquals(x.get(r, 2), serial.get(r, 0), 0.0);
      Composition c = Composition.fromUnitSquare(x.get(r, 0), x.get(r, 1));
      assertEquals(solver.solve(x.get(r, 2), c).radius(), serial.get(r, 1), 0.0);
      assertEquals(serial.get(r, 1), parallel.get(r, 1), 0.0);
    }
  }

  @Test
  void badRowsAreNamed() {
    Matrix x = new DoubleMatrix(2, 3, new double[] {0.5, 0.5, 1.0, 0.5, 1.5, 1.0});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new InteriorForwardModel(InteriorSolver.defaults(), 2).apply(x));
    assertTrue(e.getMessage().startsWith("row 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new InteriorForwardModel(InteriorSolver.defaults(), 0));
  }

  @Test
  void fastSettingsAgreeWithDefaults() {
    InteriorSolver fast = new InteriorSolver(InteriorSolverConfig.fast());
    InteriorSolver exact = InteriorSolver.defaults();
    for (double m : new double[] {0.1, 2, 30}) {
      Composition c = new Composition(0.2, 0.5, 0.3);
      assertEquals(exact.solve(m, c).radius(), fast.solve(m, c).radius(), 1e-6);
    }
  }

  @Test
  void noiseIsFractionalAndItsLikelihoodNormalised() {
    MassRadiusNoise noise = new MassRadiusNoise(0.1, 0.03);
    int n = 20_000;
    double[] c = new double[2 * n];
    for (int i = 0; i < n; i++) {
      c[2 * i] = 2.0;
      c[2 * i + 1] = 1.2;
    }
    Matrix clean = new DoubleMatrix(n, 2, c);
    Matrix y = noise.observe(clean, new Rng(9));
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double z = (y.get(i, 1) - 1.2) / (0.03 * 1.2);
      sumSq += z * z;
    }
    assertEquals(1.0, sumSq / n, 4 * Math.sqrt(2.0 / n));
    // ∫ p(y | y*) dy over the radius at fixed mass, Simpson-free midpoint sum: 1 / (p of the mass term)
    double integral = 0;
    double h = 1e-4;
    for (double r = 0.6; r < 1.8; r += h) {
      Matrix yy = new DoubleMatrix(1, 2, new double[] {2.0, r + h / 2});
      integral += Math.exp(noise.logLikelihood(yy, new DoubleMatrix(1, 2, new double[] {2.0, 1.2}))[0]) * h;
    }
    double massDensityAtMean = 1 / (Math.sqrt(2 * Math.PI) * 0.2);
    assertEquals(1.0, integral / massDensityAtMean, 1e-6);
    assertThrows(IllegalArgumentException.class, () -> new MassRadiusNoise(0, 0.1));
  }

  @Test
  void theAssembledProblemSimulates() {
    InverseProblem p = AstroProblems.planetInterior(InteriorPriorConfig.defaults(), InteriorSolverConfig.fast(),
        new MassRadiusNoise(0.1, 0.03), 2);
    Batch b = p.simulate(8, new Rng(4));
    assertEquals(3, b.x().cols());
    assertEquals(2, b.y().cols());
    for (int r = 0; r < 8; r++) {
      assertTrue(b.y().get(r, 1) > 0.2 && b.y().get(r, 1) < 5, "radius " + b.y().get(r, 1));
    }
  }
}
