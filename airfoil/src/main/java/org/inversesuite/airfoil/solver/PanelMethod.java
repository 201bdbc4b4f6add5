package org.inversesuite.airfoil.solver;

import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Inviscid, incompressible flow past an airfoil by the linear-strength vortex panel method
 * (Katz &amp; Plotkin, Low-Speed Aerodynamics, 2nd ed., 2001, §11.4.2; the same surface
 * singularity as XFOIL, Drela 1989): N straight panels with a vortex sheet varying linearly
 * between the N + 1 nodal strengths γ_j, zero normal velocity at the N panel midpoints and the
 * Kutta condition γ_0 + γ_N = 0 (equal speeds leaving the upper and lower trailing edge):
 *
 * <pre>
 *   Σ_j a_ij γ_j = −V∞ · n_i   (i = 0 … N−1),     γ_0 + γ_N = 0,
 * </pre>
 *
 * a_ij being the normal velocity at midpoint i per unit γ_j ({@link PanelInfluence}). The
 * (N+1)² system depends only on the geometry, so it is factored once; each angle is a
 * back-substitution of γ = cos α γ_x + sin α γ_y. The flow inside the contour is at rest, so
 * γ_j is the surface speed at node j.
 *
 * <p>A blunt trailing edge is closed by a base panel from the lower to the upper trailing-edge
 * node carrying, as in XFOIL (Drela 1989), a uniform source σ_TE = ½ s_n (γ_N − γ_0) and vortex
 * γ_TE = ½ s_t (γ_N − γ_0), s_n and s_t being the sine and cosine of the angle between the base
 * and the trailing-edge bisector: the base then sheds fluid at the trailing-edge speed, as the
 * dead-air region behind a blunt edge does.
 *
 * <p>A trailing edge thinner than {@link #MIN_TRAILING_EDGE_GAP} is opened to that thickness
 * by adding the linear CST term ± x Δ/2 to the two surfaces (Kulfan 2008). At a sharp edge the
 * collocation points of the two last panels approach each other faster than the panels
 * shrink, their conditions become nearly redundant and the trailing-edge γ spikes (to several
 * times the free stream), which the boundary layer cannot digest; the base panel of a finite
 * edge is well posed. On the sharp CST-B section the opened edge reproduces XFOIL's inviscid
 * C_l to 0.3 % (docs/airfoil-validation.md). With {@link TrailingEdgeModel#XFOIL_SHARP} an edge
 * thinner than {@link #SHARP_TRAILING_EDGE_GAP} is instead closed to a point and solved with
 * XFOIL's sharp-edge conditions ({@link SharpTrailingEdge}).
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class PanelMethod {
  final Airfoil paneled;
  final PanelGeometry geometry;
  final DenseLu lu;
  final TrailingEdgePanel trailingEdge;
  /** True for a trailing edge closed to a point ({@link TrailingEdgeModel#XFOIL_SHARP}). */
  final boolean sharp;
  /** XFOIL's sharp-edge formulation, or null for a finite edge. */
  final SharpTrailingEdge sharpEdge;
  private final double[] gammaX;
  private final double[] gammaY;

  private PanelMethod(Airfoil paneled) {
    this.paneled = paneled;
    this.geometry = new PanelGeometry(paneled);
    int n = geometry.panels;
    int m = n + 1;
    this.sharp = geometry.x[0] == geometry.x[n] && geometry.y[0] == geometry.y[n];
    if (sharp) {
      SharpTrailingEdge ste = new SharpTrailingEdge(geometry);
      this.sharpEdge = ste;
      this.trailingEdge = null;
      this.lu = new DenseLu(ste.matrix(), m);
      gammaX = ste.freeStreamRhs(1, 0);
      gammaY = ste.freeStreamRhs(0, 1);
      lu.solveInPlace(gammaX);
      lu.solveInPlace(gammaY);
      return;
    }
    this.sharpEdge = null;
    double[] a = new double[m * m];
    double[] v = new double[4];
    for (int i = 0; i < n; i++) {
      double nx = geometry.nx(i);
      double ny = geometry.ny(i);
      for (int j = 0; j < n; j++) {
        PanelInfluence.vortex(geometry, j, geometry.xm[i], geometry.ym[i], v);
        a[i * m + j] += v[0] * nx + v[1] * ny;
        a[i * m + j + 1] += v[2] * nx + v[3] * ny;
      }
    }
    TrailingEdgePanel te = TrailingEdgePanel.of(geometry);
    if (te != null) {
      for (int i = 0; i < n; i++) {
        double d = te.normalVelocity(geometry.xm[i], geometry.ym[i], geometry.nx(i), geometry.ny(i));
        a[i * m] -= d;
        a[i * m + n] += d;
      }
    }
    this.trailingEdge = te;
    a[n * m] = 1;
    a[n * m + n] = 1;
    this.lu = new DenseLu(a, m);
    gammaX = new double[m];
    gammaY = new double[m];
    for (int i = 0; i < n; i++) {
      gammaX[i] = -geometry.nx(i);
      gammaY[i] = -geometry.ny(i);
    }
    lu.solveInPlace(gammaX);
    lu.solveInPlace(gammaY);
  }

  /**
   * Repanels {@code airfoil} ({@link Paneling#repanel}) and factors the influence matrix.
   *
   * @param panels even panel count in [{@link Paneling#MIN_PANELS}, {@link Paneling#MAX_PANELS}]
   */
  public static PanelMethod of(Airfoil airfoil, int panels) {
    return of(airfoil, panels, TrailingEdgeModel.OPENED);
  }

  /**
   * As {@link #of(Airfoil, int)}, with a choice of the thin-edge model.
   *
   * @param model how an edge thinner than {@link #MIN_TRAILING_EDGE_GAP} is treated
   */
  public static PanelMethod of(Airfoil airfoil, int panels, TrailingEdgeModel model) {
    if (model == null) {
      throw new IllegalArgumentException("trailing-edge model must be given (OPENED or XFOIL_SHARP)");
    }
    return new PanelMethod(openTrailingEdge(Paneling.repanel(airfoil, panels), model));
  }

  /** Smallest trailing-edge thickness the method works with, in chords. */
  public static final double MIN_TRAILING_EDGE_GAP = 5e-4;

  /**
   * With {@link TrailingEdgeModel#XFOIL_SHARP}, gaps below this (in chords) are closed to a point
   * and solved with XFOIL's sharp-edge formulation ({@link SharpTrailingEdge}); XFOIL's threshold
   * (routine TECALC, Drela 1989).
   */
  public static final double SHARP_TRAILING_EDGE_GAP = 1e-4;

  private static Airfoil openTrailingEdge(Airfoil a, TrailingEdgeModel model) {
    int n = a.size() - 1;
    double gap = a.trailingEdgeGap();
    if (gap >= MIN_TRAILING_EDGE_GAP) {
      return a;
    }
    if (model == TrailingEdgeModel.XFOIL_SHARP && gap < SHARP_TRAILING_EDGE_GAP) {
      return closeTrailingEdge(a);
    }
    int le = a.leadingEdgeIndex();
    double x0 = a.x(le);
    double chord = 0.5 * (a.x(0) + a.x(n)) - x0;
    double add = MIN_TRAILING_EDGE_GAP * chord - gap;
    double[] x = a.xs();
    double[] y = a.ys();
    for (int i = 0; i <= n; i++) {
      double f = 0.5 * add * (x[i] - x0) / chord;
      y[i] += i <= le ? f : -f;
    }
    return new Airfoil(a.name(), x, y);
  }

  /**
   * Moves the two surfaces linearly in x (zero at the leading edge) so that both trailing-edge
   * nodes meet at their midpoint exactly.
   */
  private static Airfoil closeTrailingEdge(Airfoil a) {
    int n = a.size() - 1;
    int le = a.leadingEdgeIndex();
    double x0 = a.x(le);
    double[] x = a.xs();
    double[] y = a.ys();
    double xm = 0.5 * (x[0] + x[n]);
    double ym = 0.5 * (y[0] + y[n]);
    double dxu = xm - x[0];
    double dyu = ym - y[0];
    double dxl = xm - x[n];
    double dyl = ym - y[n];
    double cu = x[0] - x0;
    double cl = x[n] - x0;
    for (int i = 0; i <= n; i++) {
      if (i < le) {
        double w = (x[i] - x0) / cu;
        x[i] += w * dxu;
        y[i] += w * dyu;
      } else if (i > le) {
        double w = (x[i] - x0) / cl;
        x[i] += w * dxl;
        y[i] += w * dyl;
      }
    }
    x[0] = xm;
    x[n] = xm;
    y[0] = ym;
    y[n] = ym;
    return new Airfoil(a.name(), x, y);
  }

  /** @return the repanelled contour the method works on */
  public Airfoil paneled() {
    return paneled;
  }

  /** @return number of panels */
  public int panels() {
    return geometry.panels;
  }

  /**
   * @param alphaDegrees angle of attack, finite, |α| ≤ 90°
   * @return the potential-flow solution
   */
  public InviscidSolution solve(double alphaDegrees) {
    if (!Double.isFinite(alphaDegrees) || Math.abs(alphaDegrees) > 90) {
      throw new IllegalArgumentException("angle of attack must be finite and within ±90°, got " + alphaDegrees);
    }
    double alpha = Math.toRadians(alphaDegrees);
    double[] gamma = gamma(alpha);
    return new InviscidSolution(alphaDegrees, SurfaceForces.integrate(geometry, gamma, alpha), geometry, gamma);
  }

  /** @return nodal strengths γ_j for the angle α (radians), V∞ = 1 */
  double[] gamma(double alpha) {
    double c = Math.cos(alpha);
    double s = Math.sin(alpha);
    double[] g = new double[gammaX.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = c * gammaX[i] + s * gammaY[i];
    }
    return g;
  }

  /** Free-stream plus vortex-sheet velocity at a field point, V∞ = 1 at angle α. */
  void velocity(double[] gamma, double alpha, double px, double py, double[] out) {
    double u = Math.cos(alpha);
    double w = Math.sin(alpha);
    double[] v = new double[4];
    for (int j = 0; j < geometry.panels; j++) {
      PanelInfluence.vortex(geometry, j, px, py, v);
      u += v[0] * gamma[j] + v[2] * gamma[j + 1];
      w += v[1] * gamma[j] + v[3] * gamma[j + 1];
    }
    if (trailingEdge != null) {
      trailingEdge.velocity(px, py, out);
      u += out[0] * (gamma[geometry.panels] - gamma[0]);
      w += out[1] * (gamma[geometry.panels] - gamma[0]);
    }
    out[0] = u;
    out[1] = w;
  }
}
