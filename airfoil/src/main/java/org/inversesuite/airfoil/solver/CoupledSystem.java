package org.inversesuite.airfoil.solver;

/**
 * The linear viscous-inviscid interaction law at one angle of attack (Drela 1989, eq. 15):
 *
 * <pre>
 *   q = q_inv + D μ,
 * </pre>
 *
 * q holding the signed nodal speeds γ_0 … γ_N of the airfoil followed by the speeds of wake
 * nodes 1 … N_w, and μ the mass defects U_e δ* (signed like γ on the airfoil). Sources on each
 * panel are σ = Δμ/Δs along the node order; the first wake node carries the sum of the two
 * trailing-edge mass defects. Wake speeds are those at the panel midpoints, averaged onto the
 * nodes. Index layout: airfoil node j → j, wake node k ≥ 1 → N + k.
 */
final class CoupledSystem {
  final int airfoilNodes;
  final int wakeNodes;
  final int size;
  final double[] qInviscid;
  /** D, size × size, row-major. */
  final double[] d;
  final Wake wake;
  final double alpha;
  /** Dead-air gap g at each wake node (node 0 = trailing edge). */
  final double[] gap;
  /** ∂q/∂(extra mass defect at the first wake node): how U_TE·h moves the speeds. */
  final double[] gapColumn;

  CoupledSystem(PanelMethod pm, double[] airfoilResponse, double alpha, int wakePanels, double wakeLength) {
    this.alpha = alpha;
    PanelGeometry g = pm.geometry;
    int n = g.panels;
    double[] gamma = pm.gamma(alpha);
    this.wake = Wake.of(pm, gamma, alpha, wakePanels, wakeLength);
    PanelGeometry w = wake.panels;
    int nw = w.panels;
    airfoilNodes = n + 1;
    wakeNodes = nw;
    size = n + 1 + nw;
    int p = n + nw;
    // ∂γ/∂σ for all source panels: airfoil columns (cached) then wake columns
    double[] wakeResponse = SourceResponse.response(pm, w, false);
    double[] dq = new double[size * p];
    for (int i = 0; i <= n; i++) {
      System.arraycopy(airfoilResponse, i * n, dq, i * p, n);
      System.arraycopy(wakeResponse, i * nw, dq, i * p + n, nw);
    }
    // wake midpoint speeds: free stream + vortex sheet (+ base panel) + sources
    double[] mid = new double[nw];
    double[] midDq = new double[nw * p];
    double[] c = new double[n + 1];
    double[] v = new double[4];
    for (int k = 0; k < nw; k++) {
      double px = w.xm[k];
      double py = w.ym[k];
      double tx = w.tx[k];
      double ty = w.ty[k];
      java.util.Arrays.fill(c, 0);
      for (int j = 0; j < n; j++) {
        PanelInfluence.vortex(g, j, px, py, v);
        c[j] += v[0] * tx + v[1] * ty;
        c[j + 1] += v[2] * tx + v[3] * ty;
      }
      if (pm.trailingEdge != null) {
        pm.trailingEdge.velocity(px, py, v);
        double t = v[0] * tx + v[1] * ty;
        c[n] += t;
        c[0] -= t;
      }
      double q = Math.cos(alpha) * tx + Math.sin(alpha) * ty;
      for (int j = 0; j <= n; j++) {
        q += c[j] * gamma[j];
      }
      mid[k] = q;
      double[] row = new double[p];
      for (int j = 0; j <= n; j++) {
        double cj = c[j];
        if (cj == 0) {
          continue;
        }
        int base = j * p;
        for (int s = 0; s < p; s++) {
          row[s] += cj * dq[base + s];
        }
      }
      for (int s = 0; s < p; s++) {
        if (s < n) {
          PanelInfluence.source(g, s, px, py, v);
        } else {
          PanelInfluence.source(w, s - n, px, py, v);
        }
        midDq[k * p + s] = row[s] + v[0] * tx + v[1] * ty;
      }
    }
    qInviscid = new double[size];
    System.arraycopy(gamma, 0, qInviscid, 0, n + 1);
    for (int k = 1; k <= nw; k++) {
      int r = n + k;
      if (k < nw) {
        qInviscid[r] = 0.5 * (mid[k - 1] + mid[k]);
        for (int s = 0; s < p; s++) {
          dq[r * p + s] = 0.5 * (midDq[(k - 1) * p + s] + midDq[k * p + s]);
        }
      } else {
        qInviscid[r] = mid[k - 1];
        System.arraycopy(midDq, (k - 1) * p, dq, r * p, p);
      }
    }
    gap = new double[nw + 1];
    gapColumn = new double[size];
    double h = Math.hypot(g.x[0] - g.x[n], g.y[0] - g.y[n]);
    if (h >= TrailingEdgePanel.SHARP_GAP) {
      double slope = Math.max(-1.2, Math.min(1.2, -g.ty[0] / -g.tx[0] - g.ty[n - 1] / g.tx[n - 1]));
      double a = 3 + 2.5 * slope;
      double b = -2 - 2.5 * slope;
      double sw = 0;
      for (int k = 0; k <= nw; k++) {
        double z = Math.max(0, 1 - sw / (2.5 * h));
        gap[k] = h * (a + b * z) * z * z;
        if (k < nw) {
          sw += w.length[k];
        }
      }
      for (int i = 0; i < size; i++) {
        gapColumn[i] = -dq[i * p + n] / w.length[0];
      }
    }
    // D = (∂q/∂σ)(∂σ/∂μ)
    d = new double[size * size];
    for (int j = 0; j < size; j++) {
      if (j <= n) {
        if (j >= 1) {
          addColumn(dq, p, j - 1, 1.0 / g.length[j - 1], j);
        }
        if (j < n) {
          addColumn(dq, p, j, -1.0 / g.length[j], j);
        }
        if (j == 0) {
          addColumn(dq, p, n, 1.0 / w.length[0], j);
        } else if (j == n) {
          addColumn(dq, p, n, -1.0 / w.length[0], j);
        }
      } else {
        int k = j - n;
        addColumn(dq, p, n + k - 1, 1.0 / w.length[k - 1], j);
        if (k < nw) {
          addColumn(dq, p, n + k, -1.0 / w.length[k], j);
        }
      }
    }
  }

  private void addColumn(double[] dq, int p, int panel, double weight, int column) {
    for (int i = 0; i < size; i++) {
      d[i * size + column] += weight * dq[i * p + panel];
    }
  }
}
