package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class RvObservationModelTest {
  private final RadialVelocityModel curve = new RadialVelocityModel(0.0);
  private final RvObservationModel noise = new RvObservationModel(curve);
  private final RvParameters p = new RvParameters(12.0, 40.0, 0.3, 1.0, 0.5, 2.0, 3.0);

  @Test
  void logLikelihoodIsTheGaussianWithErrorBarsAndJitterInQuadrature() {
    RvObservationSet data = new RvObservationSet(new double[] {0.5, 4.0}, new double[] {10, -20}, new double[] {2, 5});
    double expected = 0;
    for (int i = 0; i < 2; i++) {
      double var = data.error(i) * data.error(i) + 9.0;
      double r = data.velocity(i) - curve.velocity(p, data.time(i));
      expected += -0.5 * r * r / var - 0.5 * Math.log(2 * Math.PI * var);
    }
    assertEquals(expected, noise.logLikelihood(p, data), 1e-12);
    double[] clean = curve.velocities(p, data.times());
    assertEquals(expected, RvObservationModel.logLikelihood(data.velocities(), clean, data.errors(), 3.0), 1e-12);
  }

  @Test
  void observedResidualsAreStandardNormalAfterScaling() {
    int n = 20_000;
    double[] t = new double[n];
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 0.1 * i;
      s[i] = 1 + (i % 7);
    }
    RvObservationSet data = noise.observe(p, t, s, new Rng(4));
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double z = (data.velocity(i) - curve.velocity(p, t[i])) / Math.sqrt(s[i] * s[i] + 9.0);
      sum += z;
      sumSq += z * z;
    }
    assertEquals(0.0, sum / n, 4 / Math.sqrt(n));
    assertEquals(1.0, sumSq / n, 4 * Math.sqrt(2.0 / n));
    assertEquals(s[3], data.error(3));
  }

  @Test
  void refusesMismatchedLengthsAndZeroVariance() {
    assertThrows(IllegalArgumentException.class, () -> noise.observe(p, new double[] {1, 2}, new double[] {1}, new Rng(1)));
    assertThrows(IllegalArgumentException.class,
        () -> RvObservationModel.logLikelihood(new double[] {1}, new double[] {1}, new double[] {0}, 0));
    assertThrows(IllegalArgumentException.class,
        () -> RvObservationModel.logLikelihood(new double[] {1}, new double[] {1, 2}, new double[] {1}, 0));
  }
}
