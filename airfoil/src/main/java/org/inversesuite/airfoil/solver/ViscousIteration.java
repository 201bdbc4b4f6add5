package org.inversesuite.airfoil.solver;

import java.util.Locale;

/**
 * Newton's method on the coupled viscous-inviscid system at one angle of attack (the
 * simultaneous coupling of Drela 1989, here with the integral methods of this package):
 *
 * <pre>
 *   R(q) = q − q_inv − D μ(q) = 0,      (I − D ∂μ/∂q) Δq = −R,
 * </pre>
 *
 * μ(q) being the mass defects that the boundary-layer marches produce for the edge speeds q
 * and ∂μ/∂q their Jacobian ({@link BoundaryLayerMarch}), which enters only through D ∂μ/∂q: the
 * march records its partials ({@link MarchTape}) and the product is one reverse-mode sweep
 * ({@link NewtonSystem#adjointJacobian}); forward-mode gradients with the dense product are the
 * reference ({@link #adjoint(boolean)}). Steps are limited to
 * {@link #MAX_STEP} in speed and halved (at most {@link #LINE_SEARCH} times) until the
 * residual norm falls: transition and laminar separation switch discretely between intervals,
 * and a full step can jump between those regimes. A new Jacobian costs about six marches, so the
 * factored one is kept while the residual falls, and each accepted step updates it by Broyden's
 * secant rule ({@link BroydenMatrix}); a new one is formed only when a step, after the line
 * search, did not reduce the residual, and when the unknowns change mode. The matrix and its
 * updates start the next angle of a polar. {@link #solveChord} keeps the chord rule of model ibl-9
 * (the matrix not updated, a new one whenever the residual falls by less than a factor
 * 1/{@link #CONTRACTION}), which the warm start of a polar ({@link PolarSweep}), the start from
 * the inviscid flow ({@link #solveFromInviscid}) and direct mode ({@link #solveDirect}) try when
 * the secant rule fails: near laminar bubbles the two rules reach different solutions or none. On ten-angle design-space polars the two take 1.16–1.19x less time than ibl-9 and converge
 * more points (docs/airfoil.md, "Solver speed (session 29)"). Converged when the
 * largest speed change falls below the tolerance and every residual |R_i| (in V∞) is at most
 * {@link #RESIDUAL_FACTOR} times the tolerance: the step alone stopped iterations whose residual
 * at the station ending a transition interval was still 10⁻³–10⁻¹: there the residual is not smooth
 * (the transition point moves inside the interval with the speeds), the line search cuts the step
 * {@link #LINE_SEARCH} times without the residual falling, and the cut step passes the step test
 * (on the polar set 161 of 192 such stops; the other 31 took a full step, below the tolerance
 * for a residual above the bound). A step below the tolerance with a larger residual refreshes the Newton
 * matrix and iterates on, {@link #RESIDUAL_ITERATIONS} iterations beyond the limit at most; if the
 * residual still exceeds the bound the result is not converged, naming the residual and its node.
 *
 * <p><b>Inverse mode.</b> A march with prescribed edge speed is singular at laminar separation
 * (the minimum of H*(H), Goldstein), so where a laminar layer's shape factor exceeds
 * {@link #INVERSE_H} the node's unknown becomes its mass defect μ_i and the march computes its
 * speed ({@link InverseLaminar}), as in XFOIL's inverse march (Drela 1989). With x the unknowns
 * (q_i at direct nodes, μ_i at inverse ones) the system and its Newton matrix are
 *
 * <pre>
 *   R(x) = q(x) − q_inv − D μ(x) = 0,      (∂q/∂x − D ∂μ/∂x) Δx = −R,
 * </pre>
 *
 * ∂q/∂x being the identity except at inverse nodes, where the march differentiates the computed
 * speed. Modes change only once the iterate has settled (speed change below {@link #MODE_SWITCH}),
 * keeping the state; if the inverse march has no solution along a step the solve returns to
 * direct mode.
 *
 * <p>When the transition point sits on a panel node the residual is not differentiable there
 * and Newton's method can cycle between the two neighbouring intervals, the limit cycle XFOIL
 * users know. After {@link #STALL} iterations without halving the residual the transition
 * points, and the laminar separation points, are frozen where they are (as trips) and the rest
 * converges; the result is accepted only if free transition and laminar separation,
 * re-evaluated at the converged speeds, fall within 1.5 panels of the frozen points. Laminar
 * separation bubbles make these points sensitive to the speeds (a bubble's displacement
 * changes the pressure gradient that placed it), so when the check fails the frozen points
 * are moved half-way towards the free ones and the frozen system is solved again, at most
 * {@link #RELOCATIONS} times; if the check still fails the result is not converged, with both
 * positions in the reason.
 */
