package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The (√e cos ω, √e sin ω, λ = ω + M₀) coordinate and its plane-stretched variant: round trips on the prior's support
 * to a few ulp (including e → 0 and angles at 0 and just below 2π), the Jacobians against central
 * differences, the prior's image (uniform on the disk), and a posterior over a flow with all
 * weights zero whose draws land in the support and whose density carries the Jacobian.
 */
class AngleCoordinateTest {
  private static final double TWO_PI = 2 * Math.PI;
  private static final double E_MAX = RvPriorConfig.defaults().eccentricityMax();
  private static final AngleCoordinate ECC = AngleCoordinate.ECCENTRICITY_VECTOR;
  private static final AngleCoordinate PLANE = AngleCoordinate.ECCENTRICITY_PLANE;

  /** Circular distance on [0, 2π). */
  static double angleError(double a, double b) {
    double d = Math.abs(a - b) % TWO_PI;
    return Math.min(d, TWO_PI - d);
  }

  @Test
  void roundTripOnThePriorsSupport() {
    double[] es = {1e-300, 1e-16, 1e-10, 1e-4, 0.1, 0.5, 0.9, Math.nextDown(E_MAX)};
    double[] angles = {0, Double.MIN_VALUE, 1e-15, 1e-9, 0.5 * Math.PI, Math.PI, 4.0, TWO_PI - 1e-9, TWO_PI - 1e-15,
        Math.nextDown(TWO_PI)};
    for (AngleCoordinate c : new AngleCoordinate[] {ECC, PLANE}) {
      for (double e : es) {
        for (double omega : angles) {
          for (double m0 : angles) {
            double[] f = c.forward(e, omega, m0, E_MAX);
            // within an ulp of e_max, h² + k² may round onto the disk's edge
            assertTrue((c == ECC ? f[0] * f[0] + f[1] * f[1] <= E_MAX * (1 + 4e-16) : Double.isFinite(f[0] + f[1]))
                && f[2] >= 0 && f[2] < TWO_PI, "flow coordinates off support at e=" + e);
            double[] x = c.inverse(f[0], f[1], f[2], E_MAX);
            String at = c + " e=" + e + " omega=" + omega + " M0=" + m0;
            assertEquals(e, x[0], c == ECC ? 4e-16 * e : 2e-15 * e, at); // a few ulp through sqrt, atanh, tanh
            assertTrue(x[1] >= 0 && x[1] < TWO_PI && x[2] >= 0 && x[2] < TWO_PI, "angles off [0, 2pi) at " + at);
            assertEquals(0, angleError(omega, x[1]), 2e-15, "omega at " + at);
            assertEquals(0, angleError(m0, x[2]), 4e-15, "M0 at " + at);
          }
        }
      }
    }
  }

  @Test
  void atZeroEccentricityTheMeanLongitudeSurvives() {
    // ω is undefined at e = 0: the inverse sets ω = 0 and keeps λ = ω + M₀ exact
    double[] f = PLANE.forward(0, 1.3, 5.9, E_MAX);
    double[] y = PLANE.inverse(f[0], f[1], f[2], E_MAX);
    assertEquals(0, y[0]);
    assertEquals(0, angleError(1.3 + 5.9, y[2]), 1e-15);
    f = ECC.forward(0, 1.3, 5.9, E_MAX);
    double[] x = ECC.inverse(f[0], f[1], f[2], E_MAX);
    assertEquals(0, x[0]);
    assertEquals(0, x[1]);
    assertEquals(0, angleError(1.3 + 5.9, x[2]), 1e-15);
  }

  @Test
  void roundTripOnTheFlowSide() {
    Rng rng = new Rng(11);
    double r = Math.sqrt(E_MAX);
    for (int i = 0; i < 20_000; i++) {
      double h = rng.uniform(-r, r);
      double k = rng.uniform(-r, r);
      double lambda = i % 2 == 0 ? rng.uniform(0, TWO_PI) : (i % 4 == 1 ? 1e-14 : Math.nextDown(TWO_PI));
      if (!ECC.inside(h, k, E_MAX)) {
        continue;
      }
      double[] x = ECC.inverse(h, k, lambda, E_MAX);
      double[] f = ECC.forward(x[0], x[1], x[2], E_MAX);
      assertEquals(h, f[0], 1e-15);
      assertEquals(k, f[1], 1e-15);
      assertEquals(0, angleError(lambda, f[2]), 1e-14);
    }
  }

  /** @return the square Jacobian ∂f_i/∂p_j of f at p by central differences of the given step */
  static double[][] centralDifferences(java.util.function.Function<double[], double[]> f, double[] p, double step) {
    double[][] jac = new double[p.length][p.length];
    for (int j = 0; j < p.length; j++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[j] += step;
      minus[j] -= step;
      double[] fp = f.apply(plus);
      double[] fm = f.apply(minus);
      for (int i = 0; i < p.length; i++) {
        jac[i][j] = (fp[i] - fm[i]) / (2 * step);
      }
    }
    return jac;
  }

