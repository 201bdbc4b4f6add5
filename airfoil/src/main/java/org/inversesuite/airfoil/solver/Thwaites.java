package org.inversesuite.airfoil.solver;

/**
 * Thwaites' one-parameter method for the laminar boundary layer (B. Thwaites, "Approximate
 * calculation of the laminar boundary layer", Aeronautical Quarterly 1, 1949), in chord and
 * free-stream units (ν = 1/Re):
 *
 * <pre>
 *   θ² U_e⁶ = 0.45 ν ∫₀ˢ U_e⁵ ds,    λ = θ² U_e' / ν,
 *   H = H(λ),  C_f = 2 ℓ(λ) / Re_θ,
 * </pre>
 *
 * with the correlations of Cebeci &amp; Bradshaw (Momentum Transfer in Boundary Layers, 1977):
 *
 * <pre>
 *   0 ≤ λ ≤ 0.1:   ℓ = 0.22 + 1.57 λ − 1.8 λ²,          H = 2.61 − 3.75 λ + 5.24 λ²
 *   −0.1 ≤ λ &lt; 0:  ℓ = 0.22 + 1.402 λ + 0.018 λ/(λ + 0.107), H = 2.088 + 0.0731/(λ + 0.14)
 * </pre>
 *
 * Laminar separation is predicted at λ = −0.09. λ is clamped to [−0.09, 0.25] inside the
 * correlations (above 0.1 the quadratic is extrapolated, as near a stagnation point λ = 0.075).
 */
final class Thwaites {
  /** λ at laminar separation. */
  static final double SEPARATION_LAMBDA = -0.09;
  private static final double MAX_LAMBDA = 0.25;

  private Thwaites() {}

  /** @return ∫ U⁵ ds over an interval of length ds on which U varies linearly from a to b */
  static double integralU5(double a, double b, double ds) {
    double a2 = a * a;
    double b2 = b * b;
    return ds * (a2 * a2 * a + a2 * a2 * b + a2 * a * b2 + a2 * b2 * b + a * b2 * b2 + b2 * b2 * b) / 6.0;
  }

  /** @return θ from the Thwaites integral I = ∫ U⁵ ds at speed u, ν = 1/re */
  static double theta(double integral, double u, double re) {
    double u2 = u * u;
    return Math.sqrt(0.45 * integral / (re * u2 * u2 * u2));
  }

  /** @return λ clamped to the range of the correlations */
  static double clamp(double lambda) {
    return Math.max(SEPARATION_LAMBDA, Math.min(MAX_LAMBDA, lambda));
  }

  /** @return shape factor H(λ) */
  static double shapeFactor(double lambda) {
    double l = clamp(lambda);
    return l >= 0 ? 2.61 - 3.75 * l + 5.24 * l * l : 2.088 + 0.0731 / (l + 0.14);
  }

  /** @return shear parameter ℓ(λ) = Re_θ C_f / 2 */
  static double shear(double lambda) {
    double l = clamp(lambda);
    return l >= 0 ? 0.22 + 1.57 * l - 1.8 * l * l : 0.22 + 1.402 * l + 0.018 * l / (l + 0.107);
  }
}
