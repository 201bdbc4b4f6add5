package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.MixtureMultivariateNormalDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.Pair;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class GaussianDensityTest {
  static final double[][] COV = {{2.0, 0.6, -0.3}, {0.6, 1.0, 0.2}, {-0.3, 0.2, 0.5}};

  @Test
  void logDensityMatchesCommonsMath() {
    double[] mean = {0.5, -1, 2};
    GaussianDensity g = new GaussianDensity(mean, COV);
    MultivariateNormalDistribution ref = new MultivariateNormalDistribution(mean, COV);
    double[][] points = {{0, 0, 0}, {3, -2, 1}, {0.5, -1, 2}};
    for (double[] p : points) {
      assertEquals(Math.log(ref.density(p)), g.logDensity(p), 1e-10);
    }
    assertThrows(IllegalArgumentException.class, () -> new GaussianDensity(mean, new double[][] {{1, 2, 0}, {2, 1, 0}, {0, 0, 1}}));
  }

  @Test
  void fitRecoversMeanAndCovarianceOfALargeSample() {
    double[] mean = {1, 2, 3};
    MultivariateNormalDistribution ref = new MultivariateNormalDistribution(new Well19937c(5), mean, COV);
    Matrix x = Matrix.of(Precision.FLOAT64, ref.sample(20_000));
    GaussianDensity g = GaussianDensity.fit(x, 0);
    double[] probe = {0.5, 2.5, 3.2};
    assertEquals(Math.log(ref.density(probe)), g.logDensity(probe), 0.03);
  }

  @Test
  void mixtureLogDensityMatchesCommonsMathAndFitFindsTwoSeparatedClusters() {
    double[][] c = {{0.3, 0.1}, {0.1, 0.2}};
    MixtureMultivariateNormalDistribution truth = new MixtureMultivariateNormalDistribution(new Well19937c(8),
        java.util.List.of(new Pair<>(0.3, new MultivariateNormalDistribution(new Well19937c(21), new double[] {-3, 0}, c)),
            new Pair<>(0.7, new MultivariateNormalDistribution(new Well19937c(22), new double[] {3, 1}, c))));
    Matrix x = Matrix.of(Precision.FLOAT64, truth.sample(20_000));
    GaussianMixtureDensity fitted = GaussianMixtureDensity.fit(x, 2, 200, 0);
    assertEquals(2, fitted.components());
    Matrix probes = Matrix.of(Precision.FLOAT64, new double[][] {{-3, 0}, {3, 1}, {-2.5, 0.2}});
    double[] lp = fitted.logDensity(probes);
    for (int r = 0; r < probes.rows(); r++) {
      assertEquals(Math.log(truth.density(probes.toRows()[r])), lp[r], 0.1, "probe " + r);
    }
    double[] far = fitted.logDensity(Matrix.of(Precision.FLOAT64, new double[][] {{400, -300}}));
    org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(far[0]), "a far point underflows: " + far[0]);
  }
}
