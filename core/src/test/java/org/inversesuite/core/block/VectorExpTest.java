package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorExp} within 2 ulp of {@link Math#exp} over its whole range and densely over the range of the
 * coupling clamp (|x| ≤ 4), interpreted and after the JIT compiles it (the two must agree bit for bit:
 * only IEEE operations). A wrong coefficient up to degree 12 or a wrong reduction constant puts the error
 * far above 2 ulp.
 */
class VectorExpTest {
  private static double[] exp(double[] x) {
    double[] out = new double[x.length];
    VectorExp.exp(x, out, x.length);
    return out;
  }

  @Test
  void withinTwoUlpOfMathExpAndTheSameBitsCompiled() {
    SplittableRandom r = new SplittableRandom(7);
    double[] first = null;
    double[] x = new double[4096];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 2 == 0 ? r.nextDouble(-4, 4) : r.nextDouble(-VectorExp.LIMIT, VectorExp.LIMIT);
    }
    x[0] = 0;
    x[1] = -0.0;
    x[2] = VectorExp.LIMIT;
    x[3] = -VectorExp.LIMIT;
    x[4] = Math.log(2) / 2; // the reduction's edge
    x[5] = Math.nextUp(Math.log(2) / 2);
    double worst = 0;
    for (int round = 0; round < 400; round++) {
      double[] y = exp(x);
      if (first == null) {
        first = y;
        for (int i = 0; i < x.length; i++) {
          double e = Math.exp(x[i]);
          worst = Math.max(worst, Math.abs(y[i] - e) / Math.ulp(e));
        }
      } else {
        for (int i = 0; i < x.length; i++) {
          assertTrue(Double.doubleToRawLongBits(first[i]) == Double.doubleToRawLongBits(y[i]),
              "exp(" + x[i] + ") changed after warm-up");
        }
      }
    }
    assertTrue(worst <= 2, "largest error " + worst + " ulp");
    assertTrue(Double.isNaN(exp(new double[] {Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})[0]));
  }
}
