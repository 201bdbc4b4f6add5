package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RqSplineCouplingBlockTest {
  static final MlpConfig SMALL = MlpConfig.of(8, 2, Activation.TANH);

  @Nested
  class Conditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new RqSplineCouplingBlock(new RqSplineCouplingConfig(5, 2.5, SMALL), p, "b", 5, 3);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 3; }
    public double parameterScale() { return 0.5; }
  }

  @Nested
  class UnconditionalTwoBins implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new RqSplineCouplingBlock(new RqSplineCouplingConfig(2, 1.5, MlpConfig.of(6, 1, Activation.RELU)), p, "b", 2, 0);
    }
    public int dimension() { return 2; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.6; }
  }

  /** A fresh block (zero last layer) is the identity; outliers far outside [−B, B] pass unchanged. */
  @Test
  void newBlockIsIdentityAndOutliersPassUnchanged() {
    Parameters p = new Parameters(Precision.FLOAT64);
    RqSplineCouplingBlock block = new RqSplineCouplingBlock(new RqSplineCouplingConfig(4, 2.0, SMALL), p, "b", 3, 0);
    p.initialise(new Rng(1));
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix x = Matrix.of(Precision.FLOAT64, new double[][] {{0.3, -1.7, 1.2}, {0.1, 0.2, -0.4}});
    Matrix z = x.like(2, 3);
    double[] ld = new double[2];
    block.forward(x, null, z, ld, ws);
    for (int i = 0; i < x.size(); i++) {
      assertEquals(x.get(i), z.get(i), 1e-12);
    }
    assertEquals(0, ld[0], 1e-12);
    Matrix values = p.values();
    Rng rng = new Rng(2);
    for (int i = 0; i < values.size(); i++) {
      values.set(i, rng.gaussian());
    }
    Matrix far = Matrix.of(Precision.FLOAT64, new double[][] {{1e6, 0.5, -3e5}, {-50, -2.5, 7}});
    Matrix out = far.like(2, 3);
    double[] ldFar = new double[2];
    block.forward(far, null, out, ldFar, ws);
    // The first half's elements (columns 0, 1) depend on column 2 through the subnet; only elements
    // outside [−2, 2] must be unchanged.
    assertEquals(1e6, out.get(0, 0), 0);
    assertEquals(-50, out.get(1, 0), 0);
    assertEquals(-2.5, out.get(1, 1), 0);
    assertTrue(Double.isFinite(ldFar[0]) && Double.isFinite(ldFar[1]));
    Matrix back = far.like(2, 3);
    block.inverse(out, null, back, new double[2], ws);
    for (int i = 0; i < far.size(); i++) {
      assertEquals(far.get(i), back.get(i), 1e-9 * Math.max(1, Math.abs(far.get(i))));
    }
  }

  /** The spline alone: monotone, maps [−B, B] onto itself, and its derivative matches a central difference. */
  @Test
  void splineIsMonotoneOntoItsIntervalWithTheStatedDerivative() {
    RationalQuadraticSpline s = new RationalQuadraticSpline(6, 2.0);
    Matrix theta = Matrix.zeros(Precision.FLOAT64, 1, RationalQuadraticSpline.parameterCount(6));
    Rng rng = new Rng(3);
    for (int i = 0; i < theta.size(); i++) {
      theta.set(i, 2 * rng.gaussian());
    }
    s.load(theta, 0);
    assertEquals(-2.0, s.forward(-2.0), 1e-12);
    assertEquals(2.0, s.forward(2.0), 1e-12);
    double previous = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= 500; i++) {
      double x = -2.4953 + 0.01 * i;
      double y = s.forward(x);
      double ld = s.logDerivative();
      assertTrue(y > previous, "not increasing at " + x);
      previous = y;
      double h = 1e-7;
      double numeric = (s.forward(x + h) - s.forward(x - h)) / (2 * h);
      assertEquals(numeric, Math.exp(ld), 1e-4 * Math.max(1, numeric), "slope at " + x);
    }
  }
}
