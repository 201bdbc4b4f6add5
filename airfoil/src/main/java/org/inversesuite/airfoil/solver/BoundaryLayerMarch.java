package org.inversesuite.airfoil.solver;

/**
 * Marches the integral boundary layer along a sequence of stations and differentiates the
 * result: every interval is a function x_k = F(x_{k−1}, U_{k−2}, …, U_{k+1}) ({@link StationStep});
 * its partial derivatives are taken by forward differences and chained downstream (forward-mode
 * differentiation), giving to O(ε) the Jacobian ∂m/∂U_e of the mass defects that the Newton
 * iteration of the coupled system needs (the dependence on the stagnation-point position is left
 * out). The kind of every interval (laminar, transition, turbulent) is decided on the nominal
 * march and kept for the differences. Alternatively ({@link #withTape}) the same partials are
 * recorded instead of chained, for a reverse-mode product with them ({@link MarchTape}).
 *
 * <p>With the two-equation laminar model a laminar layer that separates (C_f = 0) stays laminar
 * and is marched on by {@link SeparatedLaminar} until the e^N criterion (or a trip) makes it
 * turbulent: the laminar separation bubble, or laminar separation to the trailing edge. With
 * Thwaites' method laminar separation ends the laminar layer (transition there).
 *
 * <p>Turbulent separation is reported where H reaches {@link HeadEntrainment#SEPARATION_H} after
 * the layer has relaxed from its transitional shape factor, or at transition when it never
 * relaxes (a bursting bubble).
 */
final class BoundaryLayerMarch {
  private static final double EPS = 1e-6;
  private static final int STATE = 3;
  /**
   * Largest Runge–Kutta step of Head's equations, in momentum thicknesses. The stiffest rate of
   * the system is the entrainment's relaxation λ = F'(H₁)/θ, largest just below the shape-factor
   * cap: |λ|θ = 0.0306 · 0.6169 (H₁ − 3)^(−1.6169) = 0.126 at H = 6 (0.05 at H = 2.5), so 16 θ
   * keeps h|λ| ≤ 2.0, inside classical RK4's real stability interval (2.785). It was 6 θ before
   * session 10; 16 θ moves C_d by about 0.2 % (docs/airfoil-validation.md).
   */
  static final double TURBULENT_STEP = 16;
  private static final int INPUTS = 7;
  private static final int OUTPUTS = 6;

  private final double re;
  private final SolverConfig config;
  private final int unknowns;
  private final boolean jacobian;
  private double headMaxH = HeadEntrainment.MAX_H;
  /**
   * Whether direct two-equation laminar intervals are differentiated analytically
   * ({@link StationStep#laminarPartials}); false: by forward differences like every other kind,
   * the reference the analytic partials are tested against.
   */
  private boolean analyticLaminar = true;
  /** Gradients of the two trailing-edge speeds where they are computed (inverse stations), else null. */
  private double[][] teSpeedGradient = new double[2][];
  /**
   * Where the chained gradients are recorded as a linear graph instead of carried as vectors
   * (reverse mode, {@link MarchTape}); null: forward mode, the reference.
   */
  private MarchTape tape;
  /** Tape ids of the two trailing-edge speeds where they are computed, else {@link SideResult#NOT_COMPUTED}. */
  private int[] teSpeedId = {SideResult.NOT_COMPUTED, SideResult.NOT_COMPUTED};
  /** The criteria in declaration order ({@code values()} copies its array at every call). */
  private static final StationStep.Criterion[] CRITERIA = StationStep.Criterion.values();
  // Scratch of {@link #differentiate} and {@link #record}, once per march instead of once per
  // station: they were a sixth of the solver's allocation (JFR, docs/airfoil.md, session 26).
  // Every entry read is written first in the same call, as with fresh arrays.
  private final double[] nominal = new double[OUTPUTS];
  private final double[] perturbed = new double[OUTPUTS];
  private final double[][] partial = new double[INPUTS][];
  private final double[][] differenced = new double[INPUTS][OUTPUTS];
  /** Rows 3 and 6 (U_{k−2}, U_{k+1}) are never written and stay zero, as in a fresh array. */
  private final double[][] analytic = new double[INPUTS][OUTPUTS];
  private final int[] nextId = new int[OUTPUTS];

