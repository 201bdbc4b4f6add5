package org.inversesuite.core.baseline;

/**
 * How each start of {@link IterativeInversion} descends ½‖g(x̃) − ỹ*‖² through the forward
 * network g (J = ∂g/∂x̃ at the current point, r = g(x̃) − ỹ*, per start).
 */
public enum IterativeDescent {
  /**
   * Damped Gauss–Newton, minimum-norm step Δ = −Jᵀ (J Jᵀ + λI)⁻¹ r (Levenberg 1944; the
   * minimum-norm form for dim y &lt; dim x moves each start to the nearest point of the linearised
   * solution set, so the starts keep their spread along it), clipped to length ≤ the step size
   * (a trust radius). Needs dim y input-gradient passes per iteration; converges quadratically
   * near a regular solution.
   */
  GAUSS_NEWTON,
  /**
   * Adam (Kingma and Ba 2015) on the gradient Jᵀ r with per-start moments (β = 0.9, 0.999,
   * ε = 1e-8), learning rate = the step size, cosine-decayed over the iterations. One
   * input-gradient pass per iteration.
   */
  ADAM
}
