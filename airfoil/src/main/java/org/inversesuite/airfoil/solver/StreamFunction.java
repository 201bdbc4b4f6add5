package org.inversesuite.airfoil.solver;

/**
 * Closed-form stream function of one straight panel carrying a linearly varying vortex sheet
 * γ(ξ) = γ_A (1 − ξ/L) + γ_B ξ/L or a constant source sheet σ, the quantities of XFOIL's
 * stream-function panel method (Drela 1989, routine PSILIN), with u = ∂ψ/∂y, v = −∂ψ/∂x and the
 * velocities of {@link PanelInfluence}.
 *
 * <p>In panel coordinates (x' along the panel from node A, y' to its left, the interior of a
 * counter-clockwise contour), with u = x' − ξ:
 *
 * <pre>
 *   vortex: ψ = −(1/4π) ∫₀^L γ(ξ) ln(u² + y'²) dξ
 *           = −(1/4π) [γ_A (I₀ − I₁/L) + γ_B I₁/L],
 *     I₀ = F(x') − F(x' − L),   F(u) = u ln(u² + y'²) − 2u + 2 y' atan(u/y'),
 *     I₁ = x' I₀ − (G(x') − G(x' − L)),   G(u) = ½ (u² + y'²)(ln(u² + y'²) − 1);
 *   source: ψ = (σ/2π) ∫₀^L θ(ξ) dξ,  θ = −atan2(u, y') (the polar angle less π/2)
 *           = −(σ/2π) [H(x') − H(x' − L)],   H(u) = u atan2(u, y') − ½ y' ln(u² + y'²).
 * </pre>
 *
 * The source's branch cut runs from each element along the outward normal (y' &lt; 0, x' = ξ),
 * so that ψ is single-valued on the inner side of the contour: a point on the panel's own line
 * (its nodes) is given the inner-side limit y' = +0, and ψ differences between contour nodes are
 * the fluxes through the inner side of the contour between them.
 */
final class StreamFunction {
  private static final double INV_4PI = 1.0 / (4.0 * Math.PI);
  private static final double INV_2PI = 1.0 / (2.0 * Math.PI);

  private StreamFunction() {}

  /** ψ at (px, py) for γ_A = 1 and for γ_B = 1 on panel j; {@code out} receives {ψ_A, ψ_B}. */
  static void vortex(PanelGeometry g, int j, double px, double py, double[] out) {
    double l = g.length[j];
    double[] f = frame(g, j, px, py);
    double x = f[0];
    double y = f[1];
    double i0 = bigF(x, y) - bigF(x - l, y);
    double i1 = x * i0 - (bigG(x, y) - bigG(x - l, y));
    out[0] = -INV_4PI * (i0 - i1 / l);
    out[1] = -INV_4PI * (i1 / l);
  }

  /** ψ at (px, py) per unit constant source strength on panel j (cut along the outward normal). */
  static double source(PanelGeometry g, int j, double px, double py) {
    double l = g.length[j];
    double[] f = frame(g, j, px, py);
    return -INV_2PI * (bigH(f[0], f[1]) - bigH(f[0] - l, f[1]));
  }

  /** {x', y'} of the point in panel j's frame; the panel's own nodes get y' = +0 exactly. */
  private static double[] frame(PanelGeometry g, int j, double px, double py) {
    double dx = px - g.x[j];
    double dy = py - g.y[j];
    double xl = dx * g.tx[j] + dy * g.ty[j];
    double yl = -dx * g.ty[j] + dy * g.tx[j];
    boolean node = (px == g.x[j] && py == g.y[j]) || (px == g.x[j + 1] && py == g.y[j + 1]);
    if (node) {
      yl = 0.0;
      xl = px == g.x[j] && py == g.y[j] ? 0.0 : g.length[j];
    }
    return new double[] {xl, yl};
  }

  private static double bigF(double u, double y) {
    double r2 = u * u + y * y;
    double log = r2 > 0 ? u * Math.log(r2) : 0.0;
    double at = y != 0 ? 2 * y * Math.atan(u / y) : 0.0;
    return log - 2 * u + at;
  }

  private static double bigG(double u, double y) {
    double r2 = u * u + y * y;
    return r2 > 0 ? 0.5 * r2 * (Math.log(r2) - 1) : 0.0;
  }

  private static double bigH(double u, double y) {
    double r2 = u * u + y * y;
    double log = r2 > 0 && y != 0 ? 0.5 * y * Math.log(r2) : 0.0;
    // y' = +0 on the inner side: atan2(u, +0) = ±π/2
    return u * Math.atan2(u, y == 0 ? 0.0 : y) - log;
  }
}