  private BoundaryLayerMarch(double re, SolverConfig config, int unknowns, boolean jacobian) {
    this.re = re;
    this.config = config;
    this.unknowns = unknowns;
    this.jacobian = jacobian;
  }

  /** A march that also returns ∂m/∂U (about eight interval evaluations per station). */
  static BoundaryLayerMarch withJacobian(double re, SolverConfig config, int unknowns) {
    return new BoundaryLayerMarch(re, config, unknowns, true);
  }

  /** @return this march with Head's shape factor capped at maxH instead of {@link HeadEntrainment#MAX_H} */
  BoundaryLayerMarch headCap(double maxH) {
    headMaxH = maxH;
    return this;
  }

  /** @return this march with the laminar intervals differenced instead (the reference of the analytic partials) */
  BoundaryLayerMarch finiteDifferenceLaminar() {
    analyticLaminar = false;
    return this;
  }

  /**
   * A march that records its derivative on {@code tape} ({@link SideResult#massId} and friends)
   * instead of carrying the gradients: the same partials, chained in reverse later.
   */
  static BoundaryLayerMarch withTape(double re, SolverConfig config, int unknowns, MarchTape tape) {
    BoundaryLayerMarch march = new BoundaryLayerMarch(re, config, unknowns, true);
    march.tape = tape;
    return march;
  }

  /** A march of the values only (gradients left null). */
  static BoundaryLayerMarch valuesOnly(double re, SolverConfig config, int unknowns) {
    return new BoundaryLayerMarch(re, config, unknowns, false);
  }

