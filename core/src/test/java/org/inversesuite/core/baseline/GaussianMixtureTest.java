package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class GaussianMixtureTest {
  @Test
  void gradientMatchesFiniteDifferences() {
    assertGradient(new GaussianMixture(3, 2), 2);
  }

  /** Compares ∂(mean NLL)/∂raw with central differences on 5 random rows in D dimensions. */
  static void assertGradient(MixtureHead g, int dimension) {
    Rng rng = new Rng(4);
    Matrix raw = Numerics.gaussian(rng, 5, g.width(), 0.8);
    Matrix x = Numerics.gaussian(rng, 5, dimension, 1.0);
    Matrix grad = raw.like(5, g.width());
    g.meanNegativeLogLikelihood(raw, x, grad);
    Matrix scratch = raw.like(5, g.width());
    Numerics.assertGradient("mixture NLL", raw, grad, 1e-6, 1e-6, 1e-9,
        () -> g.meanNegativeLogLikelihood(raw, x, scratch));
  }

  @Test
  void oneDimensionalDensityIntegratesToOne() {
    GaussianMixture g = new GaussianMixture(2, 1);
    Matrix raw = new DoubleMatrix(1, g.width(), new double[] {0.3, -1.0, -1.5, 2.0, -0.7, 0.4});
    double integral = new SimpsonIntegrator(1e-10, 1e-10, 3, 30).integrate(100_000, t -> Math.exp(
        g.logDensity(raw, new DoubleMatrix(1, 1, new double[] {t}))[0]), -15, 15);
    assertEquals(1, integral, 1e-6);
  }

  @Test
  void samplesFollowTheMixture() {
    GaussianMixture g = new GaussianMixture(2, 1);
    // π = (0.5, 0.5), means −2 and 3, σ = 1 and e^{-1}: mean 0.5
    Matrix raw = new DoubleMatrix(1, g.width(), new double[] {0, 0, -2, 3, 0, -1});
    Rng rng = new Rng(8);
    double[] out = new double[1];
    double sum = 0;
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      g.sample(raw, 0, rng, out);
      sum += out[0];
    }
    assertEquals(0.5, sum / n, 0.05);
  }

  @Test
  void refusesWrongShapes() {
    GaussianMixture g = new GaussianMixture(2, 2);
    assertThrows(IllegalArgumentException.class, () -> g.logDensity(new DoubleMatrix(1, 7), new DoubleMatrix(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> new GaussianMixture(0, 2));
  }
}
