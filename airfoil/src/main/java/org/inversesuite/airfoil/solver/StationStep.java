package org.inversesuite.airfoil.solver;

/**
 * The physics of one boundary-layer interval, from station k−1 to station k, as a pure
 * function of its inputs, so that {@link BoundaryLayerMarch} can difference it.
 *
 * <p>Inputs {@code in}: the state at k−1 (three numbers) and the edge speeds U_{k−2}, U_{k−1},
 * U_k, U_{k+1}. Outputs {@code out}: the state at k, then θ_k and δ*_k. States: Thwaites
 * (I = ∫U⁵ds, N, –); two-equation laminar (θ, H, N); turbulent (θ, θH₁, E) with E the lagged
 * entrainment of {@link EntrainmentLag} (0 with Head's method); wake (θ, θH₁, –). Thwaites
 * stations take U_e' from a three-point difference and integrate N by the trapezoidal rule;
 * the other layers are integrated with U_e linear in s, implicitly ({@link LaminarTwoEquation})
 * or by Runge–Kutta ({@link HeadEntrainment}).
 *
 * <p>At transition θ and δ* are both continuous, as in XFOIL (Drela 1989): the turbulent layer
 * starts with the laminar shape factor (capped at {@link HeadEntrainment#MAX_H}) and Head's
 * entrainment relaxes it. Starting instead at a fixed H = 1.4 (Moran 1984, §9.4) halves δ* at
 * the transition point; the resulting sink in the coupled flow steepens the adverse gradient
 * just upstream and drags laminar separation, and with it transition, forward.
 */
final class StationStep {
  static final double MIN_U = 1e-6;

  /**
   * Kind of interval. The separated kinds march the laminar part past laminar separation with
   * {@link SeparatedLaminar} (two-equation model only).
   */
  enum Kind {
    LAMINAR, TRANSITION, SEPARATION, SEPARATED_LAMINAR, SEPARATED_TRANSITION, TURBULENT, WAKE,
    /** Laminar in inverse mode: input 5 is the mass defect m_k, output 5 the speed U_k ({@link InverseLaminar}). */
    INVERSE,
    /** Another kind ({@link StationStep#inverseOf}) in inverse mode: U_k such that it gives m_k (secant method). */
    INVERSE_DIRECT;

    boolean separated() {
      return this == SEPARATED_LAMINAR || this == SEPARATED_TRANSITION;
    }

    boolean transition() {
      return this == TRANSITION || this == SEPARATED_TRANSITION;
    }

    boolean inverse() {
      return this == INVERSE || this == INVERSE_DIRECT;
    }
  }

  /** Transition criteria, in the order they are checked. */
  enum Criterion { AMPLIFICATION, MICHEL, LAMINAR_SEPARATION, FORCED }

  private final double re;
  private final double nCrit;
  private final LaminarModel laminarModel;
  private final double[] s;
  private final double[] x;
  private final double forcedX;
  private final double separationX;
  final Station lam = new Station();
  final Station prev = new Station();
  private final double[] y = new double[3];
  /**
   * The inputs (in[0..5]) of the last direct two-equation laminar interval whose step converged
   * to a smooth root, and its station; −1 when the last evaluation was not one.
   */
  private final double[] smoothIn = new double[6];
  private int smoothK = -1;
  private final double[][] laminarPartial = new double[5][3];
  private final LaminarIntervalDerivatives laminarDerivatives = new LaminarIntervalDerivatives();
  /** The inputs (θ_a, H_a, N_a, U_a, U_b) that {@link LaminarIntervalDerivatives} differentiates by. */
  private static final int[] LAMINAR_INPUTS = {0, 1, 2, 4, 5};
  /** Starting value of U_k for the inverse kinds (the last coupled iterate's speed). */
  double inverseGuess;
  /** Head's shape-factor cap ({@link HeadEntrainment#MAX_H}) and the H₁ it implies. */
  private double headMaxH = HeadEntrainment.MAX_H;
  private boolean lagged;
  private double headMinH1 = HeadEntrainment.minH1(HeadEntrainment.MAX_H);
  /** The direct kind that an {@link Kind#INVERSE_DIRECT} interval inverts (a transition or turbulent kind). */
  Kind inverseOf = Kind.TURBULENT;

