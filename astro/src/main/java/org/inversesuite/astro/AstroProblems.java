package org.inversesuite.astro;

import org.inversesuite.astro.interior.InteriorForwardModel;
import org.inversesuite.astro.interior.InteriorPrior;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.InteriorSolverConfig;
import org.inversesuite.astro.interior.MassRadiusNoise;
import org.inversesuite.astro.rv.FixedGridRvSimulator;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.IrregularRvSimulator;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvForwardModel;
import org.inversesuite.astro.rv.RvObservationModel;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.core.problem.InverseProblem;

/** Static factories for the astro problems: the entry point of the module. */
public final class AstroProblems {
  private AstroProblems() {}

  /**
   * Composition of a solid planet from its mass and radius: x = (u₁, u₂, M) with the prior of
   * {@link InteriorPrior}, y = (M, R) from {@link InteriorForwardModel} with fractional errors.
   *
   * @param prior the mass range
   * @param solver numerical settings of the structure solver
   * @param noise the fractional errors on M and R
   * @param threads threads per forward call, ≥ 1
   */
  public static InverseProblem planetInterior(InteriorPriorConfig prior, InteriorSolverConfig solver,
      MassRadiusNoise noise, int threads) {
    return new InverseProblem("planet-interior", new InteriorPrior(prior),
        new InteriorForwardModel(new InteriorSolver(solver), threads), noise, InteriorForwardModel.OUTPUT_NAMES);
  }

  /**
   * One-planet radial velocities with irregular, system-specific sampling (variable-length sets).
   *
   * @param prior ranges of the orbital parameters
   * @param schedule epochs, baseline and error bars
   * @param referenceEpoch t_ref in days, where the mean anomaly is M₀; the epochs start there
   */
  public static IrregularRvSimulator radialVelocity(RvPriorConfig prior, IrregularRvConfig schedule,
      double referenceEpoch) {
    return new IrregularRvSimulator(new RvPrior(prior),
        new RvObservationModel(new RadialVelocityModel(referenceEpoch)), schedule);
  }

  /**
   * One-planet radial velocities on a fixed grid of epochs (fixed-width y for the core engine).
   *
   * @param prior ranges of the orbital parameters
   * @param epochs t_j in days relative to the reference epoch 0, strictly increasing
   * @param errors σ_j in m/s, one per epoch
   */
  public static FixedGridRvSimulator radialVelocityGrid(RvPriorConfig prior, double[] epochs, double[] errors) {
    return new FixedGridRvSimulator(new RvPrior(prior), new RvForwardModel(new RadialVelocityModel(0), epochs), errors);
  }
}
