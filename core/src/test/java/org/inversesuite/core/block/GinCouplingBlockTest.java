package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GinCouplingBlockTest {
  static final MlpConfig SMALL = MlpConfig.of(8, 2, Activation.TANH);

  @Nested
  class Conditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new GinCouplingBlock(GinCouplingConfig.defaults().withSubnet(SMALL), p, "b", 5, 2);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 2; }
    public double parameterScale() { return 0.5; }
  }

  @Nested
  class UnconditionalTanh implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new GinCouplingBlock(new GinCouplingConfig(ClampActivation.TANH, 1.5, MlpConfig.of(6, 1, Activation.RELU)),
          p, "b", 4, 0);
    }
    public int dimension() { return 4; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.6; }
  }

  /** Volume preservation: the brute-force Jacobian determinant is 1 even with large random weights. */
  @Test
  void jacobianDeterminantIsOne() {
    InvertibleBlockContract c = new Conditional() {
      public double parameterScale() { return 1.5; }
    };
    InvertibleBlockContract.Fixture f = c.fixture(11);
    double[] ld = new double[InvertibleBlockContract.BATCH];
    f.forward(f.x(), f.c(), ld);
    double[][][] j = org.inversesuite.core.testing.Numerics.jacobians(
        in -> f.forward(in, f.c(), new double[in.rows()]), f.x(), 1e-6);
    for (int r = 0; r < ld.length; r++) {
      assertEquals(0.0, ld[r], 0.0, "reported log-det, row " + r);
      assertEquals(0.0, org.inversesuite.core.testing.Numerics.logAbsDet(j[r]), 1e-6, "brute-force log-det, row " + r);
    }
  }
}
