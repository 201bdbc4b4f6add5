package org.inversesuite.astro.interior;

/**
 * Numerical settings of {@link InteriorSolver}.
 *
 * @param relativeTolerance relative local error tolerance of the ODE integrator, in (0, 1e-3]
 * @param absoluteTolerance absolute local error tolerance on (m, P) in the units of
 *     {@link PlanetUnits}, &gt; 0
 * @param massTolerance the shooting stops when |m(R) / M − 1| ≤ this, in (0, 1e-3]
 * @param maxIntegrations the largest number of integrations of one solve (bracketing and root
 *     finding together), ≥ 4
 */
public record InteriorSolverConfig(double relativeTolerance, double absoluteTolerance, double massTolerance,
    int maxIntegrations) {

  /** Checks the ranges. */
  public InteriorSolverConfig {
    if (!(relativeTolerance > 0 && relativeTolerance <= 1e-3)) {
      throw new IllegalArgumentException("relativeTolerance must be in (0, 1e-3], got " + relativeTolerance);
    }
    if (!(absoluteTolerance > 0) || !Double.isFinite(absoluteTolerance)) {
      throw new IllegalArgumentException("absoluteTolerance must be finite and > 0, got " + absoluteTolerance);
    }
    if (!(massTolerance > 0 && massTolerance <= 1e-3)) {
      throw new IllegalArgumentException("massTolerance must be in (0, 1e-3], got " + massTolerance);
    }
    if (maxIntegrations < 4) {
      throw new IllegalArgumentException("maxIntegrations must be >= 4, got " + maxIntegrations);
    }
  }

  /**
   * Tolerances 1e-10 (relative) and 1e-12 (absolute), mass matched to 1e-10, at most 100
   * integrations: radii converge to ~1e-10, far below the physics error of the equation of state.
   */
  public static InteriorSolverConfig defaults() {
    return new InteriorSolverConfig(1e-10, 1e-12, 1e-10, 100);
  }

  /**
   * Tolerances 1e-7 / 1e-9 and mass matched to 1e-7: radii still good to ~1e-7 relative, several
   * times faster; meant for building training sets.
   */
  public static InteriorSolverConfig fast() {
    return new InteriorSolverConfig(1e-7, 1e-9, 1e-7, 100);
  }
}
