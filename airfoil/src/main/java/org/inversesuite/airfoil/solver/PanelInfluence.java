package org.inversesuite.airfoil.solver;

/**
 * Closed-form velocities induced by one straight panel carrying a linearly varying vortex
 * sheet γ(ξ) = γ_A (1 − ξ/L) + γ_B ξ/L or a constant source sheet σ (Katz &amp; Plotkin,
 * Low-Speed Aerodynamics, 2nd ed., 2001, §10.2.2 and §10.3.2).
 *
 * <p>In panel coordinates (x' along the panel from its first node A, y' to its left) a field
 * point sees the panel under the angle β = atan2(y', x' − L) − atan2(y', x') and at the
 * distances r₁ (to A) and r₂ (to B). With ℓ = ln(r₁/r₂), K₁ = x'β − y'ℓ and K₂ = x'ℓ − L + y'β
 * (the first moments of the kernels):
 *
 * <pre>
 *   vortex: u' = −(γ_A (β − K₁/L) + γ_B K₁/L) / 2π,   v' = (γ_A (ℓ − K₂/L) + γ_B K₂/L) / 2π
 *   source: u' = σ ℓ / 2π,                            v' = σ β / 2π
 * </pre>
 *
 * (counter-clockwise vorticity positive). On the panel itself, at its midpoint and on the
 * right-hand (outer) side, β = −π and ℓ = 0: the vortex sheet induces (γ_A + γ_B)/4 along
 * the panel and (γ_A − γ_B)/2π across it, the source sheet σ/2 outward.
 */
final class PanelInfluence {
  private static final double INV_2PI = 1.0 / (2.0 * Math.PI);

  private PanelInfluence() {}

  /**
   * Velocity per unit nodal vortex strength at (px, py).
   *
   * @param out receives {u_A, v_A, u_B, v_B} in global axes: the velocity for γ_A = 1 and for
   *     γ_B = 1
   */
  static void vortex(PanelGeometry g, int j, double px, double py, double[] out) {
    double tx = g.tx[j];
    double ty = g.ty[j];
    double l = g.length[j];
    double[] f = new double[4];
    panelFrame(g, j, px, py, f);
    double xl = f[0];
    double yl = f[1];
    double beta = f[2];
    double lnr = f[3];
    double k1 = (xl * beta - yl * lnr) / l;
    double k2 = (xl * lnr - l + yl * beta) / l;
    double ua = -(beta - k1) * INV_2PI;
    double ub = -k1 * INV_2PI;
    double va = (lnr - k2) * INV_2PI;
    double vb = k2 * INV_2PI;
    // back to global axes: e_x' = (tx, ty), e_y' = (−ty, tx)
    out[0] = ua * tx - va * ty;
    out[1] = ua * ty + va * tx;
    out[2] = ub * tx - vb * ty;
    out[3] = ub * ty + vb * tx;
  }

  /**
   * Velocity per unit source strength at (px, py); at the panel's own midpoint the outer-side
   * limit (σ/2 outward).
   *
   * @param out receives {u, v} in global axes
   */
  static void source(PanelGeometry g, int j, double px, double py, double[] out) {
    double tx = g.tx[j];
    double ty = g.ty[j];
    double[] f = new double[4];
    panelFrame(g, j, px, py, f);
    double beta = f[2];
    double lnr = f[3];
    double u = lnr * INV_2PI;
    double v = beta * INV_2PI;
    out[0] = u * tx - v * ty;
    out[1] = u * ty + v * tx;
  }

  private static boolean self(PanelGeometry g, int j, double px, double py) {
    return px == g.xm[j] && py == g.ym[j];
  }

  /**
   * The point in panel j's frame and the two angles/log-radii every linear panel integral needs:
   * {x', y', β = θ₂ − θ₁, ln(r₁/r₂)}, with the panel's own midpoint given the outer-side limit
   * β = −π, ln(r₁/r₂) = 0.
   */
  private static void panelFrame(PanelGeometry g, int j, double px, double py, double[] out) {
    double tx = g.tx[j];
    double ty = g.ty[j];
    double l = g.length[j];
    double dx = px - g.x[j];
    double dy = py - g.y[j];
    double xl = dx * tx + dy * ty;
    double yl = -dx * ty + dy * tx;
    out[0] = xl;
    out[1] = yl;
    if (self(g, j, px, py)) {
      out[2] = -Math.PI;
      out[3] = 0;
    } else {
      out[2] = Math.atan2(yl, xl - l) - Math.atan2(yl, xl);
      double r1 = xl * xl + yl * yl;
      double r2 = (xl - l) * (xl - l) + yl * yl;
      out[3] = 0.5 * Math.log(r1 / r2);
    }
  }
}
