package org.inversesuite.airfoil.solver;

import java.util.Locale;

/**
 * Turns the final state of a {@link ViscousIteration} into an {@link AeroResult}: pressure
 * forces from the viscous edge speeds ({@link SurfaceForces}) and the drag of each surface by
 * the Squire–Young formula (H. B. Squire &amp; A. D. Young, "The calculation of the profile drag
 * of aerofoils", ARC R&amp;M 1838, 1937), evaluated at the trailing edge:
 *
 * <pre>
 *   C_d = Σ_upper,lower 2 θ_TE U_e,TE^((H_TE + 5)/2).
 * </pre>
 */
final class ResultAssembly {
  /**
   * Separation that starts aft of this x/c (a trailing-edge separation over the last 5 % of
   * chord at most, common on conventional airfoils and also present in XFOIL's solutions) is
   * reported in the separation fields but does not make the result {@link SolverStatus#SEPARATED}.
   */
  static final double SEPARATED_FROM = 0.95;

  private ResultAssembly() {}

  static AeroResult assemble(FlowCondition condition, PanelMethod pm, ViscousIteration.State st) {
    return assemble(condition, pm, st, false);
  }

  /**
   * @param directMode whether {@code st} is the direct-mode fallback ({@link ViscousIteration#solveDirect}); a
   *     converged result then carries {@link AeroResult#DIRECT_MODE} as its reason, so that it is told apart from
   *     a result of the coupled model with inverse laminar stations (the numbers are the same either way)
   */
  static AeroResult assemble(FlowCondition condition, PanelMethod pm, ViscousIteration.State st, boolean directMode) {
    double alpha = Math.toRadians(condition.alphaDegrees());
    int nodes = pm.geometry.panels + 1;
    if (st.upper == null || st.lower == null) {
      return new AeroResult(condition, SolverStatus.NOT_CONVERGED, st.failure, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, st.iterations, null);
    }
    double[] q = java.util.Arrays.copyOf(st.q, nodes);
    SurfaceForces f = SurfaceForces.integrate(pm.geometry, q, alpha);
    double cd = squireYoung(st.upper, st.upperStations) + squireYoung(st.lower, st.lowerStations);
    double cdf = friction(st.upper, st.upperStations, alpha) + friction(st.lower, st.lowerStations, alpha);
    double xtrU = transition(st.upper, st.upperStations);
    double xtrL = transition(st.lower, st.lowerStations);
    double sepU = st.upper.separation >= 0 ? st.upperStations.x[st.upper.separation] : Double.NaN;
    double sepL = st.lower.separation >= 0 ? st.lowerStations.x[st.lower.separation] : Double.NaN;
    SolverStatus status;
    String reason;
    if (!st.converged) {
      status = SolverStatus.NOT_CONVERGED;
      reason = st.failure != null ? st.failure : String.format(Locale.ROOT,
          "no convergence in %d Newton iterations (last speed change %.2e)", st.iterations, st.change);
    } else if (sepU < SEPARATED_FROM || sepL < SEPARATED_FROM) {
      boolean upper = sepU < SEPARATED_FROM;
      status = SolverStatus.SEPARATED;
      reason = String.format(Locale.ROOT, "turbulent separation (H >= %.1f) on the %s surface from x/c = %.3f",
          HeadEntrainment.SEPARATION_H, upper ? "upper" : "lower", upper ? sepU : sepL)
          + (directMode ? "; " + AeroResult.DIRECT_MODE : "");
    } else {
      status = SolverStatus.CONVERGED;
      reason = directMode ? AeroResult.DIRECT_MODE : "";
    }
    return new AeroResult(condition, status, reason, f.cl(), cd, cdf, f.cm(), xtrU, xtrL, sepU, sepL,
        st.iterations, distribution(pm, q, st));
  }

  private static double squireYoung(SideResult r, Stations s) {
    int k = r.last();
    double u = Math.max(s.u[k], 0);
    return 2 * r.theta[k] * Math.pow(u, 0.5 * (r.h[k] + 5));
  }

  private static double friction(SideResult r, Stations s, double alpha) {
    double c = Math.cos(alpha);
    double sn = Math.sin(alpha);
    double sum = 0;
    for (int k = 1; k <= r.last(); k++) {
      double dx = (s.x[k] - s.x[k - 1]) * c + (s.y[k] - s.y[k - 1]) * sn;
      double t0 = r.cf[k - 1] * s.u[k - 1] * s.u[k - 1];
      double t1 = r.cf[k] * s.u[k] * s.u[k];
      sum += 0.5 * (t0 + t1) * dx;
    }
    return sum;
  }

  private static double transition(SideResult r, Stations s) {
    int k = r.transitionInterval;
    if (k < 1) {
      return 1.0;
    }
    return s.x[k - 1] + r.transitionFraction * (s.x[k] - s.x[k - 1]);
  }

  private static SurfaceDistribution distribution(PanelMethod pm, double[] q, ViscousIteration.State st) {
    int nodes = q.length;
    double[] ue = new double[nodes];
    double[] theta = new double[nodes];
    double[] dstar = new double[nodes];
    double[] h = new double[nodes];
    double[] cf = new double[nodes];
    for (int i = 0; i < nodes; i++) {
      ue[i] = Math.abs(q[i]);
    }
    for (Object[] side : new Object[][] {{st.upper, st.upperStations}, {st.lower, st.lowerStations}}) {
      SideResult r = (SideResult) side[0];
      Stations s = (Stations) side[1];
      for (int k = 1; k < s.index.length; k++) {
        int i = s.index[k];
        theta[i] = r.theta[k];
        dstar[i] = r.dstar[k];
        h[i] = r.h[k];
        cf[i] = r.cf[k];
      }
    }
    return new SurfaceDistribution(pm.geometry.x, pm.geometry.y, ue, theta, dstar, h, cf);
  }
}