  /** Laminar values at one station. */
  static final class Station {
    double theta;
    double h;
    double cf;
    double reTheta;
    double u;
    double amplification;
    /** Thwaites: λ; two-equation: Re_θ C_f (both decide laminar separation). */
    double separationParameter;

    /** @return the e^N amplification rate dN/ds here */
    double rate() {
      return theta > 0 ? Amplification.rate(h, theta, reTheta) : 0;
    }
  }

  /**
   * @param forcedX x/c of a trip (≥ 1: none)
   * @param separationX x/c of a frozen laminar separation point (NaN: where C_f = 0)
   */
  StationStep(double re, double nCrit, LaminarModel laminarModel, double[] s, double[] x, double forcedX,
      double separationX) {
    this.re = re;
    this.nCrit = nCrit;
    this.laminarModel = laminarModel;
    this.s = s;
    this.x = x;
    this.forcedX = forcedX;
    this.separationX = separationX;
  }

  /**
   * Whether the surfaces' turbulent entrainment lags Head's F(H₁) ({@link EntrainmentLag}, state
   * slot 2 of turbulent stations); default false (Head's method, slot 2 zero).
   */
  void entrainmentLag(boolean on) {
    lagged = on;
  }

  /** Sets the cap of Head's shape factor (default {@link HeadEntrainment#MAX_H}). */
  void headCap(double maxH) {
    headMaxH = maxH;
    headMinH1 = HeadEntrainment.minH1(maxH);
  }

  private int last() {
    return s.length - 1;
  }

  /** Laminar values at station k from its state; um, up are the neighbouring speeds. */
  void station(int k, double[] state, double um, double u, double up, Station st) {
    double uu = Math.max(u, MIN_U);
    st.u = uu;
    if (k == 0) {
      st.theta = 0;
      st.h = laminarModel == LaminarModel.THWAITES ? Thwaites.shapeFactor(0.075) : LaminarTwoEquation.STAGNATION_H;
      st.cf = 0;
      st.reTheta = 0;
      st.amplification = 0;
      st.separationParameter = laminarModel == LaminarModel.THWAITES ? 0.075 : 1;
      return;
    }
    if (laminarModel == LaminarModel.TWO_EQUATION) {
      st.theta = state[0];
      st.h = state[1];
      st.amplification = state[2];
      st.reTheta = uu * st.theta * re;
      st.separationParameter = FalknerSkanClosure.friction(st.h);
      st.cf = st.separationParameter / Math.max(st.reTheta, 1e-9);
      return;
    }
    double theta = Thwaites.theta(state[0], uu, re);
    double du;
    if (k == last()) {
      du = (u - um) / (s[k] - s[k - 1]);
    } else {
      double h1 = s[k] - s[k - 1];
      double h2 = s[k + 1] - s[k];
      du = -h2 / (h1 * (h1 + h2)) * um + (h2 - h1) / (h1 * h2) * u + h1 / (h2 * (h1 + h2)) * up;
    }
    st.theta = theta;
    st.separationParameter = theta * theta * du * re;
    st.h = Thwaites.shapeFactor(st.separationParameter);
    st.reTheta = uu * theta * re;
    st.cf = 2 * Thwaites.shear(st.separationParameter) / Math.max(st.reTheta, 1e-9);
    st.amplification = state[1];
  }

  /** @return the transition margin of a criterion at a laminar station (≥ 0: transition due) */
  double margin(Criterion c, int k, Station st) {
    return switch (c) {
      case AMPLIFICATION -> st.amplification - nCrit;
      case MICHEL -> k == 0 ? -1 : Amplification.michelMargin(st.reTheta, st.u * s[k] * re);
      case LAMINAR_SEPARATION -> laminarModel == LaminarModel.THWAITES
          ? Thwaites.SEPARATION_LAMBDA - st.separationParameter : -st.separationParameter;
      case FORCED -> x[k] - forcedX;
    };
  }

