package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The axpy form of C Wᵀ against the plain dot product it replaced: equal bit for bit. */
class RowMajorTest {
  @ParameterizedTest(name = "n={0} k={1} m={2}")
  @CsvSource({"1, 1, 1", "5, 4, 128", "7, 128, 4", "3, 131, 129", "256, 128, 128"})
  void timesTransposedEqualsTheDotProductExactly(int n, int k, int m) {
    Random random = new Random(31L * n + 17L * k + m);
    int wOff = 3;
    double[] c = gaussian(random, n * k);
    double[] w = gaussian(random, wOff + m * k + 2);
    double[] out = new double[n * m];
    RowMajor.timesTransposed(c, n, k, w, wOff, m, out);
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < m; p++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          s += c[i * k + j] * w[wOff + p * k + j];
        }
        assertEquals(Double.doubleToRawLongBits(s), Double.doubleToRawLongBits(out[i * m + p]),
            "out[" + i + ", " + p + "] = " + out[i * m + p] + " vs " + s);
      }
    }
  }

  private static double[] gaussian(Random random, int size) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }
}