  /**
   * A surface from the stagnation point (station 0, U = 0) to the trailing edge.
   *
   * @param st stations: arc length from the stagnation point, speeds, unknown indices (−1 at
   *     the stagnation point), chordwise positions
   * @param forcedX x/c of a trip (≥ 1: none)
   * @param free whether the free-transition criteria (amplification or Michel, laminar
   *     separation) apply; false when the transition point is frozen at the trip
   * @param separationX x/c where a laminar layer separates when frozen (NaN: where C_f = 0;
   *     ≥ 1: nowhere)
   */
  SideResult surface(Stations st, double forcedX, boolean free, double separationX) {
    double[] s = st.s;
    double[] u = st.u;
    StationStep step = new StationStep(re, config.criticalAmplification(), config.laminarModel(), s, st.x, forcedX,
        separationX);
    step.headCap(headMaxH);
    step.entrainmentLag(config.turbulentModel() == TurbulentModel.HEAD_LAGGED);
    SideResult r = new SideResult(s.length);
    double[] state = new double[STATE];
    double[][] grad = newGradient();
    int[] gradId = {MarchTape.ZERO, MarchTape.ZERO, MarchTape.ZERO};
    r.h[0] = config.laminarModel() == LaminarModel.THWAITES ? Thwaites.shapeFactor(0.075) : LaminarTwoEquation.STAGNATION_H;
    boolean turbulent = false;
    boolean relaxed = false;
    boolean bubbles = config.laminarModel() == LaminarModel.TWO_EQUATION;
    boolean separated = false;
    double[] in = new double[INPUTS];
    double[] out = new double[OUTPUTS];
    for (int k = 1; k < s.length; k++) {
      fill(in, state, u, k);
      double ds = s[k] - s[k - 1];
      StationStep.Kind kind = StationStep.Kind.TURBULENT;
      StationStep.Criterion criterion = null;
      int substeps;
      if (k >= 2 && st.inverse != null && st.inverse[k]) {
        in[5] = st.mass[k];
        step.inverseGuess = u[k];
        if (turbulent) {
          kind = StationStep.Kind.INVERSE_DIRECT;
          step.inverseOf = StationStep.Kind.TURBULENT;
          substeps = turbulentSubsteps(ds, state[0]);
          step.evaluate(k, kind, null, substeps, in, out);
        } else {
          substeps = 1;
          kind = StationStep.Kind.INVERSE;
          step.evaluate(k, kind, null, substeps, in, out);
          criterion = Double.isFinite(out[5]) ? transition(step, k, in, out, free, false) : null;
          if (criterion == null && Double.isFinite(out[5])) {
            step.laminarEnds(k, in, out);
            boolean sep = step.lam.separationParameter < 0;
            if (sep && r.laminarSeparationX > 1) {
              double f = StationStep.fraction(-step.prev.separationParameter, -step.lam.separationParameter);
              r.laminarSeparationX = st.x[k - 1] + f * (st.x[k] - st.x[k - 1]);
            }
            separated = sep;
            r.h[k] = step.lam.h;
            r.cf[k] = step.lam.cf;
            r.amplification[k] = step.lam.amplification;
          } else if (criterion != null) {
            kind = StationStep.Kind.INVERSE_DIRECT;
            substeps = turbulentSubsteps(ds, out[3]);
            double[] atSpeed = in.clone();
            atSpeed[5] = out[5];
            double[] lam = new double[OUTPUTS];
            step.evaluate(k, separated ? StationStep.Kind.SEPARATED_LAMINAR : StationStep.Kind.LAMINAR, null, 1, atSpeed, lam);
            r.transitionInterval = k;
            r.transitionCriterion = criterion;
            r.transitionFraction = step.transitionFraction(criterion, k, atSpeed, lam);
            step.inverseOf = separated ? StationStep.Kind.SEPARATED_TRANSITION : StationStep.Kind.TRANSITION;
            step.inverseGuess = out[5];
            step.evaluate(k, kind, criterion, substeps, in, out);
            r.amplification[k] = config.criticalAmplification();
            turbulent = true;
          }
        }
        if (!Double.isFinite(out[5])) {
          r.mass[k] = Double.NaN;
          return r;
        }
        u[k] = out[5];
        if (turbulent) {
          relaxed = turbulentValues(r, k, u[k], out, relaxed);
        }
        r.turbulent[k] = turbulent;
        differentiate(step, k, kind, criterion, substeps, in, out, st.index, grad, gradId, r, -1, -1);
        System.arraycopy(out, 0, state, 0, STATE);
        continue;
      }
      if (!turbulent) {
        substeps = 1;
        StationStep.Kind laminar = separated ? StationStep.Kind.SEPARATED_LAMINAR : StationStep.Kind.LAMINAR;
        step.evaluate(k, laminar, null, substeps, in, out);
        criterion = transition(step, k, in, out, free, !bubbles);
        if (criterion != null) {
          kind = separated ? StationStep.Kind.SEPARATED_TRANSITION : StationStep.Kind.TRANSITION;
          substeps = Math.max(substeps, turbulentSubsteps(ds, out[3]));
        } else {
          kind = laminar;
        }
      } else {
        substeps = turbulentSubsteps(ds, state[0]);
      }
      if (kind.transition() || kind == StationStep.Kind.TURBULENT) {
        // a laminar interval without transition is already in out (the evaluation above)
        step.evaluate(k, kind, criterion, substeps, in, out);
      }
      if (kind == StationStep.Kind.LAMINAR && bubbles && k > 1) {
        step.laminarEnds(k, in, out);
        if (step.separationMargin(k, step.lam) >= 0) {
          kind = StationStep.Kind.SEPARATION;
          separated = true;
          r.laminarSeparationX = st.x[k - 1] + fractionOf(step, k, in, out) * (st.x[k] - st.x[k - 1]);
          step.evaluate(k, kind, null, substeps, in, out);
        }
      }
      if (!kind.transition() && kind != StationStep.Kind.TURBULENT) {
        step.laminarEnds(k, in, out);
        r.h[k] = step.lam.h;
        r.cf[k] = step.lam.cf;
        r.amplification[k] = step.lam.amplification;
      } else {
        if (kind.transition()) {
          r.transitionInterval = k;
          r.transitionCriterion = criterion;
          double[] lam = new double[OUTPUTS];
          StationStep.Kind laminar = separated ? StationStep.Kind.SEPARATED_LAMINAR : StationStep.Kind.LAMINAR;
          step.evaluate(k, laminar, null, substeps, in, lam);
          r.transitionFraction = step.transitionFraction(criterion, k, in, lam);
          step.evaluate(k, kind, criterion, substeps, in, out);
          r.amplification[k] = config.criticalAmplification();
        }
        turbulent = true;
        relaxed = turbulentValues(r, k, u[k], out, relaxed);
      }
      r.turbulent[k] = turbulent;
      differentiate(step, k, kind, criterion, substeps, in, out, st.index, grad, gradId, r, -1, -1);
      System.arraycopy(out, 0, state, 0, STATE);
    }
    if (turbulent && !relaxed) {
      r.separation = r.transitionInterval;
    }
    return r;
  }

