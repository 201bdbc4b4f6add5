package org.inversesuite.airfoil.solver;

/**
 * How the nodal vortex strengths answer a source distribution (the transpiration model of
 * viscous-inviscid interaction, Lighthill 1958; the "mass defect" influence of Drela 1989):
 * with sources σ_k on panels the boundary condition becomes zero normal velocity on the inner
 * side of the sheet,
 *
 * <pre>
 *   Σ_j a_ij γ_j + Σ_k b_ik σ_k = −V∞ · n_i,      so   ∂γ/∂σ_k = −A⁻¹ b_·k,
 * </pre>
 *
 * b_ik being the normal velocity at midpoint i per unit σ_k, inner side (the outer side then
 * sees the blowing velocity σ_i); at a sharp trailing edge the rows are those of
 * {@link SharpTrailingEdge} (fluxes through the inner side and the bisector condition). The airfoil columns depend on the geometry only and are
 * computed once per airfoil; wake columns per angle. All columns are solved in one pass
 * ({@link DenseLu#solveColumnsInPlace}).
 */
final class SourceResponse {
  private SourceResponse() {}

  /**
   * @param sources source panels (the airfoil's own panels when {@code onBody})
   * @param onBody true when {@code sources} are the airfoil panels (self terms apply)
   * @return ∂γ/∂σ, (N+1) × sources.panels, row-major
   */
  static double[] response(PanelMethod pm, PanelGeometry sources, boolean onBody) {
    PanelGeometry g = pm.geometry;
    int n = g.panels;
    int m = n + 1;
    int p = sources.panels;
    double[] out = new double[m * p];
    double[] v = new double[2];
    if (pm.sharpEdge != null) {
      double[] col = new double[m];
      for (int k = 0; k < p; k++) {
        pm.sharpEdge.sourceColumn(sources, onBody, k, col);
        for (int i = 0; i < m; i++) {
          out[i * p + k] = -col[i];
        }
      }
      pm.lu.solveColumnsInPlace(out, p);
      return out;
    }
    for (int k = 0; k < p; k++) {
      for (int i = 0; i < n; i++) {
        PanelInfluence.source(sources, k, g.xm[i], g.ym[i], v);
        double b = v[0] * g.nx(i) + v[1] * g.ny(i);
        if (onBody && i == k) {
          b -= 1.0;
        }
        out[i * p + k] = -b;
      }
    }
    pm.lu.solveColumnsInPlace(out, p);
    return out;
  }
}
