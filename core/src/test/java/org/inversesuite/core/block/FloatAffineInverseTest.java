package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The vectorised float32 inverse of an affine coupling half against the block's own scalar inverse
 * (g and exp in double per element), for every clamp activation, both subnet forms, row counts that
 * do and do not fill the vector lanes, and raw log-scales far into the clamp's saturation: equal to
 * 2e-6 relative in x and 2e-6 absolute in the log-determinant (float rounding of s, e^{−s} and the
 * product; the scalar path rounds only its result to float).
 */
class FloatAffineInverseTest {
  @Test
  void equalsTheScalarInverseToFloatRounding() {
    for (ClampActivation g : ClampActivation.values()) {
      for (CouplingForm form : CouplingForm.values()) {
        AffineCouplingBlock block = new AffineCouplingBlock(new AffineCouplingConfig(form, g, g == ClampActivation.NONE
            ? 1.0 : 2.0, MlpConfig.of(8, 1, Activation.RELU)), new Parameters(Precision.FLOAT32), "b", 7, 3);
        for (int n : new int[] {1, 5, 37, 256}) {
          for (int d : new int[] {3, 4}) {
            check(block, g, n, d, 7 * n + d);
          }
        }
      }
    }
  }

  private static void check(AffineCouplingBlock block, ClampActivation g, int n, int d, long seed) {
    Rng r = new Rng(seed);
    FloatMatrix raw = new FloatMatrix(n, 2 * d);
    for (int i = 0; i < raw.size(); i++) {
      // raw log-scales up to ±40: deep in the saturation of atan, tanh and the sigmoid (NONE: ±2)
      raw.set(i, (g == ClampActivation.NONE ? 0.5 : 10) * r.gaussian());
    }
    FloatMatrix z = new FloatMatrix(n, 7);
    for (int i = 0; i < z.size(); i++) {
      z.set(i, 3 * r.gaussian());
    }
    int inCol = 7 - d;
    FloatMatrix expected = new FloatMatrix(n, 7);
    FloatMatrix actual = new FloatMatrix(n, 7);
    double[] expectedLogDet = new double[n];
    double[] actualLogDet = new double[n];
    block.transformInverse(raw, z, inCol, expected, 1, d, expectedLogDet);
    FloatAffineInverse.inverse(raw, z, inCol, actual, 1, d, actualLogDet, g, g == ClampActivation.NONE ? 1.0 : 2.0);
    String where = g + ", n " + n + ", d " + d;
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.get(i);
      assertTrue(Math.abs(actual.get(i) - e) <= 2e-6 * Math.max(1, Math.abs(e)), where + ": element " + i + " "
          + actual.get(i) + " against " + e);
    }
    for (int row = 0; row < n; row++) {
      assertTrue(Math.abs(actualLogDet[row] - expectedLogDet[row]) <= 2e-6 * Math.max(1, Math.abs(expectedLogDet[row])),
          where + ": log-det of row " + row + " " + actualLogDet[row] + " against " + expectedLogDet[row]);
      assertTrue(expectedLogDet[row] != 0, "the raw log-scales are not all zero");
    }
  }
}
