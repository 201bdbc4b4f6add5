package org.inversesuite.astro.interior;

/**
 * The representation of a composition that the cINN models: the open 2-simplex of mass
 * fractions mapped one-to-one onto ℝ² by square-root stick-breaking followed by a logit per
 * coordinate,
 *
 * <pre>
 *   u₁ = (1 − core)²,   u₂ = water / (1 − core)          (stick-breaking on the unit square,
 *                                                          {@link Composition#toUnitSquare})
 *   v_i = logit u_i = ln(u_i / (1 − u_i))                 (the unit square onto ℝ²)
 *
 *   inverse:  u_i = σ(v_i) = 1 / (1 + e^{−v_i}),
 *             core = 1 − √u₁,  mantle = √u₁ (1 − u₂),  water = √u₁ u₂
 * </pre>
 *
 * Why this and not the additive log-ratio ln(core / water), ln(mantle / water): the uniform
 * prior on the simplex (Dirichlet(1, 1, 1)) is uniform on the square (Osada et al. 2002), so in
 * v it is a product of two standard logistic densities, p(v) = Π σ(v_i) σ(−v_i), with light
 * (exponential) tails and no dependence between the coordinates; the additive log-ratio of the
 * same prior has heavy, correlated tails that a flow with a Gaussian latent models poorly. The
 * log-Jacobian of the inverse is ln |∂u/∂v| = Σ_i [ln σ(v_i) + ln σ(−v_i)] ({@link #logJacobian}).
 *
 * <p>A fraction of exactly 0 lies on the boundary (v = ±∞); {@link #toReal} clamps u into
 * [{@value #EDGE}, 1 − {@value #EDGE}], so a pure iron, rock or water planet maps to |v| ≈ 32.2
 * and back to fractions within 1e-7 (= √EDGE) of the boundary.
 */
public final class SimplexTransform {
  /** The smallest distance of u from the edges of the unit square. */
  public static final double EDGE = 1e-14;

  private SimplexTransform() {}

  /** @return (v₁, v₂) ∈ ℝ² of a composition */
  public static double[] toReal(Composition c) {
    double[] u = c.toUnitSquare();
    return new double[] {logit(u[0]), logit(u[1])};
  }

  /**
   * @param v1 first coordinate, finite
   * @param v2 second coordinate, finite
   * @return the composition of (v₁, v₂)
   */
  public static Composition fromReal(double v1, double v2) {
    if (!Double.isFinite(v1) || !Double.isFinite(v2)) {
      throw new IllegalArgumentException("simplex coordinates must be finite, got (" + v1 + ", " + v2 + ")");
    }
    return Composition.fromUnitSquare(sigmoid(v1), sigmoid(v2));
  }

  /** @return ln |∂(u₁, u₂)/∂(v₁, v₂)| = Σ ln σ(v_i) + ln σ(−v_i), the log prior density of v under a uniform composition */
  public static double logJacobian(double v1, double v2) {
    return logSigmoid(v1) + logSigmoid(-v1) + logSigmoid(v2) + logSigmoid(-v2);
  }

  private static double logit(double u) {
    double clamped = Math.min(1 - EDGE, Math.max(EDGE, u));
    return Math.log(clamped / (1 - clamped));
  }

  private static double sigmoid(double v) {
    return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
  }

  /** ln σ(v) = −ln(1 + e^{−v}), computed without overflow. */
  private static double logSigmoid(double v) {
    return v >= 0 ? -Math.log1p(Math.exp(-v)) : v - Math.log1p(Math.exp(v));
  }
}
