package org.inversesuite.airfoil.solver;

/**
 * A factored Newton matrix M₀ = LU with Broyden's ("good") secant updates, kept in product form
 * (Broyden 1965, Math. Comp. 19; Kelley 1995, "Iterative methods for linear and nonlinear
 * equations", SIAM, ch. 7). With H_k the inverse after k updates (H₀ = M₀⁻¹), s_k the step taken and
 * y_k = r_k − r_{k+1} the change of the right-hand side r = −R along it,
 *
 * <pre>
 *   H_{k+1} = H_k + (s_k − H_k y_k) s_kᵀ W H_k / (s_kᵀ W H_k y_k),
 * </pre>
 *
 * which meets the secant condition H_{k+1} y_k = s_k and, among the matrices that do, changes H_k
 * least in the W-weighted norm, W = diag(1/scale_i²) from the unknowns' scales. Stored as
 * u_k = (s_k − H_k y_k)/(s_kᵀ W H_k y_k) and w_k = W s_k, so that H_{k+1} v = H_k v + u_k (w_kᵀ H_k v):
 * a solve costs one substitution with the factors and 2kn more operations, an update one solve.
 *
 * <p>The factors are shared with copies and never written; the updates belong to each copy.
 */
final class BroydenMatrix {
  /** Updates kept at most; further ones are dropped (the next new matrix starts afresh). */
  static final int CAPACITY = 20;

  private final DenseLu lu;
  private final int n;
  private final double[][] u = new double[CAPACITY][];
  private final double[][] w = new double[CAPACITY][];
  private int count;

  BroydenMatrix(DenseLu lu, int n) {
    this.lu = lu;
    this.n = n;
  }

  /** @return a copy with the same factors and updates, whose own updates leave this one unchanged */
  BroydenMatrix copy() {
    BroydenMatrix c = new BroydenMatrix(lu, n);
    System.arraycopy(u, 0, c.u, 0, count);
    System.arraycopy(w, 0, c.w, 0, count);
    c.count = count;
    return c;
  }

  /** @return the factored matrix alone, without the updates */
  BroydenMatrix withoutUpdates() {
    return new BroydenMatrix(lu, n);
  }

  /** @return the number of updates applied to the factored matrix */
  int updates() {
    return count;
  }

  /** Replaces v by H_k v. */
  void solveInPlace(double[] v) {
    lu.solveInPlace(v);
    for (int k = 0; k < count; k++) {
      double d = VectorDot.dot(w[k], 0, v, n);
      double[] uk = u[k];
      for (int i = 0; i < n; i++) {
        v[i] += uk[i] * d;
      }
    }
  }

  /**
   * Adds the update of the step s along which the right-hand side changed by y.
   *
   * @param y r before the step minus r after it; overwritten
   * @param weight W's diagonal
   * @return false if skipped: no room, or s (nearly) W-orthogonal to H y
   */
  boolean update(double[] s, double[] y, double[] weight) {
    if (count == CAPACITY) {
      return false;
    }
    solveInPlace(y);
    double denom = 0;
    double ss = 0;
    double hh = 0;
    for (int i = 0; i < n; i++) {
      denom += s[i] * weight[i] * y[i];
      ss += s[i] * weight[i] * s[i];
      hh += y[i] * weight[i] * y[i];
    }
    if (!(Math.abs(denom) > 1e-8 * Math.sqrt(ss * hh))) {
      return false;
    }
    double[] uk = new double[n];
    double[] wk = new double[n];
    for (int i = 0; i < n; i++) {
      uk[i] = (s[i] - y[i]) / denom;
      wk[i] = weight[i] * s[i];
    }
    u[count] = uk;
    w[count] = wk;
    count++;
    return true;
  }
}
