package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link VectorAxpy} against the scalar loop it replaced, over lengths and offsets around the vector width. */
class VectorAxpyTest {
  @Test
  void matchesTheScalarLoopForEveryLengthAndOffset() {
    Random random = new Random(7);
    for (int length = 0; length <= 37; length++) {
      for (int yOffset = 0; yOffset <= 5; yOffset += 5) {
        for (int xOffset = 0; xOffset <= 3; xOffset += 3) {
          double[] x = random.doubles(xOffset + length + 2).toArray();
          double[] y = random.doubles(yOffset + length + 2).toArray();
          double w = random.nextGaussian();
          double[] expected = y.clone();
          for (int j = 0; j < length; j++) {
            expected[yOffset + j] -= w * x[xOffset + j];
          }
          VectorAxpy.subtractScaled(y, yOffset, w, x, xOffset, length);
          assertArrayEquals(expected, y, 0.0, "bit for bit: length " + length + ", offsets " + yOffset + "/" + xOffset);
        }
      }
    }
  }

  @Test
  void luOfTheVectorisedFactorisationSolvesTheSystem() {
    Random random = new Random(3);
    int n = 53;
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextGaussian();
    }
    double[] x = random.doubles(n).toArray();
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i] += a[i * n + j] * x[j];
      }
    }
    new DenseLu(a, n).solveInPlace(b);
    assertArrayEquals(x, b, 1e-10);
  }
}