  /**
   * @return the laminar-separation margin at a laminar station (≥ 0: separated): −Re_θ C_f, or
   *     the distance past the frozen separation point
   */
  double separationMargin(int k, Station st) {
    return Double.isNaN(separationX) ? -st.separationParameter : x[k] - separationX;
  }

  /** @return where in an interval a margin going from q0 &lt; 0 to q1 ≥ 0 crosses zero, in [0, 1] */
  static double fraction(double q0, double q1) {
    return q1 != q0 ? Math.max(0, Math.min(1, q0 / (q0 - q1))) : 1;
  }

  /** Fills {@code prev} and {@code lam} with the laminar values at k − 1 and k (after a laminar evaluation). */
  void laminarEnds(int k, double[] in, double[] out) {
    station(k - 1, in, in[3], in[4], out[5], prev);
    station(k, out, in[4], out[5], in[6], lam);
  }

  /** @return the transition fraction of criterion c in interval k, from a laminar evaluation */
  double transitionFraction(Criterion c, int k, double[] in, double[] out) {
    laminarEnds(k, in, out);
    return fraction(margin(c, k - 1, prev), margin(c, k, lam));
  }

  /**
   * Evaluates interval k. For {@link Kind#TRANSITION} the criterion fixes where in the interval
   * the layer turns turbulent (linear interpolation of its margin); {@code substeps} is the
   * Runge–Kutta step count of turbulent parts.
   */
  void evaluate(int k, Kind kind, Criterion criterion, int substeps, double[] in, double[] out) {
    smoothK = -1;
    if (kind == Kind.INVERSE) {
      y[0] = in[0];
      y[1] = in[1];
      y[2] = in[2];
      double u = InverseLaminar.step(y, in[4], in[5], inverseGuess, s[k] - s[k - 1], re);
      out[0] = y[0];
      out[1] = y[1];
      out[2] = y[2];
      out[3] = y[0];
      out[4] = in[5] / Math.max(u, MIN_U);
      out[5] = u;
      return;
    }
    if (kind == Kind.INVERSE_DIRECT) {
      inverseDirect(k, criterion, substeps, in, out);
      return;
    }
    out[5] = in[5];
    direct(k, kind, criterion, substeps, in, out);
  }

  /**
   * A direct interval kind ({@link #inverseOf}: transition, possibly from a separated laminar
   * layer, or turbulent) in inverse mode: the speed U_k at which it produces the mass defect in[5],
   * by the secant method on U_k δ*_k(U_k) − m_k from {@link #inverseGuess}.
   */
  private void inverseDirect(int k, Criterion criterion, int substeps, double[] in, double[] out) {
    double m = in[5];
    Kind kind = inverseOf;
    double[] trial = in.clone();
    double u1 = Math.max(inverseGuess, 10 * MIN_U);
    trial[5] = u1;
    out[5] = u1;
    direct(k, kind, criterion, substeps, trial, out);
    double r1 = u1 * out[4] - m;
    double u0 = u1 * (1 + 1e-4);
    trial[5] = u0;
    out[5] = u0;
    direct(k, kind, criterion, substeps, trial, out);
    double r0 = u0 * out[4] - m;
    for (int it = 0; it < 40 && Math.abs(r1) > 1e-14 * m; it++) {
      if (r1 == r0 || !Double.isFinite(r1)) {
        break;
      }
      double u2 = u1 - r1 * (u1 - u0) / (r1 - r0);
      u2 = Math.max(0.9 * u1, Math.min(1.1 * u1, u2));
      u0 = u1;
      r0 = r1;
      u1 = u2;
      trial[5] = u1;
      out[5] = u1;
      direct(k, kind, criterion, substeps, trial, out);
      r1 = u1 * out[4] - m;
    }
    trial[5] = u1;
    out[5] = u1;
    direct(k, kind, criterion, substeps, trial, out);
    if (!(Math.abs(u1 * out[4] - m) <= 1e-10 * m)) {
      java.util.Arrays.fill(out, Double.NaN);
    }
  }

