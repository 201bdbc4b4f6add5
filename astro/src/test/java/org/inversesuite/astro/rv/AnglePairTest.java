package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * {@link AngleCoordinate#ANGLE_PAIRS}: e in its box, ω and λ = ω + M₀ as points of the plane with auxiliary radii.
 * Round trips on both sides to a few ulp (angles at 0 and just below 2π), the 5×5 Jacobian of
 * (e, ω, M₀, r₁, r₂) ↦ flow columns against central differences (ln r₁ r₂), the radial quadrature of the
 * marginal density exact for a flow that learned the independent radius and close for one that did not,
 * the simulator's image of the prior, and a 9-column zero-weight flow whose draws are 7 physical columns and
 * whose density is the analytic marginal.
 */
class AnglePairTest {
  private static final double TWO_PI = 2 * Math.PI;
  private static final double E_MAX = RvPriorConfig.defaults().eccentricityMax();
  private static final AngleCoordinate PAIRS = AngleCoordinate.ANGLE_PAIRS;

  @Test
  void shapeOfTheCoordinate() {
    assertEquals(5, PAIRS.width());
    assertEquals(9, PAIRS.flowDimension());
    assertEquals(7, AngleCoordinate.BOX.flowDimension());
    double[][] box = PAIRS.box(E_MAX);
    assertEquals(0, box[0][0]);
    assertEquals(E_MAX, box[1][0]);
    assertEquals(9, RvCinnTraining.support(RvPriorConfig.defaults(), PeriodCoordinate.PRIOR, PAIRS).lower().length);
    // γ's bounds move from column 5 to column 7
    assertEquals(RvPriorConfig.defaults().systemicMin(),
        RvCinnTraining.support(RvPriorConfig.defaults(), PeriodCoordinate.PRIOR, PAIRS).lower()[7]);
    assertThrows(IllegalStateException.class, () -> PAIRS.inverse(1, 2, 3, E_MAX));
  }

  @Test
  void roundTripOnThePriorsSupport() {
    double[] es = {0, 1e-300, 1e-10, 0.3, Math.nextDown(E_MAX)};
    double[] angles = {0, Double.MIN_VALUE, 1e-15, 0.5 * Math.PI, Math.PI, 4.0, TWO_PI - 1e-15, Math.nextDown(TWO_PI)};
    double[] radii = {1e-3, 0.5, 1, 2.7};
    for (double e : es) {
      for (double omega : angles) {
        for (double m0 : angles) {
          for (double radius : radii) {
            double[] f = PAIRS.forward(e, omega, m0, E_MAX, radius, 1 / radius);
            double[] x = PAIRS.inverse(f, 0, E_MAX);
            String at = "e=" + e + " omega=" + omega + " M0=" + m0 + " r=" + radius;
            assertEquals(e, x[0], at);
            assertTrue(x[1] >= 0 && x[1] < TWO_PI && x[2] >= 0 && x[2] < TWO_PI, "angles off [0, 2pi) at " + at);
            assertEquals(0, AngleCoordinateTest.angleError(omega, x[1]), 2e-15, "omega at " + at);
            assertEquals(0, AngleCoordinateTest.angleError(m0, x[2]), 4e-15, "M0 at " + at);
          }
        }
      }
    }
  }

  @Test
  void roundTripOnTheFlowSide() {
    Rng rng = new Rng(11);
    for (int i = 0; i < 20_000; i++) {
      double[] f = {rng.uniform(0, E_MAX), rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-3, 3),
          rng.uniform(-3, 3)};
      double[] padded = new double[7];
      System.arraycopy(f, 0, padded, 2, 5);
      double[] x = PAIRS.inverse(padded, 2, E_MAX);
      double[] g = PAIRS.forward(x[0], x[1], x[2], E_MAX, Math.hypot(f[1], f[2]), Math.hypot(f[3], f[4]));
      for (int j = 0; j < 5; j++) {
        // λ passes two wraps by 2π (an ulp of 2π is 8.9e-16) and is then scaled by its radius
        assertEquals(f[j], g[j], 1e-14, "column " + j + " of " + java.util.Arrays.toString(f));
      }
    }
  }

  @Test
  void jacobianIsTheProductOfTheRadii() {
    double step = 1e-6;
    for (double[] p : new double[][] {{0.3, 1.0, 2.0, 1.0, 1.0}, {0.01, 6.0, 0.3, 0.4, 2.2},
        {0.9, 3.5, 4.5, 1.7, 0.8}}) {
      double[][] jac = AngleCoordinateTest.centralDifferences(v -> PAIRS.forward(v[0], v[1], v[2], E_MAX, v[3], v[4]),
          p, step);
      double det = new LUDecomposition(MatrixUtils.createRealMatrix(jac)).getDeterminant();
      assertEquals(Math.log(p[3] * p[4]), Math.log(Math.abs(det)), 1e-8, "at " + java.util.Arrays.toString(p));
    }
    assertEquals(0, PAIRS.logDerivative(0.3, E_MAX)); // at unit radii
  }

  /** log of a von Mises density (unnormalised: the quadrature must reproduce whatever it is given). */
  private static double vonMises(double theta, double mu, double kappa) {
    return kappa * Math.cos(theta - mu);
  }

  @Test
  void quadratureIsExactForAFlowThatLearnedTheIndependentRadius() {
    // q̃(x1, y1, x2, y2) = p(θ1) p(θ2) Π N(ln r_i; 0, σ²) / r_i²: θ's independent of log-normal radii
    double s = AnglePair.LOG_RADIUS_SD;
    java.util.function.BiFunction<Matrix, Matrix, double[]> joint = (u, y) -> {
      double[] out = new double[u.rows()];
      for (int r = 0; r < u.rows(); r++) {
        double log = u.get(r, 0);
        for (int p = 0; p < 2; p++) {
          double x = u.get(r, 1 + 2 * p);
          double yy = u.get(r, 2 + 2 * p);
          double t = Math.log(Math.hypot(x, yy));
          log += vonMises(AnglePair.angle(x, yy), 1.0 + p, 3.0 - p)
              - 0.5 * t * t / (s * s) - Math.log(s * Math.sqrt(TWO_PI)) - 2 * t;
        }
        out[r] = log;
      }
      return out;
    };
    Rng rng = new Rng(3);
    int n = 40;
    DoubleMatrix u = new DoubleMatrix(n, 5);
    for (int r = 0; r < n; r++) {
      u.set(r, 0, rng.uniform(-1, 1)); // an unrelated column, carried through
      for (int j = 1; j < 5; j++) {
        u.set(r, j, rng.uniform(-2, 2));
      }
    }
    double[] log = AnglePair.marginalLogDensity(joint, u, new DoubleMatrix(n, 1), 1, 2);
    for (int r = 0; r < n; r++) {
      double expected = u.get(r, 0) + vonMises(AnglePair.angle(u.get(r, 1), u.get(r, 2)), 1.0, 3.0)
          + vonMises(AnglePair.angle(u.get(r, 3), u.get(r, 4)), 2.0, 2.0);
      assertEquals(expected, log[r], 1e-12, "row " + r);
    }
  }

  @Test
  void quadratureOfAGaussianBlobGivesTheUniformAngle() {
    // a standard normal in the plane: Rayleigh radius, not the log-normal one; θ is uniform, 1/(2π);
    // the rule misses only the mass at r < e^-3 (1 − exp(−e^-6/2) = 0.12 %)
    java.util.function.BiFunction<Matrix, Matrix, double[]> gaussian = (u, y) -> {
      double[] out = new double[u.rows()];
      for (int r = 0; r < u.rows(); r++) {
        double x = u.get(r, 0);
        double yy = u.get(r, 1);
        out[r] = -0.5 * (x * x + yy * yy) - Math.log(TWO_PI);
      }
      return out;
    };
    DoubleMatrix u = new DoubleMatrix(3, 2, new double[] {1, 0, -0.3, 0.2, 0, -5});
    double[] log = AnglePair.marginalLogDensity(gaussian, u, new DoubleMatrix(3, 1), 0, 1);
    for (double v : log) {
      assertEquals(-Math.log(TWO_PI), v, 2e-3);
    }
  }

  @Test
  void thePriorsImageHasUniformAnglesAndLogNormalRadii() {
    PaddedRvSimulator sim = new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        PeriodCoordinateTest.SCHEDULE, 0), PeriodCoordinateTest.ENCODING);
    AngleCoordinateSimulator pairs = new AngleCoordinateSimulator(sim, PAIRS, E_MAX);
    assertEquals(9, pairs.xDimension());
    Rng rng = new Rng(5);
    Batch first = pairs.simulate(2, rng);
    assertEquals(9, first.x().cols());
    assertNotEquals(first.x().get(0, 3), pairs.simulate(2, rng).x().get(0, 3)); // fresh radii every batch
    // the simulator's map, on many prior draws (without simulating their data)
    int n = 4000;
    Batch b = new Batch(AngleCoordinateSimulator.toFlowCoordinates(RvPrior.defaults().sample(n, rng), PAIRS, E_MAX, rng),
        new DoubleMatrix(n, 1));
    double sum = 0;
    double sum2 = 0;
    int lowOmega = 0;
    int lowLambda = 0;
    for (int r = 0; r < n; r++) {
      for (int p = 0; p < 2; p++) {
        double t = Math.log(Math.hypot(b.x().get(r, 3 + 2 * p), b.x().get(r, 4 + 2 * p)));
        sum += t;
        sum2 += t * t;
      }
      lowOmega += AnglePair.angle(b.x().get(r, 3), b.x().get(r, 4)) < Math.PI / 2 ? 1 : 0;
      lowLambda += AnglePair.angle(b.x().get(r, 5), b.x().get(r, 6)) < Math.PI / 2 ? 1 : 0;
      assertTrue(b.x().get(r, 2) >= 0 && b.x().get(r, 2) < E_MAX);
    }
    double sd = AnglePair.LOG_RADIUS_SD;
    assertEquals(0, sum / (2 * n), 4 * sd / Math.sqrt(2 * n));
    assertEquals(sd * sd, sum2 / (2 * n), 4 * sd * sd * Math.sqrt(2.0 / (2 * n)));
    assertEquals(0.25, lowOmega / (double) n, 4 * Math.sqrt(0.25 * 0.75 / n));
    assertEquals(0.25, lowLambda / (double) n, 4 * Math.sqrt(0.25 * 0.75 / n));
  }

  @Test
  void zeroFlowDrawsPhysicalParametersAndItsDensityIsTheRadialMarginal() {
    try (RvPosterior posterior = AngleCoordinateTest.zeroFlow(PeriodCoordinate.PRIOR, PAIRS)) {
      assertEquals(9, posterior.cinn().dimension());
      assertEquals(7, posterior.dimension());
      Matrix target = new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(),
          PeriodCoordinateTest.SCHEDULE, 0), PeriodCoordinateTest.ENCODING).simulate(1, new Rng(2)).y();
      double[] y = target.toRows()[0];
      Matrix q = posterior.sample(y, 400, new Rng(3));
      assertEquals(7, q.cols());
      int lowOmega = 0;
      for (int r = 0; r < q.rows(); r++) {
        assertTrue(q.get(r, 0) >= 1 && q.get(r, 0) <= 1000 && q.get(r, 2) >= 0 && q.get(r, 2) < E_MAX);
        assertTrue(q.get(r, 3) >= 0 && q.get(r, 3) < TWO_PI && q.get(r, 4) >= 0 && q.get(r, 4) < TWO_PI);
        lowOmega += q.get(r, 3) < Math.PI ? 1 : 0;
      }
      assertEquals(0.5, lowOmega / (double) q.rows(), 4 * Math.sqrt(0.25 / q.rows())); // isotropic pairs
      DoubleMatrix some = new DoubleMatrix(12, 7); // the density integrates 33² flow evaluations per row
      some.copyRows(q, 0, 0, 12);
      q = some;
      DoubleMatrix ys = new DoubleMatrix(q.rows(), y.length);
      for (int r = 0; r < q.rows(); r++) {
        ys.copyRows(target, 0, r, 1);
      }
      // the zero flow's pair columns are standard normal: at unit radii each pair has density e^{-1/2}/(2π),
      // its marginal over r is 1/(2π), so log q(x) = log q̃(x at unit radii) + 2 × 1/2
      double[] log = posterior.logDensity(q, ys);
      double[] atUnitRadii = posterior.cinn().logDensity(AngleCoordinateSimulator.toFlowCoordinates(q, PAIRS, E_MAX),
          ys);
      for (int r = 0; r < q.rows(); r++) {
        assertEquals(atUnitRadii[r] + 1.0, log[r], 4e-3, "row " + r);
      }
    }
    try (RvPosterior centred = AngleCoordinateTest.zeroFlow(PeriodCoordinate.PEAK_BLEND, PAIRS)) {
      Matrix target = new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(),
          PeriodCoordinateTest.SCHEDULE, 0), PeriodCoordinateTest.ENCODING).simulate(1, new Rng(2)).y();
      Matrix q = centred.sample(target.toRows()[0], 4, new Rng(3));
      DoubleMatrix ys = new DoubleMatrix(q.rows(), target.cols());
      for (int r = 0; r < q.rows(); r++) {
        ys.copyRows(target, 0, r, 1);
      }
      for (double v : centred.logDensity(q, ys)) {
        assertTrue(Double.isFinite(v));
      }
    }
  }
}
