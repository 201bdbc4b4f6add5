package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An AR(1) series x_t = ρ x_{t−1} + ε_t has autocorrelation ρ^τ, so its integrated
 * autocorrelation time is 1 + 2 Σ ρ^τ = (1 + ρ)/(1 − ρ).
 */
class AutocorrelationTimeTest {
  private static double[][] ar1(double rho, int chains, int n, long seed) {
    Rng rng = new Rng(seed);
    double[][] out = new double[chains][n];
    double sd = Math.sqrt(1 - rho * rho);
    for (int k = 0; k < chains; k++) {
      double x = rng.gaussian();
      for (int t = 0; t < n; t++) {
        x = rho * x + sd * rng.gaussian();
        out[k][t] = x;
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 0.8, 0.95})
  void ar1MatchesTheClosedForm(double rho) {
    double expected = (1 + rho) / (1 - rho);
    double tau = AutocorrelationTime.estimate(ar1(rho, 16, 20000, 7));
    // relative sd of τ̂ is about sqrt(2(2M+1)/N) with M ≈ 5τ, N = 320000: ≤ 2.5 % for ρ ≤ 0.95
    assertEquals(expected, tau, 0.06 * expected, "rho = " + rho);
  }

  @Test
  void autocorrelationStartsAtOneAndDecaysLikeRhoToTheLag() {
    double[] f = AutocorrelationTime.normalisedAutocorrelation(ar1(0.7, 1, 200000, 3)[0]);
    assertEquals(1.0, f[0], 1e-12);
    assertEquals(0.7, f[1], 0.01);
    assertEquals(0.49, f[2], 0.01);
  }

  @Test
  void constantChainsHaveNoEstimate() {
    assertTrue(Double.isNaN(AutocorrelationTime.estimate(new double[][] {{1, 1, 1, 1}})));
  }
}
