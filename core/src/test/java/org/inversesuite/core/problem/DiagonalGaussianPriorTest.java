package org.inversesuite.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class DiagonalGaussianPriorTest {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private final DiagonalGaussianPrior prior =
      new DiagonalGaussianPrior(new double[] {1, -2}, new double[] {0.5, 2}, List.of("a", "b"));

  @Test
  void logDensityMatchesClosedFormAtHandPickedPoints() {
    Matrix x = Matrix.of(Precision.FLOAT64, new double[][] {{1, -2}, {2, 0}, {0.5, -6}});
    double[] lp = prior.logDensity(x);
    // at the mean: -log(0.5) - log(2) - log(2 pi) = -log(2 pi)
    assertEquals(-LOG_2PI, lp[0], 1e-15);
    // z = (2, 1): -(4 + 1)/2 - log(2 pi)
    assertEquals(-2.5 - LOG_2PI, lp[1], 1e-15);
    // z = (-1, -2): -(1 + 4)/2 - log(2 pi)
    assertEquals(-2.5 - LOG_2PI, lp[2], 1e-15);
  }

  @Test
  void logDensityMatchesProductOfUnivariateNormals() {
    NormalDistribution n0 = new NormalDistribution(1, 0.5);
    NormalDistribution n1 = new NormalDistribution(-2, 2);
    Matrix x = prior.sample(50, new Rng(3));
    double[] lp = prior.logDensity(x);
    for (int i = 0; i < 50; i++) {
      double expected = n0.logDensity(x.get(i, 0)) + n1.logDensity(x.get(i, 1));
      assertEquals(expected, lp[i], 1e-12, "row " + i);
    }
  }

  @Test
  void logDensityAcceptsFloat32() {
    Matrix x = Matrix.of(Precision.FLOAT32, new double[][] {{1, -2}});
    assertEquals(-LOG_2PI, prior.logDensity(x)[0], 1e-15);
  }

  @Test
  void samplesHaveTheRequestedMeanAndStd() {
    int n = 200_000;
    Matrix x = prior.sample(n, new Rng(42));
    assertEquals(Precision.FLOAT64, x.precision());
    double[] mean = prior.mean();
    double[] std = prior.std();
    for (int c = 0; c < 2; c++) {
      double s = 0;
      double s2 = 0;
      for (int i = 0; i < n; i++) {
        double v = x.get(i, c);
        s += v;
        s2 += v * v;
      }
      double m = s / n;
      double sd = Math.sqrt(s2 / n - m * m);
      // standard errors: std/sqrt(n) for the mean, std/sqrt(2n) for the std; allow 5 of them
      assertEquals(mean[c], m, 5 * std[c] / Math.sqrt(n), "mean of column " + c);
      assertEquals(std[c], sd, 5 * std[c] / Math.sqrt(2.0 * n), "std of column " + c);
    }
  }

  @Test
  void samplingIsDeterministicForASeed() {
    assertArrayEquals(prior.sample(100, new Rng(7)).toRows(), prior.sample(100, new Rng(7)).toRows());
    double a = prior.sample(1, new Rng(7)).get(0);
    double b = prior.sample(1, new Rng(8)).get(0);
    assertTrue(a != b, "different seeds give different draws");
  }

  @Test
  void accessorsReturnCopies() {
    prior.mean()[0] = 99;
    prior.std()[0] = 99;
    assertArrayEquals(new double[] {1, -2}, prior.mean());
    assertArrayEquals(new double[] {0.5, 2}, prior.std());
    assertEquals(List.of("a", "b"), prior.names());
    assertEquals(2, prior.dimension());
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DiagonalGaussianPrior(new double[] {0, 0}, new double[] {1, 0}, List.of("a", "b")));
    assertTrue(e.getMessage().contains("std[1]") && e.getMessage().contains("0.0"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new DiagonalGaussianPrior(new double[] {0}, new double[] {1, 1}, List.of("a", "b")));
    assertThrows(IllegalArgumentException.class,
        () -> new DiagonalGaussianPrior(new double[] {Double.NaN}, new double[] {1}, List.of("a")));
    assertThrows(IllegalArgumentException.class,
        () -> new DiagonalGaussianPrior(new double[] {0, 0}, new double[] {1, 1}, List.of("a", "a")));
    assertThrows(IllegalArgumentException.class, () -> prior.sample(-1, new Rng(1)));
    assertThrows(IllegalArgumentException.class,
        () -> prior.logDensity(Matrix.zeros(Precision.FLOAT64, 3, 3)));
  }
}