  @Test
  void logDerivativeMatchesCentralDifferences() {
    double step = 1e-6;
    for (AngleCoordinate c : new AngleCoordinate[] {ECC, PLANE}) {
      for (double[] p : new double[][] {{0.3, 1.0, 2.0}, {0.01, 6.0, 0.3}, {0.9, 3.5, 4.5}, {1e-3, 0.2, 0.1}}) {
        double[][] jac = centralDifferences(v -> c.forward(v[0], v[1], v[2], E_MAX), p, step);
        double det = jac[0][0] * (jac[1][1] * jac[2][2] - jac[1][2] * jac[2][1])
            - jac[0][1] * (jac[1][0] * jac[2][2] - jac[1][2] * jac[2][0])
            + jac[0][2] * (jac[1][0] * jac[2][1] - jac[1][1] * jac[2][0]);
        assertEquals(c.logDerivative(p[0], E_MAX), Math.log(Math.abs(det)), 1e-6, c + " at e=" + p[0]);
      }
    }
    assertEquals(0, AngleCoordinate.BOX.logDerivative(0.3, E_MAX));
    assertEquals(-Math.log(2 * E_MAX), PLANE.logDerivative(0, E_MAX), 1e-15); // the R → 0 limit
  }

  @Test
  void thePriorIsUniformOnTheDiskAndInLambda() {
    int n = 40_000;
    Matrix x = AngleCoordinateSimulator.toFlowCoordinates(RvPrior.defaults().sample(n, new Rng(5)), ECC, E_MAX);
    int innerQuarter = 0;
    int rightHalf = 0;
    int lowLambda = 0;
    for (int r = 0; r < n; r++) {
      double h = x.get(r, 2);
      double k = x.get(r, 3);
      innerQuarter += h * h + k * k < E_MAX / 4 ? 1 : 0; // area fraction 1/4 of the disk
      rightHalf += h > 0 ? 1 : 0;
      lowLambda += x.get(r, 4) < Math.PI / 2 ? 1 : 0;
    }
    assertEquals(0.25, innerQuarter / (double) n, 4 * Math.sqrt(0.25 * 0.75 / n));
    assertEquals(0.5, rightHalf / (double) n, 4 * Math.sqrt(0.25 / n));
    assertEquals(0.25, lowLambda / (double) n, 4 * Math.sqrt(0.25 * 0.75 / n));
  }

  @Test
  void posteriorDrawsAreInTheSupportAndTheDensityCarriesTheJacobian() {
    for (AngleCoordinate c : new AngleCoordinate[] {ECC, PLANE}) {
      for (PeriodCoordinate period : new PeriodCoordinate[] {PeriodCoordinate.PRIOR, PeriodCoordinate.PEAK_BLEND}) {
        try (RvPosterior posterior = zeroFlow(period, c)) {
          Matrix target = new PaddedRvSimulator(org.inversesuite.astro.AstroProblems.radialVelocity(
              RvPriorConfig.defaults(), PeriodCoordinateTest.SCHEDULE, 0), PeriodCoordinateTest.ENCODING)
              .simulate(1, new Rng(2)).y();
          double[] y = new double[target.cols()];
          for (int j = 0; j < y.length; j++) {
            y[j] = target.get(0, j);
          }
          Matrix q = posterior.sample(y, 500, new Rng(3));
          for (int r = 0; r < q.rows(); r++) {
            assertTrue(q.get(r, 2) >= 0 && q.get(r, 2) < E_MAX, "e = " + q.get(r, 2));
            assertTrue(q.get(r, 3) >= 0 && q.get(r, 3) < TWO_PI && q.get(r, 4) >= 0 && q.get(r, 4) < TWO_PI);
          }
          DoubleMatrix ys = new DoubleMatrix(q.rows(), y.length);
          for (int r = 0; r < q.rows(); r++) {
            for (int j = 0; j < y.length; j++) {
              ys.set(r, j, y[j]);
            }
          }
          double[] log = posterior.logDensity(q, ys);
          double[] inFlow = new RvPosterior(posterior.cinn(), period, AngleCoordinate.BOX, posterior.encoding(),
              posterior.prior()).logDensity(AngleCoordinateSimulator.toFlowCoordinates(q, c, E_MAX), ys);
          for (int r = 0; r < q.rows(); r++) {
            assertTrue(Double.isFinite(log[r]));
            assertEquals(inFlow[r] + c.logDerivative(q.get(r, 2), E_MAX), log[r], 1e-9);
          }
        }
      }
    }
  }

  @Test
  void configWithoutTheSettingReadsAsTheBox() throws Exception {
    RvCinnConfig model = RvCinnConfig.defaults().withAngles(ECC);
    var mapper = org.inversesuite.core.config.Json.mapper();
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(model);
    assertEquals(model, mapper.treeToValue(node, RvCinnConfig.class));
    node.remove("angles");
    assertEquals(AngleCoordinate.BOX, mapper.treeToValue(node, RvCinnConfig.class).angles());
    assertEquals(AngleCoordinate.BOX, RvCinnConfig.defaults().angles());
  }

  /** @return a posterior over a flow with all weights zero (the flow's columns standard normal after the support's map) */
  static RvPosterior zeroFlow(PeriodCoordinate period, AngleCoordinate angles) {
    RvCinnConfig model = new RvCinnConfig(2, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), 4, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), PeriodogramConfig.defaults(), period, angles);
    RvSetEncoding encoding = PeriodCoordinateTest.ENCODING;
    Flow flow = Flow.build(RvCinnTraining.flowConfig(model, encoding), Precision.FLOAT64, new Rng(1), true);
    flow.parameters().assign(Matrix.zeros(Precision.FLOAT64, 1, flow.parameters().size()));
    double[] mean = new double[angles.flowDimension()];
    double[] std = new double[angles.flowDimension()];
    java.util.Arrays.fill(std, 1);
    ParameterSpace space = new ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(), period, angles),
        new Standardization(mean, std));
    Cinn cinn = new Cinn(flow, space, Standardization.identity(encoding.width()), 1);
    return new RvPosterior(cinn, period, angles, encoding, RvPriorConfig.defaults());
  }
}
