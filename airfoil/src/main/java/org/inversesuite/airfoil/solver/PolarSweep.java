package org.inversesuite.airfoil.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * The angles of one polar, solved in order with each started from the converged solutions
 * before it ({@link WarmStart}: the viscous correction extrapolated from the last two), then
 * swept back: an angle that converged in none of its attempts is tried once more from the
 * converged solution of the angle after it. Laminar separation bubbles give the coupled system
 * neighbouring solutions, and which one Newton's method reaches, or whether it reaches one,
 * depends on the start; approaching a bubble angle from the other side is the cheapest second
 * start (a continuation in α from both ends, as XFOIL users sweep a polar up and down).
 *
 * <p>Attempts per angle going up: the warm start (mixed unknowns, the previous angle's factored
 * Newton matrix as chord matrix when it has no mass-defect unknowns); the inviscid flow; direct
 * mode ({@link ViscousIteration#solveDirect}, model ibl-2), whose result starts no other angle.
 * Going back: only the warm start from above, for angles with no converged result.
 */
final class PolarSweep {
  private final PanelMethod pm;
  private final double[] response;
  private final double reynolds;
  private final SolverConfig config;
  private final int wakePanels;
  private final double wakeLength;

  /** A solved angle: its system, result and, if it may start a neighbour, its converged state. */
  private static final class Angle {
    FlowCondition condition;
    CoupledSystem sys;
    AeroResult result;
    /** Converged speeds of a mixed solve, or null (not converged, or only in direct mode). */
    double[] q;
    DenseLu jacobian;
  }

  PolarSweep(PanelMethod pm, double[] response, double reynolds, SolverConfig config, int wakePanels, double wakeLength) {
    this.pm = pm;
    this.response = response;
    this.reynolds = reynolds;
    this.config = config;
    this.wakePanels = wakePanels;
    this.wakeLength = wakeLength;
  }

  List<AeroResult> solve(List<FlowCondition> conditions) {
    int n = conditions.size();
    Angle[] angles = new Angle[n];
    Angle previous = null;
    Angle older = null;
    for (int i = 0; i < n; i++) {
      Angle a = new Angle();
      a.condition = conditions.get(i);
      a.sys = new CoupledSystem(pm, response, Math.toRadians(a.condition.alphaDegrees()), wakePanels, wakeLength);
      angles[i] = a;
      upward(a, previous, older);
      if (a.q != null) {
        older = previous;
        previous = a;
      }
    }
    for (int i = n - 2; i >= 0; i--) {
      Angle a = angles[i];
      Angle above = angles[i + 1];
      if (a.result.status() == SolverStatus.NOT_CONVERGED && above.q != null) {
        Angle twoAbove = i + 2 < n && angles[i + 2].q != null ? angles[i + 2] : null;
        ViscousIteration iteration = new ViscousIteration(pm, a.sys, reynolds, config);
        ViscousIteration.State st = iteration.solve(start(a, above, twoAbove), above.jacobian);
        if (st.converged) {
          keep(a, st, false);
        }
      }
    }
    List<AeroResult> out = new ArrayList<>(n);
    for (Angle a : angles) {
      out.add(a.result);
    }
    return out;
  }

  private void upward(Angle a, Angle previous, Angle older) {
    ViscousIteration iteration = new ViscousIteration(pm, a.sys, reynolds, config);
    ViscousIteration.State st = null;
    if (previous != null) {
      st = iteration.solve(start(a, previous, older), previous.jacobian);
    }
    if (st == null || !st.converged) {
      ViscousIteration.State cold = iteration.solve(a.sys.qInviscid, null);
      if (st == null || cold.converged) {
        st = cold;
      }
    }
    boolean fallback = false;
    if (!st.converged) {
      ViscousIteration.State direct = iteration.solveDirect(a.sys.qInviscid);
      if (direct.converged) {
        st = direct;
        fallback = true;
      }
    }
    keep(a, st, fallback);
  }

  private void keep(Angle a, ViscousIteration.State st, boolean fallback) {
    a.result = ResultAssembly.assemble(a.condition, pm, st);
    if (st.converged && !fallback) {
      a.q = st.q;
      a.jacobian = st.jacobianInverse ? null : st.jacobian;
    }
  }

  private static double[] start(Angle a, Angle near, Angle far) {
    return WarmStart.predict(a.sys.qInviscid, near.q, near.sys.qInviscid, near.condition.alphaDegrees(),
        far == null ? null : far.q, far == null ? null : far.sys.qInviscid,
        far == null ? Double.NaN : far.condition.alphaDegrees(), a.condition.alphaDegrees());
  }
}
