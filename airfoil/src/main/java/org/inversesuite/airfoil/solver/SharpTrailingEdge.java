package org.inversesuite.airfoil.solver;

/**
 * XFOIL's formulation of a sharp trailing edge (Drela 1989; XFOIL routines GGCALC and QDCALC),
 * written for the linear-vortex panels of {@link PanelMethod}. Nodes 0 and N coincide; there is
 * no base panel. The N + 1 nodal strengths γ_j satisfy
 *
 * <pre>
 *   ψ(P_i) − ψ(P_0) = 0                 (i = 1 … N−1: no flux through the inner side of the contour),
 *   V(P_b) · b̂ = 0                       (zero velocity along the bisector at P_b),
 *   γ_0 + γ_N = 0                        (Kutta),
 * </pre>
 *
 * ψ being the stream function of the free stream, the vortex sheet and the sources
 * ({@link StreamFunction}), b̂ the unit trailing-edge bisector (downstream) and
 * P_b = P_0 − 0.1 min(L_0, L_N−1) b̂ an interior point just ahead of the edge. At a sharp edge
 * the flux condition of the last panel is identically satisfied (ψ(P_N) = ψ(P_0)), which is why
 * XFOIL replaces it by the bisector condition; the Neumann rows of the finite-edge method have no
 * such redundancy but are ill-conditioned at a point (the two last collocation points approach
 * each other faster than the panels shrink). As in XFOIL the bisector row carries the airfoil
 * sources' velocity but not the wake sources' ("sharp TE gamma extrapolation also has no
 * source influence", QDCALC).
 *
 * <p>In terms of the finite-edge method: the Neumann condition at panel midpoints (zero normal
 * velocity) is replaced by its integral over each panel (zero flux, ψ differences), and the flux
 * condition of the last panel, redundant at a point, by the bisector condition.
 */
final class SharpTrailingEdge {
  /** Distance of the bisector point ahead of the edge, in the shorter edge panel's lengths (XFOIL: 0.1). */
  static final double BISECTOR_POINT = 0.1;

  private final PanelGeometry g;
  final double bx;
  final double by;
  final double px;
  final double py;

  SharpTrailingEdge(PanelGeometry g) {
    this.g = g;
    int n = g.panels;
    double dx = -g.tx[0] + g.tx[n - 1];
    double dy = -g.ty[0] + g.ty[n - 1];
    double d = Math.hypot(dx, dy);
    bx = dx / d;
    by = dy / d;
    double step = BISECTOR_POINT * Math.min(g.length[0], g.length[n - 1]);
    px = g.x[0] - step * bx;
    py = g.y[0] - step * by;
  }

  /** @return the (N+1)² matrix of the three conditions, row-major */
  double[] matrix() {
    int n = g.panels;
    int m = n + 1;
    double[] a = new double[m * m];
    double[] psi = new double[2];
    double[] psi0 = new double[m];
    for (int j = 0; j < n; j++) {
      StreamFunction.vortex(g, j, g.x[0], g.y[0], psi);
      psi0[j] += psi[0];
      psi0[j + 1] += psi[1];
    }
    for (int i = 1; i < n; i++) {
      int r = (i - 1) * m;
      for (int j = 0; j < n; j++) {
        StreamFunction.vortex(g, j, g.x[i], g.y[i], psi);
        a[r + j] += psi[0];
        a[r + j + 1] += psi[1];
      }
      for (int j = 0; j < m; j++) {
        a[r + j] -= psi0[j];
      }
    }
    double[] v = new double[4];
    int r = (n - 1) * m;
    for (int j = 0; j < n; j++) {
      PanelInfluence.vortex(g, j, px, py, v);
      a[r + j] += v[0] * bx + v[1] * by;
      a[r + j + 1] += v[2] * bx + v[3] * by;
    }
    a[n * m] = 1;
    a[n * m + n] = 1;
    return a;
  }

  /** Right-hand side of the three conditions for the free stream (ux, uy), ψ∞ = ux y − uy x. */
  double[] freeStreamRhs(double ux, double uy) {
    int n = g.panels;
    double[] rhs = new double[n + 1];
    for (int i = 1; i < n; i++) {
      // ψ∞ = ux y − uy x
      rhs[i - 1] = -(ux * (g.y[i] - g.y[0]) - uy * (g.x[i] - g.x[0]));
    }
    rhs[n - 1] = -(ux * bx + uy * by);
    return rhs;
  }

  /**
   * The source columns of the three conditions, b_ik (so that ∂γ/∂σ_k = −A⁻¹ b_·k).
   *
   * @param sources source panels
   * @param onBody true for the airfoil's own panels (they act on the bisector row; wake sources do not)
   * @param k source panel
   * @param out receives the (N+1)-column
   */
  void sourceColumn(PanelGeometry sources, boolean onBody, int k, double[] out) {
    int n = g.panels;
    double p0 = StreamFunction.source(sources, k, g.x[0], g.y[0]);
    for (int i = 1; i < n; i++) {
      out[i - 1] = StreamFunction.source(sources, k, g.x[i], g.y[i]) - p0;
    }
    if (onBody) {
      double[] v = new double[2];
      PanelInfluence.source(sources, k, px, py, v);
      out[n - 1] = v[0] * bx + v[1] * by;
    } else {
      out[n - 1] = 0;
    }
    out[n] = 0;
  }
}
