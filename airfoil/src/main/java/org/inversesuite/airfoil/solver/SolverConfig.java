package org.inversesuite.airfoil.solver;

/**
 * Numerical and modelling settings of {@link ViscousPanelSolver}.
 *
 * @param panels panel count after repanelling, even, in [{@link Paneling#MIN_PANELS},
 *     {@link Paneling#MAX_PANELS}]
 * @param laminarModel Thwaites or the two-equation method
 * @param transitionModel e^N envelope or Michel
 * @param criticalAmplification N_crit of the e^N method, in [1, 15] (9: quiet wind tunnel)
 * @param forcedTransitionUpper x/c of a trip on the upper surface, in (0, 1]; 1 = free
 *     transition
 * @param forcedTransitionLower x/c of a trip on the lower surface, in (0, 1]
 * @param maxIterations Newton iterations before giving up, in [1, 200]
 * @param tolerance largest change of a surface speed (in V∞) at convergence, in (0, 1e-2]
 * @param turbulentModel Head's entrainment method, or with lagged entrainment
 */
public record SolverConfig(int panels, LaminarModel laminarModel, TransitionModel transitionModel, double criticalAmplification,
    double forcedTransitionUpper, double forcedTransitionLower, int maxIterations, double tolerance,
    TurbulentModel turbulentModel) {

  /** Validates every field. */
  public SolverConfig {
    if (panels < Paneling.MIN_PANELS || panels > Paneling.MAX_PANELS || panels % 2 != 0) {
      throw new IllegalArgumentException("panels must be even and in [" + Paneling.MIN_PANELS + ", "
          + Paneling.MAX_PANELS + "], got " + panels);
    }
    if (laminarModel == null) {
      throw new IllegalArgumentException("laminar model must be given (THWAITES or TWO_EQUATION)");
    }
    if (transitionModel == null) {
      throw new IllegalArgumentException("transition model must be given (ENVELOPE_EN or MICHEL)");
    }
    if (!(criticalAmplification >= 1 && criticalAmplification <= 15)) {
      throw new IllegalArgumentException("critical amplification N_crit must be in [1, 15], got " + criticalAmplification);
    }
    if (!(forcedTransitionUpper > 0 && forcedTransitionUpper <= 1)) {
      throw new IllegalArgumentException("forced transition x/c (upper) must be in (0, 1], got " + forcedTransitionUpper);
    }
    if (!(forcedTransitionLower > 0 && forcedTransitionLower <= 1)) {
      throw new IllegalArgumentException("forced transition x/c (lower) must be in (0, 1], got " + forcedTransitionLower);
    }
    if (maxIterations < 1 || maxIterations > 200) {
      throw new IllegalArgumentException("max iterations must be in [1, 200], got " + maxIterations);
    }
    if (!(tolerance > 0 && tolerance <= 1e-2)) {
      throw new IllegalArgumentException("tolerance must be in (0, 0.01], got " + tolerance);
    }
    if (turbulentModel == null) {
      throw new IllegalArgumentException("turbulent model must be given (HEAD or HEAD_LAGGED)");
    }
  }

  /** The settings with Head's turbulent model ({@link TurbulentModel#HEAD}, the default). */
  public SolverConfig(int panels, LaminarModel laminarModel, TransitionModel transitionModel, double criticalAmplification,
      double forcedTransitionUpper, double forcedTransitionLower, int maxIterations, double tolerance) {
    this(panels, laminarModel, transitionModel, criticalAmplification, forcedTransitionUpper, forcedTransitionLower,
        maxIterations, tolerance, TurbulentModel.HEAD);
  }

  /**
   * @return 160 panels, two-equation laminar layer, e^N with N_crit = 9, free transition, 40
   *     iterations, tolerance 5e-5
   */
  public static SolverConfig defaults() {
    return new SolverConfig(160, LaminarModel.TWO_EQUATION, TransitionModel.ENVELOPE_EN, 9, 1, 1, 40, 5e-5);
  }

  /** @return a copy with another panel count */
  public SolverConfig withPanels(int count) {
    return new SolverConfig(count, laminarModel, transitionModel, criticalAmplification, forcedTransitionUpper,
        forcedTransitionLower, maxIterations, tolerance, turbulentModel);
  }

  /** @return a copy with another laminar model */
  public SolverConfig withLaminarModel(LaminarModel model) {
    return new SolverConfig(panels, model, transitionModel, criticalAmplification, forcedTransitionUpper,
        forcedTransitionLower, maxIterations, tolerance, turbulentModel);
  }

  /** @return a copy with another transition model */
  public SolverConfig withTransitionModel(TransitionModel model) {
    return new SolverConfig(panels, laminarModel, model, criticalAmplification, forcedTransitionUpper, forcedTransitionLower,
        maxIterations, tolerance, turbulentModel);
  }

  /** @return a copy with another N_crit */
  public SolverConfig withCriticalAmplification(double nCrit) {
    return new SolverConfig(panels, laminarModel, transitionModel, nCrit, forcedTransitionUpper, forcedTransitionLower,
        maxIterations, tolerance, turbulentModel);
  }

  /** @return a copy with trips at the given x/c (1 = free transition) */
  public SolverConfig withForcedTransition(double upper, double lower) {
    return new SolverConfig(panels, laminarModel, transitionModel, criticalAmplification, upper, lower, maxIterations, tolerance,
        turbulentModel);
  }

  /** @return a copy with another iteration limit */
  public SolverConfig withMaxIterations(int iterations) {
    return new SolverConfig(panels, laminarModel, transitionModel, criticalAmplification, forcedTransitionUpper,
        forcedTransitionLower, iterations, tolerance, turbulentModel);
  }

  /** @return a copy with another turbulent model */
  public SolverConfig withTurbulentModel(TurbulentModel model) {
    return new SolverConfig(panels, laminarModel, transitionModel, criticalAmplification, forcedTransitionUpper,
        forcedTransitionLower, maxIterations, tolerance, model);
  }
}
