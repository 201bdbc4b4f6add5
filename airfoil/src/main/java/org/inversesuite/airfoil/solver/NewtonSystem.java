package org.inversesuite.airfoil.solver;

/**
 * The residual and Jacobian of the coupled system R(q) = q − q_inv − D μ(q) − c_gap U_TE h
 * ({@link CoupledSystem}) for given boundary-layer marches ({@link ViscousIteration.State}).
 */
final class NewtonSystem {
  private final CoupledSystem sys;

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
      double r = q[i] - sys.qInviscid[i] - sys.gapColumn[i] * gapMass;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        r -= sys.d[row + j] * mu[j];
      }
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

  /** I − D ∂μ/∂q with ∂μ_i/∂q_j = s_i s_j ∂m_i/∂U_j, row by row over the non-zero column range of each ∂m_i. */
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
      for (int i = 0; i < n; i++) {
        double w = sys.d[rr + i];
        if (w == 0 || lo[i] > hi[i]) {
          continue;
        }
        VectorAxpy.subtractScaled(out, rr + lo[i], w, m, i * n + lo[i], hi[i] - lo[i] + 1);
      }
    }
    return out;
  }

}