final class ViscousIteration {
  static final double MAX_STEP = 0.05;
  /**
   * With the chord rule of model ibl-9 ({@link #solveChord}) the Jacobian is re-evaluated when an
   * iteration reduces the residual by less than this factor.
   */
  static final double CONTRACTION = 0.25;
  static final int LINE_SEARCH = 4;
  /** Iterations without halving the residual before the transition points are frozen. */
  static final int STALL = 6;
  /** Times the frozen points are moved towards the free ones before giving up. */
  static final int RELOCATIONS = 6;
  /** Fraction of the way to the free point that a frozen point moves per relocation. */
  static final double RELAXATION = 0.5;
  /** Laminar shape factor above which a node's unknown becomes its mass defect (inverse mode). */
  static final double INVERSE_H = 3.5;
  /** Laminar shape factor below which an inverse node returns to direct mode. */
  static final double DIRECT_H = 3.2;
  /** Largest number of unknown-mode changes in one solve. */
  static final int MODE_CHANGES = 12;
  /** Unknowns change mode only once the speeds change by less than this per iteration. */
  static final double MODE_SWITCH = 5e-3;
  /**
   * A mass-defect unknown counts as a speed of this many times its size in the step limit and the
   * convergence test: a 25 % change of μ weighs like the largest speed step {@link #MAX_STEP}.
   */
  static final double MASS_SCALE = 5;
  /**
   * The residual criterion beside the step criterion: at convergence every |R_i| (V∞) must be at most
   * this many times the step tolerance (10⁻³ with the default 5·10⁻⁵). A step below the tolerance
   * with a larger residual, found at the station that ends the transition interval
   * (docs/airfoil-validation.md, "Residual at convergence (session 13)"), is not convergence.
   */
  static final double RESIDUAL_FACTOR = 20;
  /** Iterations added once when the step has converged but the residual has not. */
  static final int RESIDUAL_ITERATIONS = 10;

  private final PanelMethod pm;
  private final CoupledSystem sys;
  private final double re;
  private final SolverConfig config;
  private final int leadingEdge;
  private final NewtonSystem newton;
  private double tripUpper;
  private double tripLower;
  private boolean free = true;
  private double separationUpper = Double.NaN;
  private double separationLower = Double.NaN;
  /** Free transition and laminar separation (x/c: upper, lower, upper, lower) of the last check. */
  private final double[] checked = new double[4];
  /** Nodes whose unknown is the mass defect μ_i (inverse mode) instead of the speed q_i. */
  private boolean[] inverseNode;
  /** The full speeds of the last march (the computed ones at inverse nodes). */
  private double[] speeds;
  private int modeChanges;
  private boolean inverseAllowed = true;
  /**
   * Whether the Newton matrix is assembled in reverse mode from a recorded march
   * ({@link MarchTape}, {@link NewtonSystem#adjointJacobian}); false: forward-mode gradients and
   * the dense product with D, the reference.
   */
  private boolean adjoint = true;
  /** The tape the marches record on, reset for each Newton matrix (whose product reads it at once). */
  private final MarchTape tape = new MarchTape();

