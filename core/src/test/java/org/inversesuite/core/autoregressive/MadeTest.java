package org.inversesuite.core.autoregressive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class MadeTest {
  /** Builds a MADE with every parameter random (masked weights included) and returns its input Jacobian. */
  private static double[][] jacobian(int d, int c, int groups, MlpConfig config) {
    Parameters p = new Parameters(Precision.FLOAT64);
    Made made = new Made(p, "m", d, c, groups, config, OutputInit.UNIFORM);
    p.initialise(new Rng(1));
    Rng rng = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, rng.gaussian());
    }
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Matrix in = Numerics.gaussian(new Rng(3), 1, d + c, 1.0);
    return Numerics.jacobians(x -> made.forward(x, ws).copy(), in, 1e-6)[0];
  }

  @Test
  void outputIDependsOnEarlierInputsAndOnEveryConditionInput() {
    int d = 4;
    int c = 2;
    double[][] j = jacobian(d, c, 2, MlpConfig.of(12, 2, Activation.TANH));
    for (int g = 0; g < 2; g++) {
      for (int i = 0; i < d; i++) {
        double[] row = j[g * d + i];
        for (int k = 0; k < d; k++) {
          if (k >= i) {
            assertEquals(0.0, row[k], 0.0, "output " + (g * d + i) + " depends on x_" + k);
          } else {
            assertTrue(Math.abs(row[k]) > 1e-8, "output " + (g * d + i) + " ignores x_" + k);
          }
        }
        for (int k = d; k < d + c; k++) {
          assertTrue(Math.abs(row[k]) > 1e-8, "output " + (g * d + i) + " ignores condition " + (k - d));
        }
      }
    }
  }

  @Test
  void unconditionalFirstOutputIsConstantAndLastSeesAllButOne() {
    int d = 3;
    double[][] j = jacobian(d, 0, 1, MlpConfig.of(8, 1, Activation.RELU));
    for (int k = 0; k < d; k++) {
      assertEquals(0.0, j[0][k], 0.0);
      assertEquals(0.0, j[d - 1][d - 1], 0.0);
    }
    assertTrue(Math.abs(j[d - 1][0]) + Math.abs(j[d - 1][1]) > 1e-8);
  }

  @Test
  void degreesFollowTheRule() {
    assertEquals(java.util.List.of(1, 2, 1, 2), java.util.Arrays.stream(MadeDegrees.hidden(4, 3, 0)).boxed().toList());
    assertEquals(java.util.List.of(0, 1, 2, 0), java.util.Arrays.stream(MadeDegrees.hidden(4, 3, 1)).boxed().toList());
  }
}
