package org.inversesuite.airfoil.solver;

/**
 * The base panel of a blunt trailing edge, from the lower trailing-edge node N to the upper
 * one, 0. Its uniform source and vortex strengths are tied to the trailing-edge speeds
 * (Drela 1989, XFOIL):
 *
 * <pre>
 *   σ_TE = ½ s_n (γ_N − γ_0),   γ_TE = ½ s_t (γ_N − γ_0),
 *   s_n = (b × h)/|h|,  s_t = (b · h)/|h|,
 * </pre>
 *
 * with h the gap vector from node N to node 0 and b the unit bisector of the two trailing-edge
 * panels, pointing downstream. The velocity it induces is therefore a fixed vector field times
 * (γ_N − γ_0).
 */
final class TrailingEdgePanel {
  /** Gaps below this (in chords) count as a sharp trailing edge. */
  static final double SHARP_GAP = 1e-6;

  private final PanelGeometry base;
  private final double sn;
  private final double st;

  private TrailingEdgePanel(PanelGeometry base, double sn, double st) {
    this.base = base;
    this.sn = sn;
    this.st = st;
  }

  /** @return the base panel of {@code g}, or null for a sharp trailing edge */
  static TrailingEdgePanel of(PanelGeometry g) {
    int n = g.panels;
    double hx = g.x[0] - g.x[n];
    double hy = g.y[0] - g.y[n];
    double h = Math.hypot(hx, hy);
    if (h < SHARP_GAP) {
      return null;
    }
    double bx = -g.tx[0] + g.tx[n - 1];
    double by = -g.ty[0] + g.ty[n - 1];
    double b = Math.hypot(bx, by);
    bx /= b;
    by /= b;
    PanelGeometry base = new PanelGeometry(new double[] {g.x[n], g.x[0]}, new double[] {g.y[n], g.y[0]});
    return new TrailingEdgePanel(base, (bx * hy - by * hx) / h, (bx * hx + by * hy) / h);
  }

  /** Velocity at (px, py) per unit (γ_N − γ_0); {@code out} receives {u, v}. */
  void velocity(double px, double py, double[] out) {
    double[] v = new double[4];
    PanelInfluence.vortex(base, 0, px, py, v);
    double vu = v[0] + v[2];
    double vv = v[1] + v[3];
    PanelInfluence.source(base, 0, px, py, out);
    out[0] = 0.5 * (sn * out[0] + st * vu);
    out[1] = 0.5 * (sn * out[1] + st * vv);
  }

  /** Normal velocity (along (nx, ny)) at (px, py) per unit (γ_N − γ_0). */
  double normalVelocity(double px, double py, double nx, double ny) {
    double[] out = new double[2];
    velocity(px, py, out);
    return out[0] * nx + out[1] * ny;
  }

  /** @return the base as a one-panel geometry (node 0 = lower, node 1 = upper trailing edge) */
  PanelGeometry base() {
    return base;
  }
}