  /**
   * The wake, starting from the sum of the trailing-edge thicknesses of both surfaces.
   *
   * @param st wake stations (station 0 at the trailing edge, speed the mean of the two
   *     trailing-edge speeds, unknowns upperTe and lowerTe)
   * @param gap dead-air gap per wake station, added to the displacement (not to the layer)
   */
  SideResult wake(Stations st, SideResult upper, SideResult lower, int upperTe, int lowerTe, double[] gap) {
    double[] s = st.s;
    StationStep step = new StationStep(re, config.criticalAmplification(), config.laminarModel(), s, st.x, 2.0,
        Double.NaN);
    step.headCap(headMaxH);
    SideResult r = new SideResult(s.length);
    int a = upper.last();
    int b = lower.last();
    teSpeedGradient = new double[][] {upper.speedGradient[a], lower.speedGradient[b]};
    teSpeedId = new int[] {upper.speedId[a], lower.speedId[b]};
    double theta = upper.theta[a] + lower.theta[b];
    double dstar = upper.dstar[a] + lower.dstar[b];
    double h = dstar / theta;
    double h1 = HeadEntrainment.h1(h, headMaxH);
    double dh1 = (HeadEntrainment.h1(h * (1 + EPS), headMaxH) - h1) / (h * EPS);
    double[][] grad = newGradient();
    int[] gradId = {MarchTape.ZERO, MarchTape.ZERO, MarchTape.ZERO};
    if (tape != null) {
      tape.begin();
      tape.term(upper.thetaEndId, 1);
      tape.term(lower.thetaEndId, 1);
      gradId[0] = tape.end();
      tape.begin();
      tape.term(upper.thetaEndId, h1 - dh1 * h);
      tape.term(lower.thetaEndId, h1 - dh1 * h);
      tape.term(upper.dstarEndId, dh1);
      tape.term(lower.dstarEndId, dh1);
      gradId[1] = tape.end();
    }
    for (int i = 0; jacobian && tape == null && i < unknowns; i++) {
      double dt = upper.thetaGradientEnd[i] + lower.thetaGradientEnd[i];
      double dd = upper.dstarGradientEnd[i] + lower.dstarGradientEnd[i];
      grad[0][i] = dt;
      grad[1][i] = h1 * dt + dh1 * (dd - h * dt);
    }
    r.theta[0] = theta;
    r.dstar[0] = dstar;
    r.h[0] = h;
    r.turbulent[0] = true;
    double[] state = {theta, theta * h1, 0};
    double[] in = new double[INPUTS];
    double[] out = new double[OUTPUTS];
    for (int k = 1; k < s.length; k++) {
      fill(in, state, st.u, k);
      int substeps = turbulentSubsteps(s[k] - s[k - 1], state[0]);
      step.evaluate(k, StationStep.Kind.WAKE, null, substeps, in, out);
      r.h[k] = out[4] / out[3];
      r.turbulent[k] = true;
      differentiate(step, k, StationStep.Kind.WAKE, null, substeps, in, out, st.index, grad, gradId, r, upperTe,
          lowerTe);
      System.arraycopy(out, 0, state, 0, STATE);
      r.mass[k] += st.u[k] * gap[k];
      if (tape != null) {
        tape.begin();
        tape.term(r.massId[k], 1);
        tape.unit(st.index[k], gap[k]);
        r.massId[k] = tape.end();
      } else if (jacobian) {
        r.massGradient[k][st.index[k]] += gap[k];
      }
    }
    return r;
  }

  /**
   * Records H and C_f of a turbulent station and where the layer separates (H ≥
   * {@link HeadEntrainment#SEPARATION_H} after it has relaxed below it).
   *
   * @return whether the layer has relaxed by station k
   */
  private boolean turbulentValues(SideResult r, int k, double uk, double[] out, boolean relaxed) {
    r.h[k] = out[4] / out[3];
    r.cf[k] = HeadEntrainment.skinFriction(r.h[k], Math.max(uk, StationStep.MIN_U) * out[3] * re);
    if (r.h[k] < HeadEntrainment.SEPARATION_H) {
      return true;
    }
    if (relaxed && r.separation < 0) {
      r.separation = k;
    }
    return relaxed;
  }

