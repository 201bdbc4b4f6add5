package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorLog} within 1 ulp of {@link Math#log} over the normal doubles, densely near 1 (where the result is
 * small and a wrong low-order term shows) and at the reduction's edge √2, interpreted and after the JIT compiles
 * it (the two must agree bit for bit: only IEEE operations), the array form bit for bit the vector form.
 * A wrong Lg coefficient, a wrong ln 2 split or a wrong
 * exponent read puts the error far above 1 ulp.
 */
class VectorLogTest {
  private static double[] log(double[] x) {
    double[] out = new double[x.length];
    VectorLog.log(x, out, x.length);
    return out;
  }

  @Test
  void withinOneUlpOfMathLogAndTheSameBitsCompiled() {
    SplittableRandom r = new SplittableRandom(11);
    double[] x = new double[4096];
    for (int i = 0; i < x.length; i++) {
      x[i] = switch (i % 4) {
        case 0 -> Math.exp(r.nextDouble(-700, 700));
        case 1 -> 1 + r.nextGaussian() * 1e-3;
        case 2 -> r.nextDouble(1, 1e9); // the blend's argument a + √(a² + 1)
        default -> Math.scalb(r.nextDouble(0.5, 2), r.nextInt(-1020, 1020));
      };
    }
    x[0] = 1;
    x[1] = Math.sqrt(2);
    x[2] = Math.nextUp(Math.sqrt(2));
    x[3] = Math.nextDown(Math.sqrt(2));
    x[4] = Double.MIN_NORMAL;
    x[5] = Double.MAX_VALUE;
    x[6] = Math.nextUp(1.0);
    x[7] = Math.nextDown(1.0);
    double[] first = null;
    double worst = 0;
    for (int round = 0; round < 400; round++) {
      double[] y = log(x);
      if (first == null) {
        first = y;
        for (int i = 0; i < x.length; i++) {
          double e = Math.log(x[i]);
          worst = Math.max(worst, e == 0 ? Math.abs(y[i]) / Double.MIN_VALUE : Math.abs(y[i] - e) / Math.ulp(e));
        }
      } else {
        for (int i = 0; i < x.length; i++) {
          assertTrue(Double.doubleToRawLongBits(first[i]) == Double.doubleToRawLongBits(y[i]),
              "log(" + x[i] + ") changed after warm-up");
        }
      }
      // the array form writes the vector form's operations out (docs/astro.md run 23): the same bits
      int l = VectorLog.SPECIES.length();
      for (int i = 0; i < x.length; i += l) {
        double[] lanes = new double[l];
        VectorLog.log(jdk.incubator.vector.DoubleVector.fromArray(VectorLog.SPECIES, x, i)).intoArray(lanes, 0);
        for (int q = 0; q < l; q++) {
          assertTrue(Double.doubleToRawLongBits(lanes[q]) == Double.doubleToRawLongBits(y[i + q]),
              "vector and array forms at " + x[i + q]);
        }
      }
    }
    assertEquals(0, first[0]);
    assertTrue(worst <= 1, "largest error " + worst + " ulp");
  }

  @Test
  void refusesAPartialVector() {
    if (VectorLog.SPECIES.length() > 1) {
      assertThrows(IllegalArgumentException.class, () -> VectorLog.log(new double[1], new double[1], 1));
    }
  }
}
