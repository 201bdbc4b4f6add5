package org.inversesuite.airfoil.solver;

/**
 * The residual and Jacobian of the coupled system R(q) = q − q_inv − D μ(q) − c_gap U_TE h
 * ({@link CoupledSystem}) for given boundary-layer marches ({@link ViscousIteration.State}).
 */
final class NewtonSystem {
  private final CoupledSystem sys;
  private static final int TILE = 16;
  /** Dᵀ, row-major: row i is column i of D (the seed of mass defect μ_i in the reverse sweep). */
  private double[] dTransposed;
  /** Reverse-sweep storage, reused between Newton matrices: adjoint rows and which are live. */
  private double[] adjoint;
  private boolean[] live;
  private double[] product;

  NewtonSystem(CoupledSystem sys) {
    this.sys = sys;
  }

  /**
   * Evaluates −R(q) = q_inv + D μ + c_gap U_TE h − q into {@code out} for the marches in
   * {@code st}, and fills ∂m/∂U into {@code m} when it is not null.
   *
   * @return the Euclidean norm of R
   */
  double residual(double[] q, ViscousIteration.State st, double[] mu, double[] sign, double[] m, double[] out) {
    int n = sys.size;
    collect(st, mu, sign, m);
    double gapMass = 0.5 * (q[sys.airfoilNodes - 1] - q[0]) * sys.gap[0];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double r = q[i] - sys.qInviscid[i] - sys.gapColumn[i] * gapMass - VectorDot.dot(sys.d, i * n, mu, n);
      out[i] = -r;
      sum += r * r;
    }
    return Math.sqrt(sum);
  }

  /** Fills μ, the speed signs and ∂m/∂U (row-major, unknown × unknown). */
  private void collect(ViscousIteration.State st, double[] mu, double[] sign, double[] m) {
    boolean gradients = m != null;
    int n = sys.size;
    java.util.Arrays.fill(mu, 0);
    for (Stations s : new Stations[] {st.upperStations, st.lowerStations}) {
      for (int k = 1; k < s.index.length; k++) {
        sign[s.index[k]] = s == st.upperStations ? -1 : 1;
      }
    }
    for (int k = sys.airfoilNodes; k < n; k++) {
      sign[k] = 1;
    }
    put(st.upper, st.upperStations.index, sign, mu, gradients ? m : null, n);
    put(st.lower, st.lowerStations.index, sign, mu, gradients ? m : null, n);
    for (int k = 1; k < st.wake.mass.length; k++) {
      int i = sys.airfoilNodes - 1 + k;
      mu[i] = st.wake.mass[k];
      if (gradients) {
        System.arraycopy(st.wake.massGradient[k], 0, m, i * n, n);
      }
    }
  }

  private static void put(SideResult r, int[] index, double[] sign, double[] mu, double[] m, int n) {
    for (int k = 1; k < index.length; k++) {
      int i = index[k];
      mu[i] = sign[i] * r.mass[k];
      if (m != null) {
        System.arraycopy(r.massGradient[k], 0, m, i * n, n);
      }
    }
  }

  /**
   * I − D ∂μ/∂q with ∂μ_i/∂q_j = s_i s_j ∂m_i/∂U_j, over the non-zero column range of each ∂m_i,
   * four rows of the result at a time (each run of ∂m_i is loaded once for four rows). Every entry
   * sees the same operations in the same order (i ascending) as the row-by-row product, so the
   * result is identical bit for bit (tested against it).
   */
  /**
   * ∂q/∂x − D ∂μ/∂x for the unknowns x: the speed q_i at direct nodes, the mass defect μ_i at
   * inverse nodes (where q_i is computed by the march); the rows of ∂q/∂x are unit rows except at
   * inverse nodes.
   */
  double[] jacobian(double[] m, double[] sign, ViscousIteration.State st) {
    double[] out = jacobian(m, sign);
    int n = sys.size;
    int last = sys.airfoilNodes - 1;
    double[][] rows = new double[n][];
    speedRows(st.upper, st.upperStations.index, sign, rows);
    speedRows(st.lower, st.lowerStations.index, sign, rows);
    for (int r = 0; r < n; r++) {
      int rr = r * n;
      double g = 0.5 * sys.gapColumn[r] * sys.gap[0];
      if (rows[r] != null) {
        out[rr + r] -= 1;
        addRow(out, rr, 1, rows[r]);
      }
      if (g != 0 && rows[0] != null) {
        out[rr] -= g;
        addRow(out, rr, g, rows[0]);
      }
      if (g != 0 && rows[last] != null) {
        out[rr + last] += g;
        addRow(out, rr, -g, rows[last]);
      }
    }
    return out;
  }

  /** ∂q_i/∂x_j = s_i s_j ∂U_i/∂v_j for the nodes whose speed is computed (inverse stations). */
  private static void speedRows(SideResult r, int[] index, double[] sign, double[][] rows) {
    for (int k = 1; k < index.length; k++) {
      double[] g = r.speedGradient[k];
      if (g != null) {
        int i = index[k];
        double[] row = new double[g.length];
        for (int j = 0; j < g.length; j++) {
          row[j] = sign[i] * sign[j] * g[j];
        }
        rows[i] = row;
      }
    }
  }

  private static void addRow(double[] out, int offset, double w, double[] row) {
    for (int j = 0; j < row.length; j++) {
      out[offset + j] += w * row[j];
    }
  }

  double[] jacobian(double[] m, double[] sign) {
    int n = sys.size;
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = 0; i < n; i++) {
      int row = i * n;
      int a = 0;
      while (a < n && m[row + a] == 0) {
        a++;
      }
      int b = n - 1;
      while (b >= a && m[row + b] == 0) {
        b--;
      }
      lo[i] = a;
      hi[i] = b;
      for (int j = a; j <= b; j++) {
        m[row + j] *= sign[i] * sign[j];
      }
    }
    double[] out = new double[n * n];
    int last = sys.airfoilNodes - 1;
    for (int r = 0; r < n; r++) {
      int rr = r * n;
      out[rr + r] = 1;
      double g = 0.5 * sys.gapColumn[r] * sys.gap[0];
      out[rr] += g;
      out[rr + last] -= g;
    }
    int r = 0;
    for (; r + 4 <= n; r += 4) {
      int r0 = r * n;
      int r1 = r0 + n;
      int r2 = r1 + n;
      int r3 = r2 + n;
      for (int i = 0; i < n; i++) {
        if (lo[i] > hi[i]) {
          continue;
        }
        double w0 = sys.d[r0 + i];
        double w1 = sys.d[r1 + i];
        double w2 = sys.d[r2 + i];
        double w3 = sys.d[r3 + i];
        int from = i * n + lo[i];
        int len = hi[i] - lo[i] + 1;
        if (w0 != 0 && w1 != 0 && w2 != 0 && w3 != 0) {
          VectorAxpy.subtractScaled4(out, r0 + lo[i], r1 + lo[i], r2 + lo[i], r3 + lo[i], w0, w1, w2, w3, m, from, len);
        } else {
          subtractIfNonZero(out, r0 + lo[i], w0, m, from, len);
          subtractIfNonZero(out, r1 + lo[i], w1, m, from, len);
          subtractIfNonZero(out, r2 + lo[i], w2, m, from, len);
          subtractIfNonZero(out, r3 + lo[i], w3, m, from, len);
        }
      }
    }
    for (; r < n; r++) {
      int rr = r * n;
      for (int i = 0; i < n; i++) {
        if (lo[i] <= hi[i]) {
          subtractIfNonZero(out, rr + lo[i], sys.d[rr + i], m, i * n + lo[i], hi[i] - lo[i] + 1);
        }
      }
    }
    return out;
  }

  private static void subtractIfNonZero(double[] out, int offset, double w, double[] m, int from, int length) {
    if (w != 0) {
      VectorAxpy.subtractScaled(out, offset, w, m, from, length);
    }
  }

  /**
   * The Newton matrix ∂q/∂x − D ∂μ/∂x of {@link #jacobian(double[], double[], ViscousIteration.State)}
   * from marches recorded on {@code st.tape} (reverse mode), without forming ∂μ/∂x: one backward
   * sweep of {@link MarchTape} with the seeds w_i = s_i D e_i on the mass defects (i.e.
   * Σ_i s_i D_ri ∂m_i/∂x_j = (D ∂μ/∂x)_rj s_j after the sweep) and −s_i e_i on the speeds computed
   * at inverse nodes (their unit rows of ∂q/∂x are replaced by the march's speed gradient), plus
   * the trailing-edge gap's dependence on those two speeds. Equal to the forward-mode matrix to
   * rounding (the same partials, summed in another order; tested).
   */
  double[] adjointJacobian(double[] sign, ViscousIteration.State st) {
    return adjointJacobian(sign, st, null);
  }

  /**
   * {@link #adjointJacobian(double[], ViscousIteration.State)} written into {@code into} (n², every
   * entry overwritten) when it is not null: the storage of a factored matrix that is no longer needed.
   */
  double[] adjointJacobian(double[] sign, ViscousIteration.State st, double[] into) {
    int n = sys.size;
    if (dTransposed == null) {
      double[] t = new double[n * n];
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          t[c * n + r] = sys.d[r * n + c];
        }
      }
      dTransposed = t;
    }
    MarchTape tape = st.tape;
    if (live == null || live.length < tape.size()) {
      live = new boolean[tape.size() + tape.size() / 4];
      adjoint = new double[live.length * n];
    }
    java.util.Arrays.fill(live, false);
    double[] seed = adjoint;
    seedMasses(st.upper, st.upperStations.index, sign);
    seedMasses(st.lower, st.lowerStations.index, sign);
    for (int k = 1; k < st.wake.mass.length; k++) {
      seedMass(st.wake.massId[k], sys.airfoilNodes - 1 + k, sign);
    }
    int last = sys.airfoilNodes - 1;
    double[] g = new double[n];
    for (int r = 0; r < n; r++) {
      g[r] = 0.5 * sys.gapColumn[r] * sys.gap[0];
    }
    boolean[] computed = new boolean[n];
    for (SideResult side : new SideResult[] {st.upper, st.lower}) {
      int[] index = side == st.upper ? st.upperStations.index : st.lowerStations.index;
      for (int k = 1; k < index.length; k++) {
        int id = side.speedId[k];
        if (id == SideResult.NOT_COMPUTED) {
          continue;
        }
        int i = index[k];
        computed[i] = true;
        if (id == MarchTape.ZERO) {
          continue;
        }
        int w = seedOf(id, n);
        seed[w + i] -= sign[i];
        if (i == 0 || i == last) {
          double f = i == 0 ? -sign[i] : sign[i];
          for (int r = 0; r < n; r++) {
            seed[w + r] += f * g[r];
          }
        }
      }
    }
    if (product == null || product.length != n * n) {
      product = new double[n * n];
    } else {
      java.util.Arrays.fill(product, 0);
    }
    tape.sweep(seed, live, n, product);
    double[] out = into != null && into.length == n * n ? into : new double[n * n];
    // out = −(product)ᵀ diag(s), transposed in 16 × 16 tiles (the product is column j per row)
    for (int j0 = 0; j0 < n; j0 += TILE) {
      int j1 = Math.min(n, j0 + TILE);
      for (int r0 = 0; r0 < n; r0 += TILE) {
        int r1 = Math.min(n, r0 + TILE);
        for (int j = j0; j < j1; j++) {
          double s = -sign[j];
          int jn = j * n;
          for (int r = r0; r < r1; r++) {
            out[r * n + j] = s * product[jn + r];
          }
        }
      }
    }
    for (int r = 0; r < n; r++) {
      int rr = r * n;
      out[rr + r] += computed[r] ? 0 : 1;
      out[rr] += computed[0] ? 0 : g[r];
      out[rr + last] -= computed[last] ? 0 : g[r];
    }
    return out;
  }

  private void seedMasses(SideResult side, int[] index, double[] sign) {
    for (int k = 1; k < index.length; k++) {
      seedMass(side.massId[k], index[k], sign);
    }
  }

  /** seed[id] += s_i · (column i of D). */
  private void seedMass(int id, int i, double[] sign) {
    if (id == MarchTape.ZERO) {
      return;
    }
    int n = sys.size;
    int w = seedOf(id, n);
    double s = sign[i];
    for (int r = 0; r < n; r++) {
      adjoint[w + r] += s * dTransposed[i * n + r];
    }
  }

  /** @return the offset of the seed row of vector id, zeroed when it was not live */
  private int seedOf(int id, int n) {
    if (!live[id]) {
      java.util.Arrays.fill(adjoint, id * n, id * n + n, 0);
      live[id] = true;
    }
    return id * n;
  }
}
