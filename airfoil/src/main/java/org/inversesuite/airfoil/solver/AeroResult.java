package org.inversesuite.airfoil.solver;

/**
 * One viscous analysis. Coefficients are per unit span, in chord and free-stream dynamic
 * pressure units; C_m is about the quarter chord, nose-up positive. Transition positions are
 * x/c (1 when the layer stays laminar to the trailing edge); separation positions are x/c or
 * NaN when the layer stays attached.
 *
 * @param condition angle and Reynolds number
 * @param status whether the values can be trusted; never ignore it
 * @param reason empty when {@link SolverStatus#CONVERGED} by the current model, {@link #DIRECT_MODE} when
 *     converged by the direct-mode fallback, otherwise why not
 * @param cl lift coefficient
 * @param cd drag coefficient (Squire–Young)
 * @param cdFriction skin-friction part of the drag, ∫ C_f U_e² dx in wind axes
 * @param cm quarter-chord pitching-moment coefficient
 * @param transitionUpper x/c of transition on the upper surface
 * @param transitionLower x/c of transition on the lower surface
 * @param separationUpper x/c of turbulent separation on the upper surface, or NaN
 * @param separationLower x/c of turbulent separation on the lower surface, or NaN
 * @param iterations Newton iterations used
 * @param surface per-node distributions (Cp(x), θ, δ*, H, C_f)
 */
public record AeroResult(FlowCondition condition, SolverStatus status, String reason, double cl, double cd,
    double cdFriction, double cm, double transitionUpper, double transitionLower, double separationUpper,
    double separationLower, int iterations, SurfaceDistribution surface) {

  /** Requires a status and a reason for every status but CONVERGED. */
  public AeroResult {
    if (condition == null || status == null || reason == null) {
      throw new IllegalArgumentException("condition, status and reason are required");
    }
    if (status != SolverStatus.CONVERGED && reason.isBlank()) {
      throw new IllegalArgumentException("status " + status + " needs a reason");
    }
  }

  /**
   * The reason a converged (or separated) result of {@link ViscousPanelSolver} carries when it comes from the
   * direct-mode fallback (model ibl-2: no inverse laminar stations, Head's H capped at 4), solved only after
   * the coupled solve of the current model did not converge. Its numbers are a converged solution of that
   * older model; for laminar-bubble shapes they can differ from the current model's by several hundredths in C_l
   * (docs/airfoil.md, "Exported designs re-simulate to what was reported (session 15)").
   */
  public static final String DIRECT_MODE = "direct-mode fallback (model ibl-2)";

  /** @return true when {@link #reason()} names the direct-mode fallback ({@link #DIRECT_MODE}) */
  public boolean directMode() {
    return reason.contains(DIRECT_MODE);
  }

  /** @return true when {@link #status()} is {@link SolverStatus#CONVERGED} */
  public boolean converged() {
    return status == SolverStatus.CONVERGED;
  }
}