  private void direct(int k, Kind kind, Criterion criterion, int substeps, double[] in, double[] out) {
    double ds = s[k] - s[k - 1];
    double um = in[4];
    double u = in[5];
    if (kind == Kind.TURBULENT || kind == Kind.WAKE) {
      turbulent(in[0], in[1], in[2], um, u, ds, kind == Kind.WAKE, substeps, out);
      return;
    }
    laminar(k, in, ds, kind.separated(), out);
    if (kind == Kind.SEPARATION) {
      separation(k, in, ds, out);
      return;
    }
    if (!kind.transition()) {
      return;
    }
    double f = transitionFraction(criterion, k, in, out);
    double utr = um + f * (u - um);
    double theta;
    double htr;
    if (laminarModel == LaminarModel.THWAITES) {
      double itr = in[0] + Thwaites.integralU5(Math.max(um, 0), Math.max(utr, 0), f * ds);
      theta = Thwaites.theta(itr, Math.max(utr, MIN_U), re);
      htr = prev.h + f * (lam.h - prev.h);
    } else if (k == 1) {
      theta = Math.sqrt(0.075 * (s[0] + f * ds) / (Math.max(utr, MIN_U) * re));
      htr = LaminarTwoEquation.STAGNATION_H;
    } else {
      y[0] = in[0];
      y[1] = in[1];
      y[2] = in[2];
      if (kind.separated()) {
        SeparatedLaminar.step(y, um, utr, f * ds, re);
      } else {
        LaminarTwoEquation.step(y, um, utr, f * ds, re);
      }
      theta = y[0];
      htr = y[1];
    }
    double h1tr = HeadEntrainment.h1(htr, headMaxH);
    double etr = lagged ? EntrainmentLag.atTransition(htr, headMaxH, HeadEntrainment.entrainment(h1tr, headMinH1)) : 0;
    turbulent(theta, theta * h1tr, etr, utr, u, (1 - f) * ds, false, substeps, out);
  }

  /**
   * Laminar separation within interval k (after a direct laminar evaluation in {@code out}): the
   * direct march up to where C_f = 0 (linear interpolation of Re_θ C_f), {@link SeparatedLaminar}
   * from there, so that the mass defect moves continuously with the separation point.
   */
  private void separation(int k, double[] in, double ds, double[] out) {
    if (k == 1) {
      return;
    }
    laminarEnds(k, in, out);
    double f = fraction(separationMargin(k - 1, prev), separationMargin(k, lam));
    double um = in[4];
    double usep = um + f * (in[5] - um);
    y[0] = in[0];
    y[1] = in[1];
    y[2] = in[2];
    LaminarTwoEquation.step(y, um, usep, f * ds, re);
    SeparatedLaminar.step(y, usep, in[5], (1 - f) * ds, re);
    out[0] = y[0];
    out[1] = y[1];
    out[2] = y[2];
    out[3] = y[0];
    out[4] = y[0] * y[1];
  }

  private void laminar(int k, double[] in, double ds, boolean separated, double[] out) {
    double um = in[4];
    double u = in[5];
    if (laminarModel == LaminarModel.THWAITES) {
      double i1 = in[0] + Thwaites.integralU5(Math.max(um, 0), Math.max(u, 0), ds);
      out[0] = i1;
      out[2] = 0;
      station(k - 1, in, in[3], um, u, prev);
      station(k, out, um, u, in[6], lam);
      out[1] = in[1] + 0.5 * ds * (prev.rate() + lam.rate());
      lam.amplification = out[1];
      out[3] = lam.theta;
      out[4] = lam.h * lam.theta;
      return;
    }
    if (k == 1) {
      double uu = Math.max(u, MIN_U);
      out[0] = Math.sqrt(0.075 * s[1] / (uu * re));
      out[1] = LaminarTwoEquation.STAGNATION_H;
      out[2] = 0;
    } else {
      y[0] = in[0];
      y[1] = in[1];
      y[2] = in[2];
      if (separated) {
        SeparatedLaminar.step(y, um, u, ds, re);
      } else if (LaminarTwoEquation.step(y, um, u, ds, re)) {
        smoothK = k;
        System.arraycopy(in, 0, smoothIn, 0, smoothIn.length);
      }
      out[0] = y[0];
      out[1] = y[1];
      out[2] = y[2];
    }
    out[3] = out[0];
    out[4] = out[0] * out[1];
  }

