package org.inversesuite.airfoil.solver;

/**
 * The start of a polar's next angle from the converged speeds of the previous ones. The speeds
 * are the inviscid speeds plus a viscous correction, q = q_inv(α) + v(α); the inviscid part is
 * exact at the new angle, and the viscous part is extrapolated linearly in α from the last two
 * converged angles (a secant predictor, the Euler predictor of continuation methods, Allgower
 * &amp; Georg 1990, ch. 2), or held constant when only one is known:
 *
 * <pre>
 *   q₀(α) = q_inv(α) + v₁ + (α − α₁)/(α₁ − α₂) (v₁ − v₂),   v_j = q(α_j) − q_inv(α_j).
 * </pre>
 */
final class WarmStart {
  private WarmStart() {}

  /**
   * @param inviscid q_inv(α) at the new angle
   * @param previous q(α₁), the last converged speeds
   * @param previousInviscid q_inv(α₁)
   * @param older q(α₂) of the angle converged before α₁, or null
   * @return the start q₀(α)
   */
  static double[] predict(double[] inviscid, double[] previous, double[] previousInviscid, double previousAlpha,
      double[] older, double[] olderInviscid, double olderAlpha, double alpha) {
    double[] start = new double[inviscid.length];
    double r = older == null || olderAlpha == previousAlpha ? 0 : (alpha - previousAlpha) / (previousAlpha - olderAlpha);
    for (int i = 0; i < start.length; i++) {
      double v1 = previous[i] - previousInviscid[i];
      double v2 = older == null ? v1 : older[i] - olderInviscid[i];
      start[i] = inviscid[i] + v1 + r * (v1 - v2);
    }
    return start;
  }
}