  /** The marches at the final speeds. */
  static final class State {
    /** The full nodal speeds (at inverse nodes those the march computed). */
    double[] q;
    /** The unknowns: q_i at direct nodes, μ_i at inverse nodes. */
    double[] x;
    int stagnationPanel;
    Stations upperStations;
    Stations lowerStations;
    SideResult upper;
    SideResult lower;
    SideResult wake;
    /** The recorded derivative of the marches (reverse mode), or null. */
    MarchTape tape;
    int iterations;
    /** The last Newton matrix with its secant updates, for the next angle of a polar. */
    BroydenMatrix jacobian;
    /** Whether that Jacobian has mass-defect unknowns (then it fits only a start in the same modes). */
    boolean jacobianInverse;
    double change = Double.POSITIVE_INFINITY;
    /** Largest |R_i| (V∞) at the final iterate, where it is and whether transition was frozen. */
    double residual = Double.NaN;
    String residualWhere = "";
    boolean converged;
    String failure;
  }

  ViscousIteration(PanelMethod pm, CoupledSystem sys, double re, SolverConfig config) {
    this.pm = pm;
    this.sys = sys;
    this.re = re;
    this.config = config;
    this.leadingEdge = pm.paneled.leadingEdgeIndex();
    this.newton = new NewtonSystem(sys);
    this.tripUpper = config.forcedTransitionUpper();
    this.tripLower = config.forcedTransitionLower();
  }

  /**
   * @param start initial speeds
   * @param previous the Newton matrix of a nearby solution (the previous angle of a polar) to
   *     start with (not changed: the solve updates a copy), or null to evaluate one first
   */
  State solve(double[] start, BroydenMatrix previous) {
    return solve(start, previous, null, null);
  }

  /**
   * Starts in given unknown modes: the nodes marked in {@code modes} take their mass defects
   * μ_i = {@code unknowns[i]} as unknowns (the inverse nodes of the previous angle of a polar,
   * {@link PolarSweep}), the others the speeds of {@code start}, which also start the speeds the
   * march computes at inverse nodes. Modes change from there as in {@link #solve(double[], BroydenMatrix)}.
   *
   * @param previous a Newton matrix in these modes (not changed: the solve updates a copy), or null
   * @param modes the start's inverse nodes, or null for all-direct
   * @param unknowns the unknowns whose entries at inverse nodes are the start's mass defects
   * @return the state (not converged, with the reason, if the start cannot be marched in these modes)
   */
  State solve(double[] start, BroydenMatrix previous, boolean[] modes, double[] unknowns) {
    return solve(start, previous, modes, unknowns, true);
  }

  /**
   * The start from the inviscid flow, as a single angle and the first angle of a polar begin: with the
   * secant rule, then, if that fails, with the chord rule ({@link #solveChord}).
   */
  State solveFromInviscid() {
    State st = solve(sys.qInviscid, null);
    return st.converged ? st : solveChord(sys.qInviscid, null, null, null);
  }

  /**
   * {@link #solve(double[], BroydenMatrix, boolean[], double[])} with the chord rule of model ibl-9:
   * the matrix, {@code previous} without its updates or a new one, is not updated, and a new one is
   * formed whenever the residual falls by less than a factor 1/{@link #CONTRACTION}.
   */
  State solveChord(double[] start, BroydenMatrix previous, boolean[] modes, double[] unknowns) {
    return solve(start, previous, modes, unknowns, false);
  }

