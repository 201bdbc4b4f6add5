package org.inversesuite.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class UniformPriorTest {
  private final UniformPrior prior = new UniformPrior(new double[] {-1, 2}, new double[] {3, 2.5}, List.of("a", "b"));

  @Test
  void logDensityIsExactInsideAndMinusInfinityOutside() {
    double inside = -Math.log(4) - Math.log(0.5);
    Matrix x = Matrix.of(Precision.FLOAT64, new double[][] {
        {0, 2.2}, {-1, 2}, {3, 2.5}, {3.0001, 2.2}, {0, 1.99}, {Double.NaN, 2.2}, {Double.NEGATIVE_INFINITY, 2.2}});
    double ninf = Double.NEGATIVE_INFINITY;
    assertArrayEquals(new double[] {inside, inside, inside, ninf, ninf, ninf, ninf}, prior.logDensity(x), 1e-15);
  }

  @Test
  void samplesStayInsideWithUniformMoments() {
    int n = 100_000;
    Matrix x = prior.sample(n, new Rng(1));
    double[] lower = prior.lower();
    double[] upper = prior.upper();
    for (int j = 0; j < 2; j++) {
      double s = 0;
      double s2 = 0;
      for (int r = 0; r < n; r++) {
        double v = x.get(r, j);
        assertTrue(v >= lower[j] && v < upper[j], "sample " + v + " outside");
        s += v;
        s2 += v * v;
      }
      double width = upper[j] - lower[j];
      double mean = s / n;
      double var = s2 / n - mean * mean;
      assertEquals((lower[j] + upper[j]) / 2, mean, 4 * width / Math.sqrt(12.0 * n));
      assertEquals(width * width / 12, var, 0.01 * width * width / 12);
    }
    assertEquals(Precision.FLOAT64, x.precision());
  }

  @Test
  void sameSeedSameSamples() {
    assertArrayEquals(prior.sample(5, new Rng(3)).toRows()[4], prior.sample(5, new Rng(3)).toRows()[4], 0);
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UniformPrior(new double[] {0, 1}, new double[] {1, 1}, List.of("a", "b")));
    assertTrue(e.getMessage().contains("parameter 1") && e.getMessage().contains("[1.0, 1.0]"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new UniformPrior(new double[] {0}, new double[] {Double.POSITIVE_INFINITY}, List.of("a")));
    assertThrows(IllegalArgumentException.class, () -> new UniformPrior(new double[] {0}, new double[] {1}, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new UniformPrior(new double[] {0, 0}, new double[] {1, 1}, List.of("a", "a")));
    e = assertThrows(IllegalArgumentException.class, () -> prior.logDensity(Matrix.zeros(Precision.FLOAT64, 2, 3)));
    assertTrue(e.getMessage().contains("[n, 2], got [2, 3]"), e.getMessage());
  }
}
