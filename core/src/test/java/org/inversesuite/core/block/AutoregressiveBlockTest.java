package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** MAF and IAF blocks against the block contract, and the triangular Jacobian that makes them autoregressive. */
class AutoregressiveBlockTest {
  static final MlpConfig SMALL = MlpConfig.of(10, 2, Activation.TANH);

  @Nested
  class MafConditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new MafBlock(new MafConfig(ClampActivation.ATAN, 2.0, SMALL), p, "b", 5, 3);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 3; }
    public double parameterScale() { return 0.4; }
  }

  @Nested
  class MafUnconditionalOneHiddenLayer implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new MafBlock(new MafConfig(ClampActivation.TANH, 1.5, MlpConfig.of(7, 1, Activation.RELU)), p, "b", 4, 0);
    }
    public int dimension() { return 4; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.5; }
  }

  @Nested
  class IafConditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new IafBlock(new IafConfig(ClampActivation.ATAN, 2.0, SMALL), p, "b", 5, 2);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 2; }
    public double parameterScale() { return 0.4; }
  }

  @Nested
  class IafUnconditionalNoHiddenLayer implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new IafBlock(new IafConfig(ClampActivation.SIGMOID, 2.0, MlpConfig.of(1, 0, Activation.RELU)), p, "b", 3, 0);
    }
    public int dimension() { return 3; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.5; }
  }

  /** z_i depends on x_j only for j ≤ i: the brute-force Jacobian is lower triangular, for MAF and IAF alike. */
  @Test
  void jacobiansAreLowerTriangular() {
    for (InvertibleBlockContract c : new InvertibleBlockContract[] {new MafConditional(), new IafConditional()}) {
      InvertibleBlockContract.Fixture f = c.fixture(21);
      double[][][] j = Numerics.jacobians(in -> f.forward(in, f.c(), new double[in.rows()]), f.x(), 1e-6);
      for (double[][] row : j) {
        for (int i = 0; i < row.length; i++) {
          for (int k = i + 1; k < row.length; k++) {
            assertEquals(0.0, row[i][k], 1e-9, f.block().getClass().getSimpleName() + ": dz_" + i + "/dx_" + k);
          }
        }
      }
    }
  }
}