  /**
   * @param secant true: Broyden's updates, a new matrix when a step does not reduce the residual;
   *     false: the chord rule of model ibl-9
   */
  private State solve(double[] start, BroydenMatrix previous, boolean[] modes, double[] unknowns, boolean secant) {
    State st = new State();
    unfreeze();
    double[] q = start.clone();
    int n = sys.size;
    inverseNode = new boolean[n];
    speeds = start.clone();
    modeChanges = 0;
    if (modes != null) {
      for (int i = 0; i < n; i++) {
        if (modes[i]) {
          inverseNode[i] = true;
          q[i] = unknowns[i];
        }
      }
    }
    BroydenMatrix lu = previous == null ? null : secant ? previous.copy() : previous.withoutUpdates();
    st.jacobian = lu;
    st.jacobianInverse = anyInverse();
    double[] mu = new double[n];
    double[] sign = new double[n];
    double[] m = adjoint ? null : new double[n * n];
    double[] residual = new double[n];
    double[] weight = new double[n];
    // the storage of the last matrix this solve factored, overwritten by the next one (the
    // caller's previous matrix is never overwritten; a matrix is kept only by a converged solve)
    double[] own = null;
    double norm = 0;
    StagnationWatch watch = new StagnationWatch();
    boolean refresh = previous == null;
    if (!refresh) {
      if (!march(q, st, false)) {
        return st;
      }
      norm = newton.residual(st.q, st, mu, sign, null, residual);
    }
    int limit = config.maxIterations();
    int relocations = 0;
    String residualFailure = null;
    boolean extended = false;
    for (int it = 1; it <= limit; it++) {
      st.iterations = it;
      if (refresh) {
        if (!march(q, st, true) && !(anyInverse() && allDirect(q, st) && march(q, st, true))) {
          return st;
        }
        st.failure = null;
        norm = newton.residual(st.q, st, mu, sign, m, residual);
        try {
          if (adjoint) {
            own = newton.adjointJacobian(sign, st, own);
            lu = new BroydenMatrix(DenseLu.inPlace(own, n), n);
          } else {
            lu = new BroydenMatrix(new DenseLu(newton.jacobian(m, sign, st), n), n);
          }
          st.jacobian = lu;
          st.jacobianInverse = anyInverse();
        } catch (ArithmeticException e) {
          st.jacobian = null;
          st.failure = "singular Newton matrix at iteration " + it;
          return st;
        }
      }
      double[] before = secant ? residual.clone() : null;
      double[] step = residual.clone();
      lu.solveInPlace(step);
      double max = 0;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, Math.abs(step[i]) / scale(q, i));
      }
      if (!Double.isFinite(max)) {
        st.failure = "non-finite Newton step at iteration " + it;
        return st;
      }
      st.change = max;
      double lambda = Math.min(1, MAX_STEP / max);
      double[] trial = new double[n];
      double trialNorm = Double.POSITIVE_INFINITY;
      for (int search = 0; search <= LINE_SEARCH; search++) {
        for (int i = 0; i < n; i++) {
          trial[i] = q[i] + lambda * step[i];
        }
        trialNorm = march(trial, st, false) ? newton.residual(st.q, st, mu, sign, null, residual) : Double.POSITIVE_INFINITY;
        if (trialNorm <= (1 - 0.1 * lambda) * norm || search == LINE_SEARCH) {
          break;
        }
        lambda *= 0.5;
      }
      if (!Double.isFinite(trialNorm) && anyInverse() && allDirect(q, st)) {
        st.failure = null;
        refresh = true;
        watch.reset();
        continue;
      }
      if (!Double.isFinite(trialNorm)) {
        st.failure = "the boundary layer cannot be marched after Newton step " + it
            + (st.failure != null ? " (" + st.failure + ")" : "");
        return st;
      }
      q = trial;
      if (max * lambda < MODE_SWITCH && updateModes(q, st)) {
        refresh = true;
        watch.reset();
        continue;
      }
      if (max * lambda < config.tolerance()) {
        locateResidual(st, mu, sign);
        if (st.residual > residualLimit()) {
          residualFailure = String.format(Locale.ROOT, "the speed change fell below the tolerance but the residual did "
              + "not: |R| = %.1e at %s (limit %.1e)", st.residual, st.residualWhere, residualLimit());
          if (!extended) {
            limit = Math.max(limit, it + RESIDUAL_ITERATIONS);
            extended = true;
          }
          refresh = true;
          continue;
        }
        st.converged = free || transitionConsistent(q, st);
        if (st.converged || ++relocations > RELOCATIONS) {
          return st;
        }
        relocate();
        st.failure = null;
        limit = Math.max(limit, it + config.maxIterations() / 2);
        refresh = true;
        watch.reset();
        continue;
      }
      residualFailure = null;
      refresh = trialNorm > (secant ? 1 : CONTRACTION) * norm;
      if (!refresh && secant) {
        secantUpdate(lu, q, lambda, step, before, residual, weight);
      }
      norm = trialNorm;
      watch.record(norm);
      if (free && watch.stalledFor(STALL)) {
        freezeTransition(st);
        refresh = true;
        watch.reset();
      }
    }
    if (st.failure == null && residualFailure != null) {
      st.failure = residualFailure;
    }
    return st;
  }

  /**
   * Broyden's update of the Newton matrix for the step λ·step just taken, along which the
   * right-hand side went from {@code before} to {@code after}; W weighs each unknown by its scale.
   */
  private void secantUpdate(BroydenMatrix lu, double[] q, double lambda, double[] step, double[] before,
      double[] after, double[] weight) {
    int n = q.length;
    double[] s = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = lambda * step[i];
      y[i] = before[i] - after[i];
      double scale = scale(q, i);
      weight[i] = 1 / (scale * scale);
    }
    lu.update(s, y, weight);
  }

  /** @return the largest |R_i| accepted at convergence, {@link #RESIDUAL_FACTOR} times the step tolerance */
  double residualLimit() {
    return RESIDUAL_FACTOR * config.tolerance();
  }

  /**
   * Records in st the largest |R_i| of its marches (V∞) and where it is: the surface and x/c of the
   * node, and its station relative to the transition interval (the interval in which the layer turns
   * turbulent, free or frozen as a trip).
   */
  private void locateResidual(State st, double[] mu, double[] sign) {
    double[] r = new double[sys.size];
    newton.residual(st.q, st, mu, sign, null, r);
    int imax = 0;
    for (int i = 0; i < r.length; i++) {
      if (Math.abs(r[i]) > Math.abs(r[imax])) {
        imax = i;
      }
    }
    st.residual = Math.abs(r[imax]);
    st.residualWhere = imax >= sys.airfoilNodes ? "wake node " + (imax - sys.airfoilNodes + 1) : "the stagnation node";
    for (int side = 0; side < 2; side++) {
      Stations s = side == 0 ? st.upperStations : st.lowerStations;
      SideResult res = side == 0 ? st.upper : st.lower;
      for (int k = 1; k < s.index.length; k++) {
        if (s.index[k] == imax) {
          int kt = res.transitionInterval;
          String rel = kt < 1 ? "laminar to the edge" : k == kt ? "ends the transition interval"
              : String.format(Locale.ROOT, "%+d stations from the transition interval", k - kt);
          st.residualWhere = String.format(Locale.ROOT, "x/c = %.3f on the %s surface (%s, transition %s at x/c = %.3f)",
              s.x[k], side == 0 ? "upper" : "lower", rel, free ? "free" : "frozen", Math.min(transitionX(res, s), 1));
        }
      }
    }
  }

  /** Turns the current transition points into trips and freezes the laminar separation points. */
  private void freezeTransition(State st) {
    tripUpper = Math.min(tripUpper, transitionX(st.upper, st.upperStations));
    tripLower = Math.min(tripLower, transitionX(st.lower, st.lowerStations));
    separationUpper = st.upper.laminarSeparationX;
    separationLower = st.lower.laminarSeparationX;
    free = false;
  }

  /**
   * Moves the frozen transition and separation points part of the way towards where the free
   * criteria put them at the last converged speeds (a relaxed fixed-point iteration on the
   * switching points, which a separation bubble makes sensitive to the speeds). Where the free
   * criterion finds no point on the surface, a frozen point moves part of the way towards the
   * trailing edge instead of being dropped at once: a laminar layer separating just ahead of the edge
   * can flip between transition a few per cent ahead of it and none, and dropping the trip jumped
   * across the consistent point in between (docs/airfoil-validation.md, session 13).
   */
  private void relocate() {
    tripUpper = Math.min(config.forcedTransitionUpper(), towards(tripUpper, checked[0]));
    tripLower = Math.min(config.forcedTransitionLower(), towards(tripLower, checked[1]));
    separationUpper = towards(separationUpper, checked[2]);
    separationLower = towards(separationLower, checked[3]);
  }

  private static double towards(double frozen, double free) {
    if (frozen >= 1) {
      return free;
    }
    return frozen + RELAXATION * (Math.min(free, 1) - frozen);
  }

  private void unfreeze() {
    free = true;
    tripUpper = config.forcedTransitionUpper();
    tripLower = config.forcedTransitionLower();
    separationUpper = Double.NaN;
    separationLower = Double.NaN;
  }

  private static double transitionX(SideResult r, Stations s) {
    int k = r.transitionInterval;
    return k < 1 ? 2.0 : s.x[k - 1] + r.transitionFraction * (s.x[k] - s.x[k - 1]);
  }

  /**
   * After freezing: do free transition and laminar separation at the final speeds stay within a
   * panel of the frozen points?
   */
  private boolean transitionConsistent(double[] q, State st) {
    double frozenUpper = tripUpper;
    double frozenLower = tripLower;
    double frozenSepUpper = separationUpper;
    double frozenSepLower = separationLower;
    unfreeze();
    State check = new State();
    boolean marched = march(q, check, false);
    if (marched) {
      checked[0] = transitionX(check.upper, check.upperStations);
      checked[1] = transitionX(check.lower, check.lowerStations);
      checked[2] = check.upper.laminarSeparationX;
      checked[3] = check.lower.laminarSeparationX;
    }
    boolean ok = marched
        && near(transitionX(check.upper, check.upperStations), frozenUpper, check.upperStations)
        && near(transitionX(check.lower, check.lowerStations), frozenLower, check.lowerStations)
        && near(separatedFrom(check.upper, check.upperStations), Math.min(frozenSepUpper, frozenUpper), check.upperStations)
        && near(separatedFrom(check.lower, check.lowerStations), Math.min(frozenSepLower, frozenLower), check.lowerStations);
    if (!ok) {
      st.failure = String.format(Locale.ROOT, "transition oscillates between panels (frozen at x/c = %.3f / %.3f, "
          + "free transition at %.3f / %.3f; laminar separation frozen at %.3f / %.3f, free at %.3f / %.3f)",
          frozenUpper, frozenLower,
          transitionX(check.upper, check.upperStations), transitionX(check.lower, check.lowerStations),
          frozenSepUpper, frozenSepLower, check.upper.laminarSeparationX, check.lower.laminarSeparationX);
    }
    tripUpper = frozenUpper;
    tripLower = frozenLower;
    separationUpper = frozenSepUpper;
    separationLower = frozenSepLower;
    free = false;
    march(q, st, false);
    return ok;
  }

  /** @return where the laminar layer separates, or its transition point if it does not separate before */
  private static double separatedFrom(SideResult r, Stations s) {
    return Math.min(r.laminarSeparationX, transitionX(r, s));
  }

  /**
   * Whether a free and a frozen point lie within 1.5 panels of each other, a point beyond the
   * trailing edge (none on the surface) counting as at the edge: a trip in the last panels and no
   * transition are the same solution at this resolution.
   */
  private static boolean near(double free, double frozen, Stations s) {
    if (frozen >= 1 && free >= 1) {
      return true;
    }
    free = Math.min(free, 1);
    frozen = Math.min(frozen, 1);
    double panel = 0;
    for (int k = 1; k < s.x.length; k++) {
      if ((s.x[k - 1] - frozen) * (s.x[k] - frozen) <= 0) {
        panel = Math.max(panel, Math.abs(s.x[k] - s.x[k - 1]));
      }
    }
    return Math.abs(free - frozen) <= 1.5 * Math.max(panel, 1e-3);
  }

  /**
   * Solves with speeds as the only unknowns (no inverse mode) and Head's shape factor capped at
   * {@link HeadEntrainment#DIRECT_MAX_H}: the model before inverse mode (MODEL_VERSION ibl-2),
   * past laminar separation the prescribed growth of {@link SeparatedLaminar}. The polar's last
   * resort when the mixed solve does not converge; with the secant rule, then with the chord rule
   * ({@link #solveChord}).
   */
  State solveDirect(double[] start) {
    inverseAllowed = false;
    try {
      State st = solve(start, null);
      return st.converged ? st : solveChord(start, null, null, null);
    } finally {
      inverseAllowed = true;
    }
  }

  /** @return which nodes had the mass defect as unknown at the end of the last solve */
  boolean[] inverseNodes() {
    return inverseNode.clone();
  }

  /**
   * The marches at unknowns x with the given unknown modes, speeds q (the starting values of
   * the computed ones) and the transition points of the last solve (free or frozen there): the
   * function whose Jacobian the Newton iteration uses.
   *
   * @return the state, or null if it cannot be marched
   */
  /** @return this iteration with the forward-mode Newton matrix (adjoint false), the reference */
  ViscousIteration adjoint(boolean adjoint) {
    this.adjoint = adjoint;
    return this;
  }

  State marchAt(double[] x, boolean[] inverse, double[] q, boolean jacobian) {
    inverseNode = inverse.clone();
    speeds = q.clone();
    State st = new State();
    return march(x, st, jacobian) ? st : null;
  }

  /** Scale of unknown i in speed units: 1 for a speed, {@link #MASS_SCALE} |μ_i| for a mass defect. */
  /**
   * The fallback when the inverse march has no solution along the Newton step: every unknown
   * returns to the speed at the last accepted iterate x, and the modes stay direct for the rest
   * of this solve (the separated laminar layer then takes XFOIL's prescribed growth,
   * {@link SeparatedLaminar}).
   *
   * @return false when x itself cannot be marched
   */
  private boolean allDirect(double[] x, State st) {
    if (!march(x, st, false)) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (inverseNode[i]) {
        inverseNode[i] = false;
        x[i] = st.q[i];
      }
    }
    modeChanges = MODE_CHANGES;
    return true;
  }

  private boolean anyInverse() {
    for (boolean b : inverseNode) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  private double scale(double[] x, int i) {
    return inverseNode[i] ? MASS_SCALE * Math.max(Math.abs(x[i]), 1e-6) : 1;
  }

  /**
   * Chooses the unknown of every surface node from the march at x (the switch of XFOIL's march
   * to inverse mode, Drela 1989): the mass defect where the layer is laminar and its shape factor
   * exceeds {@link #INVERSE_H} (kept down to {@link #DIRECT_H}), the speed elsewhere. Changed
   * unknowns take their current values, so the state is unchanged. Only with the two-equation
   * laminar model, while transition is free, at most {@link #MODE_CHANGES} times per solve.
   *
   * @return whether any unknown changed
   */
  private boolean updateModes(double[] x, State st) {
    if (config.laminarModel() != LaminarModel.TWO_EQUATION || !inverseAllowed || !free || modeChanges >= MODE_CHANGES) {
      return false;
    }
    boolean changed = modes(x, st, st.upper, st.upperStations, -1);
    changed |= modes(x, st, st.lower, st.lowerStations, 1);
    if (changed) {
      modeChanges++;
    }
    return changed;
  }

  private boolean modes(double[] x, State st, SideResult r, Stations s, double sign) {
    boolean changed = false;
    for (int k = 2; k < s.index.length; k++) {
      int i = s.index[k];
      boolean want = !r.turbulent[k] && (r.h[k] > INVERSE_H || inverseNode[i] && r.h[k] > DIRECT_H);
      if (want != inverseNode[i]) {
        inverseNode[i] = want;
        x[i] = want ? sign * r.mass[k] : st.q[i];
        changed = true;
      }
    }
    return changed;
  }

  /** Marches the three boundary layers at unknowns x; false (with a reason) if impossible. */
  private boolean march(double[] x, State st, boolean jacobian) {
    st.x = x.clone();
    double[] q = x.clone();
    for (int i = 0; i < q.length; i++) {
      if (inverseNode[i]) {
        q[i] = speeds[i];
      }
    }
    st.q = q;
    int nodes = sys.airfoilNodes;
    int ks = Stations.stagnationPanel(q, nodes, leadingEdge);
    if (ks < 0) {
      st.failure = "no stagnation point: the surface speed does not change sign near the leading edge";
      return false;
    }
    st.stagnationPanel = ks;
    st.tape = jacobian && adjoint ? tape.reset() : null;
    BoundaryLayerMarch bl = (jacobian ? (adjoint ? BoundaryLayerMarch.withTape(re, config, sys.size, st.tape)
        : BoundaryLayerMarch.withJacobian(re, config, sys.size))
        : BoundaryLayerMarch.valuesOnly(re, config, sys.size)).headCap(inverseAllowed ? HeadEntrainment.MAX_H : HeadEntrainment.DIRECT_MAX_H);
    st.upperStations = Stations.upper(pm.geometry, q, ks);
    st.lowerStations = Stations.lower(pm.geometry, q, ks);
    if (!inverseMasses(st.upperStations, x, -1) || !inverseMasses(st.lowerStations, x, 1)) {
      st.failure = "negative mass defect at an inverse boundary-layer station";
      return false;
    }
    st.upper = bl.surface(st.upperStations, tripUpper, free, separationUpper);
    st.lower = bl.surface(st.lowerStations, tripLower, free, separationLower);
    if (!finite(st.upper) || !finite(st.lower)) {
      st.failure = "the inverse boundary-layer march found no edge speed for a given mass defect";
      return false;
    }
    computedSpeeds(st.upperStations, q, -1);
    computedSpeeds(st.lowerStations, q, 1);
    st.wake = bl.wake(Stations.wake(sys.wake.panels, q, nodes), st.upper, st.lower, 0, nodes - 1, sys.gap);
    for (SideResult r : new SideResult[] {st.upper, st.lower, st.wake}) {
      for (double v : r.mass) {
        if (!Double.isFinite(v)) {
          st.failure = "non-finite boundary-layer state";
          return false;
        }
      }
    }
    speeds = q.clone();
    return true;
  }

  private static boolean finite(SideResult r) {
    for (double v : r.mass) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** Marks the inverse stations of a surface and gives them their mass defects m = sign · x. */
  private boolean inverseMasses(Stations s, double[] x, double sign) {
    s.inverse = new boolean[s.index.length];
    s.mass = new double[s.index.length];
    for (int k = 2; k < s.index.length; k++) {
      int i = s.index[k];
      if (inverseNode[i]) {
        s.inverse[k] = true;
        s.mass[k] = sign * x[i];
        if (!(s.mass[k] > 0)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Copies the speeds the march computed at inverse stations into the nodal speeds q. */
  private void computedSpeeds(Stations s, double[] q, double sign) {
    for (int k = 2; k < s.index.length; k++) {
      if (s.inverse[k]) {
        q[s.index[k]] = sign * s.u[k];
      }
    }
  }
}
