package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;

class ForwardSurrogateTest {
  /** A cubic lift and an exp(quadratic) drag in four inputs: exactly representable by a cubic surrogate. */
  private static double cl(double[] v) {
    return 0.3 + 2 * v[0] - v[1] * v[2] + 0.5 * v[3] * v[3] * v[0];
  }

  private static double cd(double[] v) {
    return 0.01 * Math.exp(0.3 * v[0] - 0.2 * v[1] * v[3] + 0.1 * v[2] * v[2]);
  }

  private static double[][] inputs(int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][4];
    for (double[] row : x) {
      for (int j = 0; j < 4; j++) {
        row[j] = 2 * r.nextDouble() - 1 + 5 * j;
      }
    }
    return x;
  }

  private static ForwardSurrogate fitted(double[][] x, int degree) {
    double[] cl = new double[x.length];
    double[] cd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      cl[i] = cl(x[i]);
      cd[i] = cd(x[i]);
    }
    return ForwardSurrogate.fit(x, cl, cd, degree, 1e-12);
  }

  @Test
  void recoversAPolynomialOfItsOwnDegreeOnNewPoints() {
    ForwardSurrogate s = fitted(inputs(200, 1), 3);
    double[][] test = inputs(50, 2);
    double[][] p = s.predict(test);
    for (int i = 0; i < test.length; i++) {
      assertEquals(cl(test[i]), p[i][0], 1e-7);
      assertEquals(cl(test[i]) / cd(test[i]), p[i][1], 1e-5 * Math.abs(p[i][1]) + 1e-7);
    }
    assertTrue(s.validationClError() < 1e-7, "held-out error " + s.validationClError());
  }

  @Test
  void aLowerDegreeMissesTheCubicAndSaysSoInItsHeldOutError() {
    ForwardSurrogate s = fitted(inputs(200, 1), 1);
    assertTrue(s.validationClError() > 1e-2, "held-out error " + s.validationClError());
  }

  @Test
  void survivesAJsonRoundTrip() throws Exception {
    ForwardSurrogate s = fitted(inputs(100, 3), 2);
    ForwardSurrogate back = Json.mapper().readValue(Json.mapper().writeValueAsString(s), ForwardSurrogate.class);
    SurrogateAssertions.assertSamePredictions(s, back, inputs(5, 4));
  }

  @Test
  void refusesBadDataWithAMessageNamingIt() {
    double[][] x = inputs(100, 5);
    double[] cl = new double[100];
    double[] cd = new double[100];
    java.util.Arrays.fill(cd, 0.01);
    cd[7] = 0;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForwardSurrogate.fit(x, cl, cd, 2, 1e-6));
    assertTrue(e.getMessage().contains("design 7"), e.getMessage());
    cd[7] = 0.01;
    x[3][1] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class, () -> ForwardSurrogate.fit(x, cl, cd, 2, 1e-6));
    assertTrue(e.getMessage().contains("row 3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ForwardSurrogate.fit(inputs(20, 1), new double[20],
        new double[20], 3, 1e-6));
    assertTrue(e.getMessage().contains("at least"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> fitted(inputs(100, 1), 2).predict(new double[][] {{1, 2}}));
  }
}