  private static double fractionOf(StationStep step, int k, double[] in, double[] out) {
    step.laminarEnds(k, in, out);
    return StationStep.fraction(step.separationMargin(k - 1, step.prev), step.separationMargin(k, step.lam));
  }

  /**
   * Runge–Kutta steps of a turbulent or wake interval: steps of at most {@link #TURBULENT_STEP}
   * momentum thicknesses (at the interval's start), at most 40.
   */
  static int turbulentSubsteps(double ds, double theta) {
    return (int) Math.min(40, Math.max(1, Math.ceil(ds / (TURBULENT_STEP * Math.max(theta, 1e-9)))));
  }

  private double[][] newGradient() {
    double[][] g = new double[STATE][];
    for (int c = 0; c < STATE; c++) {
      g[c] = jacobian && tape == null ? new double[unknowns] : null;
    }
    return g;
  }

  private static void fill(double[] in, double[] state, double[] u, int k) {
    System.arraycopy(state, 0, in, 0, STATE);
    in[3] = k >= 2 ? u[k - 2] : 0;
    in[4] = u[k - 1];
    in[5] = u[k];
    in[6] = k + 1 < u.length ? u[k + 1] : 0;
  }

  /** @return the criterion that triggers transition first in interval k, or null */
  private StationStep.Criterion transition(StationStep step, int k, double[] in, double[] laminarOut, boolean free,
      boolean separationTransition) {
    StationStep.Criterion best = null;
    double bestF = 2;
    for (StationStep.Criterion c : CRITERIA) {
      if (!free && c != StationStep.Criterion.FORCED
          || c == StationStep.Criterion.AMPLIFICATION && config.transitionModel() != TransitionModel.ENVELOPE_EN
          || c == StationStep.Criterion.MICHEL && config.transitionModel() != TransitionModel.MICHEL
          || c == StationStep.Criterion.LAMINAR_SEPARATION && !separationTransition) {
        continue;
      }
      step.laminarEnds(k, in, laminarOut);
      if (step.margin(c, k, step.lam) >= 0) {
        double f = step.transitionFraction(c, k, in, laminarOut);
        if (f < bestF) {
          bestF = f;
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Partial derivatives of interval k, chained into the gradients: analytic for a direct
   * two-equation laminar interval whose step converged smoothly, else by forward differences.
   */
  private void differentiate(StationStep step, int k, StationStep.Kind kind, StationStep.Criterion criterion,
      int substeps, double[] in, double[] out, int[] index, double[][] grad, int[] gradId, SideResult r, int upperTe,
      int lowerTe) {
    if (!jacobian) {
      r.theta[k] = out[3];
      r.dstar[k] = out[4];
      r.speed[k] = out[5];
      r.mass[k] = kind.inverse() ? in[5] : in[5] * out[4];
      return;
    }
    double[] nominal = this.nominal;
    System.arraycopy(out, 0, nominal, 0, OUTPUTS);
    double[][] partial = this.partial;
    java.util.Arrays.fill(partial, null);
    double[] pert = perturbed;
    boolean stencil = kind != StationStep.Kind.TURBULENT && kind != StationStep.Kind.WAKE
        && config.laminarModel() == LaminarModel.THWAITES;
    boolean surface = upperTe < 0;
    // Head's turbulent layer (and the wake) carries no amplification: the interval does not read
    // in[2], so its partials would be exact zeros; not evaluated (the lagged layer carries E there)
    boolean amplification = kind != StationStep.Kind.TURBULENT && kind != StationStep.Kind.WAKE
        || kind == StationStep.Kind.TURBULENT && config.turbulentModel() == TurbulentModel.HEAD_LAGGED;
    double[][] analytic = null;
    if (analyticLaminar && kind == StationStep.Kind.LAMINAR && k >= 2) {
      analytic = this.analytic;
      if (!step.laminarPartials(k, in, nominal, analytic)) {
        analytic = null;
      }
    }
    for (int v = 0; v < INPUTS; v++) {
      int station = k - 5 + v;
      boolean used = v < STATE ? !(surface && k == 1) && (v != 2 || amplification) : v == 4 || v == 5 || stencil && (v == 3 && k >= 2 || v == 6 && k + 1 < index.length);
      if (!used || v >= STATE && index[station] < 0 && !(station == 0 && !surface)) {
        continue;
      }
      if (analytic != null) {
        partial[v] = analytic[v];
        continue;
      }
      double keep = in[v];
      double h = v < STATE || v == 5 && kind.inverse()
          ? EPS * Math.max(Math.abs(keep), 1e-9) + (Math.abs(keep) < 1e-9 ? EPS : 0) : EPS;
      in[v] = keep + h;
      step.evaluate(k, kind, criterion, substeps, in, pert);
      in[v] = keep;
      partial[v] = differenced[v];
      for (int o = 0; o < OUTPUTS; o++) {
        partial[v][o] = (pert[o] - nominal[o]) / h;
      }
    }
    if (tape != null) {
      record(partial, nominal, kind.inverse(), k, index, gradId, r, upperTe, lowerTe);
    } else {
      chain(partial, nominal, kind.inverse(), k, index, grad, r, upperTe, lowerTe);
    }
    System.arraycopy(nominal, 0, out, 0, OUTPUTS);
  }

  /**
   * grad_k = ∂F/∂x · grad_{k−1} + Σ ∂F/∂v_t ∂v_t/∂(unknowns); records θ, δ*, m, U and their
   * gradients at station k. The inputs v_t are the unknown speeds U_t, or at inverse stations the
   * unknown mass defect m_k (input 5) and the computed speed U_{k−1} (input 4, through its gradient).
   */
  /**
   * next[o] += ∂out_o/∂state_v · grad_v over the entries where grad_v ≠ 0, one output at a time
   * over the non-zero range of grad_v. Each entry of next receives the same products in the same
   * order of v as the entry-by-entry loop with its zero test: with finite partials a skipped zero
   * entry only adds ±0 to an entry that is never −0 (it starts at +0), so the sums are identical
   * bit for bit; with a non-finite partial the zero test is kept. Outputs whose array is null are
   * not needed and skipped.
   */
  static void chainState(double[] partial, double[] src, double[][] next, int unknowns) {
    int lo = 0;
    while (lo < unknowns && src[lo] == 0) {
      lo++;
    }
    int hi = unknowns - 1;
    while (hi >= lo && src[hi] == 0) {
      hi--;
    }
    for (int o = 0; o < next.length; o++) {
      double p = partial[o];
      double[] dst = next[o];
      if (dst == null) {
        continue;
      }
      if (Double.isFinite(p)) {
        for (int i = lo; i <= hi; i++) {
          dst[i] += p * src[i];
        }
      } else {
        for (int i = lo; i <= hi; i++) {
          if (src[i] != 0) {
            dst[i] += p * src[i];
          }
        }
      }
    }
  }

  private void chain(double[][] partial, double[] nominal, boolean inverse, int k, int[] index, double[][] grad,
      SideResult r, int upperTe, int lowerTe) {
    // only the outputs used below are chained (each output's sums are independent of the others):
    // the state always, θ at the last station, δ* where the speed is given, U where it is computed
    boolean last = k == r.last();
    double[][] next = new double[OUTPUTS][];
    for (int o = 0; o < OUTPUTS; o++) {
      boolean needed = o < STATE || o == 3 && last || o == 4 && !inverse || o == 5 && inverse;
      next[o] = needed ? new double[unknowns] : null;
    }
    for (int v = 0; v < STATE; v++) {
      if (partial[v] != null) {
        chainState(partial[v], grad[v], next, unknowns);
      }
    }
    for (int v = STATE; v < INPUTS; v++) {
      if (partial[v] == null) {
        continue;
      }
      int station = k - 5 + v;
      if (station == 0 && upperTe >= 0) {
        addSpeed(next, partial[v], 0.5, upperTe, teSpeedGradient[0]);
        addSpeed(next, partial[v], 0.5, lowerTe, teSpeedGradient[1]);
      } else {
        double[] g = v == 5 || upperTe >= 0 ? null : r.speedGradient[station];
        addSpeed(next, partial[v], 1, index[station], g);
      }
    }
    System.arraycopy(next, 0, grad, 0, STATE);
    double uk = nominal[5];
    double[] gu = next[5];
    if (!inverse) {
      gu = new double[unknowns];
      gu[index[k]] = 1;
    }
    r.theta[k] = nominal[3];
    r.dstar[k] = nominal[4];
    r.speed[k] = uk;
    double[] gm;
    if (inverse) {
      r.mass[k] = uk * nominal[4];
      gm = new double[unknowns];
      gm[index[k]] = 1;
      r.speedGradient[k] = gu;
    } else {
      r.mass[k] = uk * nominal[4];
      gm = next[4];
      for (int i = 0; i < unknowns; i++) {
        gm[i] *= uk;
      }
      gm[index[k]] += nominal[4];
    }
    r.massGradient[k] = gm;
    if (last) {
      r.thetaGradientEnd = next[3];
      double[] gd = new double[unknowns];
      for (int i = 0; i < unknowns; i++) {
        gd[i] = (gm[i] - nominal[4] * gu[i]) / uk;
      }
      r.dstarGradientEnd = gd;
    }
  }

  /**
   * The reverse-mode counterpart of {@link #chain}: records each needed output of interval k as
   * a vector on the tape, v_o = Σ_v ∂F_o/∂x_v · state_v + Σ_t ∂F_o/∂U_t · (e_unknown or the
   * computed speed's vector), and the same derived quantities (mass defect, computed speed, θ and
   * δ* at the last station) as combinations of those.
   */
  private void record(double[][] partial, double[] nominal, boolean inverse, int k, int[] index, int[] gradId,
      SideResult r, int upperTe, int lowerTe) {
    boolean last = k == r.last();
    int[] next = nextId;
    for (int o = 0; o < OUTPUTS; o++) {
      boolean needed = o < STATE || o == 3 && last || o == 4 && !inverse || o == 5 && inverse;
      if (!needed) {
        next[o] = MarchTape.ZERO;
        continue;
      }
      tape.begin();
      for (int v = 0; v < STATE; v++) {
        if (partial[v] != null) {
          tape.term(gradId[v], partial[v][o]);
        }
      }
      for (int v = STATE; v < INPUTS; v++) {
        if (partial[v] == null) {
          continue;
        }
        int station = k - 5 + v;
        if (station == 0 && upperTe >= 0) {
          recordSpeed(0.5 * partial[v][o], upperTe, teSpeedId[0]);
          recordSpeed(0.5 * partial[v][o], lowerTe, teSpeedId[1]);
        } else {
          int g = v == 5 || upperTe >= 0 ? SideResult.NOT_COMPUTED : r.speedId[station];
          recordSpeed(partial[v][o], index[station], g);
        }
      }
      next[o] = tape.end();
    }
    System.arraycopy(next, 0, gradId, 0, STATE);
    double uk = nominal[5];
    r.theta[k] = nominal[3];
    r.dstar[k] = nominal[4];
    r.speed[k] = uk;
    r.mass[k] = uk * nominal[4];
    if (inverse) {
      r.massId[k] = tape.unitVector(index[k], 1);
      r.speedId[k] = next[5];
    } else {
      tape.begin();
      tape.term(next[4], uk);
      tape.unit(index[k], nominal[4]);
      r.massId[k] = tape.end();
    }
    if (last) {
      r.thetaEndId = next[3];
      if (inverse) {
        tape.begin();
        tape.term(r.massId[k], 1 / uk);
        tape.term(next[5], -nominal[4] / uk);
        r.dstarEndId = tape.end();
      } else {
        r.dstarEndId = next[4];
      }
    }
  }

  /** Adds c · (e_unknown, or the computed speed's vector {@code id}) to the open tape vector. */
  private void recordSpeed(double c, int unknown, int id) {
    if (id == SideResult.NOT_COMPUTED) {
      tape.unit(unknown, c);
    } else {
      tape.term(id, c);
    }
  }

  /** next += w ∂F/∂v (e_unknown, or the gradient g of a computed speed when g is not null). */
  private void addSpeed(double[][] next, double[] partial, double w, int unknown, double[] g) {
    if (g == null) {
      for (int o = 0; o < OUTPUTS; o++) {
        if (next[o] != null) {
          next[o][unknown] += w * partial[o];
        }
      }
      return;
    }
    for (int i = 0; i < unknowns; i++) {
      double gi = g[i];
      if (gi != 0) {
        for (int o = 0; o < OUTPUTS; o++) {
          if (next[o] != null) {
            next[o][i] += w * partial[o] * gi;
          }
        }
      }
    }
  }
}
