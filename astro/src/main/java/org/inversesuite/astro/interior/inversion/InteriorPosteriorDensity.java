package org.inversesuite.astro.interior.inversion;

import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.RefractoryRatio;
import org.inversesuite.astro.interior.SimplexTransform;
import org.inversesuite.core.baseline.LogDensity;

/**
 * The unnormalised posterior of one planet over x = (v₁, v₂, ln M), the target of the reference
 * ensemble MCMC: the same prior and the same observation model as the cINN's training pairs
 * ({@link InteriorSimulator}),
 *
 * <pre>
 *   log p(x | y) = ln|∂u/∂v| + log N(ln M_obs; ln M, s_M) + log N(ln R_obs; ln R(M, v), s_R)
 *                  [+ log N(log₁₀ Fe/Si_obs; log₁₀ Fe/Si(v), σ)] + const
 * </pre>
 *
 * with ln|∂u/∂v| = {@link SimplexTransform#logJacobian} (a uniform composition seen in v), ln M
 * uniform on the database's mass range (−∞ outside), and R(M, v) from the structure solver, one
 * solve per evaluation (a planet the solver refuses has −∞). Thread-safe.
 */
public final class InteriorPosteriorDensity implements LogDensity {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
  private final InteriorSolver solver;
  private final InteriorPriorConfig prior;
  private final double[] y;

  /**
   * @param solver the structure solver (the database's settings)
   * @param prior the mass range
   * @param condition the planet's {@link InteriorCondition}
   */
  public InteriorPosteriorDensity(InteriorSolver solver, InteriorPriorConfig prior, double[] condition) {
    if (condition.length != InteriorCondition.DIMENSION) {
      throw new IllegalArgumentException("condition has " + condition.length + " entries, expected "
          + InteriorCondition.DIMENSION);
    }
    this.solver = solver;
    this.prior = prior;
    this.y = condition.clone();
  }

  @Override
  public double logDensity(double[] x) {
    double lnMass = x[2];
    if (!(lnMass >= Math.log(prior.massMin()) && lnMass <= Math.log(prior.massMax()))
        || !Double.isFinite(x[0]) || !Double.isFinite(x[1])) {
      return Double.NEGATIVE_INFINITY;
    }
    Composition c = SimplexTransform.fromReal(x[0], x[1]);
    double radius;
    try {
      radius = solver.solve(Math.exp(lnMass), c).radius();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Double.NEGATIVE_INFINITY;
    }
    double lp = SimplexTransform.logJacobian(x[0], x[1]) + normal(y[0], lnMass, Math.exp(y[2]))
        + normal(y[1], Math.log(radius), Math.exp(y[3]));
    if (y[6] == 1) {
      lp += normal(y[4], RefractoryRatio.log10FeSi(c), y[5]);
    }
    return lp;
  }

  private static double normal(double value, double mean, double sigma) {
    double z = (value - mean) / sigma;
    return -0.5 * z * z - Math.log(sigma) - HALF_LOG_2PI;
  }
}
