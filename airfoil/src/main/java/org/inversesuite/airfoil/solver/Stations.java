package org.inversesuite.airfoil.solver;

/**
 * The boundary-layer stations of one march, built from the current nodal speeds: the upper
 * surface runs from the stagnation point through nodes ks, ks−1, … 0, the lower surface through
 * ks+1, … N, the wake through wake nodes 1 … N_w. The stagnation point lies on panel ks, where
 * γ changes sign, at the zero of the linear γ.
 */
final class Stations {
  final double[] s;
  final double[] u;
  final int[] index;
  final double[] x;
  final double[] y;
  /** Stations marched in inverse mode (mass defect given, speed computed); null: none. */
  boolean[] inverse;
  /** The given mass defect m = U_e δ* at inverse stations. */
  double[] mass;

  private Stations(int n) {
    s = new double[n];
    u = new double[n];
    index = new int[n];
    x = new double[n];
    y = new double[n];
  }

  /** @return the panel holding the stagnation point (γ_ks &lt; 0 ≤ γ_ks+1) closest to node {@code le}, or −1 */
  static int stagnationPanel(double[] q, int nodes, int le) {
    int best = -1;
    for (int j = 0; j + 1 < nodes; j++) {
      if (q[j] < 0 && q[j + 1] >= 0 && (best < 0 || Math.abs(j - le) < Math.abs(best - le))) {
        best = j;
      }
    }
    return best;
  }

  /**
   * Fraction along panel ks (from node ks) of the stagnation point, kept 1 % of the panel away
   * from its nodes so that no station sits on the stagnation point itself.
   */
  static double stagnationFraction(double[] q, int ks) {
    return Math.max(0.01, Math.min(0.99, q[ks] / (q[ks] - q[ks + 1])));
  }

  static Stations upper(PanelGeometry g, double[] q, int ks) {
    Stations st = new Stations(ks + 2);
    double t = stagnationFraction(q, ks);
    st.index[0] = -1;
    st.x[0] = g.x[ks] + t * (g.x[ks + 1] - g.x[ks]);
    st.y[0] = g.y[ks] + t * (g.y[ks + 1] - g.y[ks]);
    for (int m = 1; m <= ks + 1; m++) {
      int node = ks - (m - 1);
      st.s[m] = m == 1 ? t * g.length[ks] : st.s[m - 1] + g.length[node];
      st.u[m] = -q[node];
      st.index[m] = node;
      st.x[m] = g.x[node];
      st.y[m] = g.y[node];
    }
    return st;
  }

  static Stations lower(PanelGeometry g, double[] q, int ks) {
    int n = g.panels;
    Stations st = new Stations(n - ks + 1);
    double t = stagnationFraction(q, ks);
    st.index[0] = -1;
    st.x[0] = g.x[ks] + t * (g.x[ks + 1] - g.x[ks]);
    st.y[0] = g.y[ks] + t * (g.y[ks + 1] - g.y[ks]);
    for (int m = 1; m <= n - ks; m++) {
      int node = ks + m;
      st.s[m] = m == 1 ? (1 - t) * g.length[ks] : st.s[m - 1] + g.length[node - 1];
      st.u[m] = q[node];
      st.index[m] = node;
      st.x[m] = g.x[node];
      st.y[m] = g.y[node];
    }
    return st;
  }

  static Stations wake(PanelGeometry w, double[] q, int airfoilNodes) {
    int nw = w.panels;
    Stations st = new Stations(nw + 1);
    int n = airfoilNodes - 1;
    st.u[0] = 0.5 * (-q[0] + q[n]);
    st.index[0] = -1;
    st.x[0] = w.x[0];
    st.y[0] = w.y[0];
    for (int k = 1; k <= nw; k++) {
      st.s[k] = st.s[k - 1] + w.length[k - 1];
      st.u[k] = q[n + k];
      st.index[k] = n + k;
      st.x[k] = w.x[k];
      st.y[k] = w.y[k];
    }
    return st;
  }
}