  /**
   * Analytic partials ({@link LaminarIntervalDerivatives}) of the direct laminar interval k just
   * evaluated ({@link Kind#LAMINAR}, two-equation model) with inputs {@code in} and outputs
   * {@code out}: partial[v][o] = ∂out_o/∂in_v for v = 0, 1, 2 (state), 4, 5 (U_{k−1}, U_k); rows 3
   * and 6 are not touched (the interval does not read them).
   *
   * @return false, leaving partial untouched, when the last evaluation was not such an interval
   *     with these inputs or its step did not converge to a smooth root (the caller then differences)
   */
  boolean laminarPartials(int k, double[] in, double[] out, double[][] partial) {
    if (smoothK != k || laminarModel != LaminarModel.TWO_EQUATION) {
      return false;
    }
    for (int i = 0; i < smoothIn.length; i++) {
      if (Double.doubleToRawLongBits(in[i]) != Double.doubleToRawLongBits(smoothIn[i])) {
        return false;
      }
    }
    double[][] d = laminarPartial;
    laminarDerivatives.of(in[0], in[1], in[4], in[5], s[k] - s[k - 1], re, out[0], out[1], d);
    int[] input = LAMINAR_INPUTS;
    for (int p = 0; p < input.length; p++) {
      double[] row = partial[input[p]];
      row[0] = d[p][0];
      row[1] = d[p][1];
      row[2] = d[p][2];
      row[3] = d[p][0];
      row[4] = out[1] * d[p][0] + out[0] * d[p][1];
      row[5] = input[p] == 5 ? 1 : 0;
    }
    return true;
  }

  private void turbulent(double theta0, double phi0, double e0, double ua, double ub, double ds, boolean wake,
      int substeps, double[] out) {
    double theta = theta0;
    double phi = phi0;
    double e = e0;
    double g = ds > 0 ? (ub - ua) / ds : 0;
    double h = ds / substeps;
    double[] k1 = new double[3];
    double[] k2 = new double[3];
    double[] k3 = new double[3];
    double[] k4 = new double[3];
    for (int i = 0; i < substeps; i++) {
      double u0 = ua + g * h * i;
      rhs(theta, phi, e, u0, g, wake, k1);
      rhs(theta + 0.5 * h * k1[0], phi + 0.5 * h * k1[1], e + 0.5 * h * k1[2], u0 + 0.5 * g * h, g, wake, k2);
      rhs(theta + 0.5 * h * k2[0], phi + 0.5 * h * k2[1], e + 0.5 * h * k2[2], u0 + 0.5 * g * h, g, wake, k3);
      rhs(theta + h * k3[0], phi + h * k3[1], e + h * k3[2], u0 + g * h, g, wake, k4);
      theta += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
      phi += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
      e += h / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
    }
    out[0] = theta;
    out[1] = phi;
    out[2] = lagged && !wake ? e : 0;
    out[3] = theta;
    out[4] = HeadEntrainment.h(phi / theta, headMinH1) * theta;
  }

  private void rhs(double theta, double phi, double e, double u, double g, boolean wake, double[] d) {
    double uu = Math.max(u, MIN_U);
    double t = Math.max(theta, 1e-12);
    double h1 = phi / t;
    double h = HeadEntrainment.h(h1, headMinH1);
    double cf = wake ? 0 : HeadEntrainment.skinFriction(h, uu * t * re);
    d[0] = 0.5 * cf - (h + 2) * t * g / uu;
    double f = HeadEntrainment.entrainment(h1, headMinH1);
    if (lagged && !wake) {
      d[1] = e - phi * g / uu;
      d[2] = EntrainmentLag.rate(f, e, t, h);
    } else {
      d[1] = f - phi * g / uu;
      d[2] = 0;
    }
  }
}
