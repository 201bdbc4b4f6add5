package org.inversesuite.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class BoundedTransformTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  /** One coordinate of each kind: (a, b), (a, ∞), (−∞, b), (−∞, ∞). */
  private final BoundedTransform transform =
      new BoundedTransform(new double[] {-2, 0.5, -INF, -INF}, new double[] {3, INF, 1, INF});

  private static Matrix gaussian(int n, int d, double scale, long seed) {
    return Numerics.gaussian(new Rng(seed), n, d, scale);
  }

  @Test
  void roundTripsBothWays() {
    Matrix u = gaussian(200, 4, 3, 1);
    Matrix x = transform.inverse(u);
    Matrix back = transform.forward(x);
    for (int i = 0; i < u.size(); i++) {
      assertEquals(u.get(i), back.get(i), 1e-9 * (1 + Math.abs(u.get(i))), "entry " + i);
    }
    Matrix again = transform.inverse(back);
    assertTrue(Numerics.maxAbsDiff(x, again) < 1e-12);
  }

  /**
   * The column path (a box's e^{−|t|} over the vector lanes) against the element path ({@link Math#exp} per
   * element, its reference): within 3 ulp of x (the exponentials differ by ≤ 2 ulp, and x = b − (b − a)·g
   * carries that into g's share of x), the same values on the half-open and open coordinates, and the same
   * clamps at the ends (|t| up to 800, beyond the vector exp's range), at 0, ±0 and for NaN.
   */
  @Test
  void columnPathAgreesWithTheElementPath() {
    Rng r = new Rng(9);
    int n = 301; // not a multiple of the lanes
    DoubleMatrix u = new DoubleMatrix(n, 4);
    for (int i = 0; i < n * 4; i++) {
      u.set(i, i % 11 == 0 ? 800 * (2 * r.uniform() - 1) : 4 * r.gaussian());
    }
    u.set(0, 0.0);
    u.set(4, -0.0);
    u.set(8, Double.NaN);
    u.set(12, 750);
    u.set(16, -750);
    u.set(20, 700);
    Matrix fast = transform.inverse(u);
    Matrix slow = transform.inverseByElements(u);
    int same = 0;
    for (int i = 0; i < n * 4; i++) {
      double a = fast.get(i);
      double b = slow.get(i);
      if (Double.isNaN(b)) {
        assertTrue(Double.isNaN(a), "entry " + i + ": NaN");
        continue;
      }
      same += a == b ? 1 : 0;
      if (i % 4 != 0) {
        assertEquals(b, a, 0.0, "entry " + i + " (not a box: the same operations)");
      }
      assertEquals(b, a, 3 * Math.ulp(b), "entry " + i + ", u = " + u.get(i));
    }
    assertTrue(same > n * 3, "most entries the same bits: " + same);
  }

  /**
   * The column path with the sigmoid's division and clamp over the lanes against run 20's column path (the same
   * operations per element, kept as its reference): the same bits on every entry, row counts that leave partial
   * vectors, |t| beyond the vector exp's range, ±0, NaN and values that clamp at either end.
   */
  @Test
  void lanesSigmoidIsBitForBitTheScalarColumnPath() {
    Rng r = new Rng(23);
    for (int n : new int[] {1, 7, 8, 9, 64, 301, 1000}) {
      DoubleMatrix u = new DoubleMatrix(n, 4);
      for (int i = 0; i < n * 4; i++) {
        u.set(i, i % 13 == 0 ? 800 * (2 * r.uniform() - 1) : i % 5 == 0 ? 40 * r.gaussian() : 4 * r.gaussian());
      }
      u.set(0, n > 2 ? Double.NaN : -0.0);
      if (n > 2) {
        u.set(4, -0.0);
        u.set(8, 0.0);
      }
      Matrix fast = transform.inverse(u);
      Matrix reference = transform.inverseByColumnsScalarSigmoid(u);
      for (int i = 0; i < n * 4; i++) {
        assertEquals(Double.doubleToRawLongBits(reference.get(i)), Double.doubleToRawLongBits(fast.get(i)),
            "n = " + n + ", entry " + i + ", u = " + u.get(i));
      }
    }
  }

  @Test
  void logDeterminantsMatchFiniteDifferences() {
    Matrix u = gaussian(20, 4, 2, 2);
    double[][][] jInverse = Numerics.jacobians(transform::inverse, u, 1e-6);
    double[] inverseLogDet = transform.inverseLogDet(u);
    Matrix x = transform.inverse(u);
    double[][][] jForward = Numerics.jacobians(transform::forward, x, 1e-7);
    double[] forwardLogDet = transform.forwardLogDet(x);
    for (int r = 0; r < 20; r++) {
      assertEquals(Numerics.logAbsDet(jInverse[r]), inverseLogDet[r], 1e-6 * (1 + Math.abs(inverseLogDet[r])), "row " + r);
      assertEquals(Numerics.logAbsDet(jForward[r]), forwardLogDet[r], 1e-5 * (1 + Math.abs(forwardLogDet[r])), "row " + r);
      assertEquals(0, forwardLogDet[r] + inverseLogDet[r], 1e-10, "row " + r);
    }
  }

  @Test
  void everyGaussianDrawLandsStrictlyInsideTheBounds() {
    BoundedTransform box = new BoundedTransform(new double[] {0, 1e-3, -5}, new double[] {1, INF, -4.999});
    Matrix x = box.inverse(gaussian(100_000, 3, 5, 3));
    for (int r = 0; r < x.rows(); r++) {
      double a = x.get(r, 0);
      double b = x.get(r, 1);
      double c = x.get(r, 2);
      assertTrue(a > 0 && a < 1 && b > 1e-3 && b < INF && c > -5 && c < -4.999, "row " + r + ": " + a + ", " + b + ", " + c);
    }
    // even absurd values stay strictly inside and map back to finite numbers
    Matrix extreme = box.inverse(Matrix.of(Precision.FLOAT64, new double[][] {{1e6, 1e6, 1e6}, {-1e6, -1e6, -1e6}}));
    for (int i = 0; i < extreme.size(); i++) {
      assertTrue(Double.isFinite(box.forward(extreme).get(i)));
    }
    assertTrue(extreme.get(0, 0) < 1 && extreme.get(1, 0) > 0 && extreme.get(1, 1) > 1e-3);
  }

  @Test
  void uniformPriorBecomesTheLogisticDensity() {
    UniformPrior prior = new UniformPrior(new double[] {-2}, new double[] {3}, List.of("x"));
    BoundedTransform t = BoundedTransform.of(prior);
    for (double u : new double[] {-30, -3, 0, 0.7, 12}) {
      double logistic = -Math.log1p(Math.exp(-u)) - Math.log1p(Math.exp(u));
      double lp = t.unconstrainedLogDensity(prior, Matrix.of(Precision.FLOAT64, new double[][] {{u}}))[0];
      assertEquals(logistic, lp, 1e-12, "u = " + u);
    }
  }

  @Test
  void unconstrainedDensitiesIntegrateToOne() {
    Prior[] priors = {
        new LogUniformPrior(new double[] {0.01}, new double[] {10}, List.of("x")),
        new TruncatedNormalPrior(new double[] {0}, new double[] {1}, new double[] {0}, new double[] {INF}, List.of("x")),
        new TruncatedNormalPrior(new double[] {1}, new double[] {2}, new double[] {-INF}, new double[] {0.5}, List.of("x"))};
    BoundedTransform[] transforms = {BoundedTransform.of((LogUniformPrior) priors[0]),
        BoundedTransform.of((TruncatedNormalPrior) priors[1]), BoundedTransform.of((TruncatedNormalPrior) priors[2])};
    for (int k = 0; k < priors.length; k++) {
      Prior p = priors[k];
      BoundedTransform t = transforms[k];
      double mass = new SimpsonIntegrator(1e-10, 1e-10, 3, 30).integrate(2_000_000,
          u -> Math.exp(t.unconstrainedLogDensity(p, new DoubleMatrix(1, 1, new double[] {u}))[0]), -40, 40);
      assertEquals(1, mass, 1e-7, "prior " + k);
    }
  }

  @Test
  void boundaryValuesAreClampedAndOutsideValuesRefused() {
    Matrix onBounds = Matrix.of(Precision.FLOAT64, new double[][] {{-2, 0.5, 1, 0}, {3, 0.5, 1, 0}});
    Matrix u = transform.forward(onBounds);
    for (int i = 0; i < u.size(); i++) {
      assertTrue(Double.isFinite(u.get(i)), "entry " + i + " = " + u.get(i));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> transform.forward(Matrix.of(Precision.FLOAT64, new double[][] {{0, 0.4, 0, 0}})));
    assertTrue(e.getMessage().contains("x[0, 1] = 0.4 lies outside the support [0.5, Infinity]"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> transform.forward(Matrix.of(Precision.FLOAT64, new double[][] {{Double.NaN, 1, 0, 0}})));
    assertThrows(IllegalArgumentException.class, () -> transform.inverse(new DoubleMatrix(1, 3)));
    assertThrows(IllegalArgumentException.class, () -> new BoundedTransform(new double[] {1}, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new BoundedTransform(new double[] {INF}, new double[] {INF}));
  }
}
