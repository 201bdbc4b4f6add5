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
 * <p>Attempts per angle going up: the warm start in the previous angle's unknown modes (its
 * inverse nodes keep the mass defect as unknown, started at its converged μ_i, and its Newton
 * matrix, formed in those modes, with its secant updates, is the first matrix: the continuation
 * carries the whole converged state, not only the speeds); if that fails, the same start with the
 * chord rule of model ibl-9 ({@link ViscousIteration#solveChord}; at bubble angles the secant rule
 * can fail, or reach the other solution, where ibl-9 converged, docs/airfoil.md, session 29); if that
 * fails and the previous angle had inverse nodes, the all-direct warm start of model ibl-6 (the
 * previous matrix only when it has no mass-defect unknowns); the inviscid flow
 * ({@link ViscousIteration#solveFromInviscid}); direct mode ({@link ViscousIteration#solveDirect},
 * model ibl-2), whose result starts no other angle. Going back: the warm starts from above,
 * for angles with no converged result. Carrying the modes saves the direct-mode iterations and
 * mode switches with which every angle's inverse region was otherwise rebuilt from scratch
 * (docs/airfoil.md, "Solver speed (session 13)").
 *
 * <p>When both warm starts fail (the second is tried after an angle with inverse nodes), the start
 * from the inviscid flow rarely converges (1 of 23 such angles on the design-space polar set), so
 * it is put off: direct mode is tried first, and an angle still without a result after both
 * sweeps gets the start from the inviscid flow last. An
 * angle that direct mode converges then keeps that result, where the inviscid start, had it come
 * first and converged, would have given a mixed-mode one (on the polar set, the XFOIL sections and
 * the section polars of docs/scripts this happened nowhere: every point is unchanged).
 */
final class PolarSweep {
  private final PanelMethod pm;
  private final double[] response;
  private final double reynolds;
  private final SolverConfig config;
  private final int wakePanels;
  private final double wakeLength;

  /** A solved angle: its system, result and, if it may start a neighbour, its converged state. */
  static final class Angle {
    FlowCondition condition;
    CoupledSystem sys;
    AeroResult result;
    /** Converged speeds of a mixed solve, or null (not converged, or only in direct mode). */
    double[] q;
    /** The converged unknowns (μ_i at inverse nodes) and which nodes are inverse. */
    double[] x;
    boolean[] inverse;
    BroydenMatrix jacobian;
    /** Whether that matrix has mass-defect unknowns (it then fits only a start in the same modes). */
    boolean jacobianInverse;
    /** Whether the start from the inviscid flow was put off until after the sweeps. */
    boolean coldPutOff;
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
        ViscousIteration.State st = warm(iteration, a, above, twoAbove);
        if (st.converged) {
          keep(a, st, false, iteration);
        }
      }
    }
    for (Angle a : angles) {
      if (a.coldPutOff && a.result.status() == SolverStatus.NOT_CONVERGED) {
        ViscousIteration iteration = new ViscousIteration(pm, a.sys, reynolds, config);
        ViscousIteration.State st = iteration.solveFromInviscid();
        if (st.converged) {
          keep(a, st, false, iteration);
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
      st = warm(iteration, a, previous, older);
    }
    a.coldPutOff = st != null && !st.converged && anyInverse(previous.inverse);
    if ((st == null || !st.converged) && !a.coldPutOff) {
      ViscousIteration.State cold = iteration.solveFromInviscid();
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
    keep(a, st, fallback, iteration);
  }

  /**
   * The warm start from a converged neighbour: in its unknown modes with its matrix, then, if that
   * fails and it had inverse nodes, all-direct.
   */
  static ViscousIteration.State warm(ViscousIteration iteration, Angle a, Angle near, Angle far) {
    double[] start = start(a, near, far);
    ViscousIteration.State st = iteration.solve(start, near.jacobian, near.inverse, near.x);
    if (!st.converged) {
      st = iteration.solveChord(start, near.jacobian, near.inverse, near.x);
    }
    if (!st.converged && anyInverse(near.inverse)) {
      st = iteration.solve(start, near.jacobianInverse ? null : near.jacobian);
    }
    return st;
  }

  private static boolean anyInverse(boolean[] inverse) {
    for (boolean b : inverse) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Records the result; a converged mixed solve also starts neighbours (its modes are the iteration's last). */
  private void keep(Angle a, ViscousIteration.State st, boolean fallback, ViscousIteration iteration) {
    a.result = ResultAssembly.assemble(a.condition, pm, st, fallback);
    if (st.converged && !fallback) {
      a.q = st.q;
      a.x = st.x;
      a.inverse = iteration.inverseNodes();
      a.jacobian = st.jacobian;
      a.jacobianInverse = st.jacobianInverse;
    }
  }

  private static double[] start(Angle a, Angle near, Angle far) {
    return WarmStart.predict(a.sys.qInviscid, near.q, near.sys.qInviscid, near.condition.alphaDegrees(),
        far == null ? null : far.q, far == null ? null : far.sys.qInviscid,
        far == null ? Double.NaN : far.condition.alphaDegrees(), a.condition.alphaDegrees());
  }
}
