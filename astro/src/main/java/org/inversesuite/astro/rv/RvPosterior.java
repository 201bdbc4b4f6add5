package org.inversesuite.astro.rv;

import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The RV cINN as a posterior over the physical parameters (P, K, e, ω, M₀, γ, s), whatever
 * {@link PeriodCoordinate} its flow works in. With a centred coordinate the flow draws
 * (u, K, …) given y, and P = P(u, y) ({@link PeriodCoordinate#inverse}, with y's
 * {@link PeriodReference}). The flow's density in u extends over all of ℝ while the posterior is
 * zero outside the prior's [P_min, P_max]: draws outside are redrawn (the flow's q truncated to
 * the support, exactly what the posterior is), at most {@value #ROUNDS} rounds, after which
 * the few left are clamped to the nearer bound. {@link #logDensity} is the untruncated
 * q(u(P, y) | y) + log|∂u/∂P| (−∞ outside the support), i.e. short of the truncated mass.
 * With an {@link AngleCoordinate} other than BOX the flow's columns 2–4 are (h, k, λ): draws
 * outside its support (h² + k² ≥ e_max) are redrawn in the same rounds, the rest mapped back to (e, ω, M₀)
 * ({@link AngleCoordinate#inverse}), and the density gains that coordinate's log-Jacobian. With
 * {@link AngleCoordinate#ANGLE_PAIRS} the flow has 9 columns (e, then ω and λ as points of the plane
 * with auxiliary radii): draws keep only the pairs' angles, and the density is the flow's marginal over
 * the radii ({@link AnglePair#marginalLogDensity}).
 * With {@link PeriodCoordinate#PEAK_MIXTURE} a draw first picks a slot k ~ π(y) ({@link SlotClassifier}), then
 * (u, K, …) from the flow conditioned on y and slot k, P = {@link PeriodSlots#inverse}(u, k); draws whose P is not in
 * slot k's region ({@link PeriodSlots#label}(P) ≠ k, the support mismatch) are redrawn in the same rounds, and the
 * density is log π_k(y) + log q(u_k | y, k) + log|∂u_k/∂P| at k = label(P).
 * Every draw starts from a latent z of {@code latent} ({@link RvLatent}: the trained N(0, I), or a temperature or
 * heavier tails fitted after training); {@link #logDensity} is the density of the trained N(0, I) flow and is
 * refused for any other latent.
 *
 * @param cinn the trained flow over (u, K, …) or, with {@link PeriodCoordinate#PRIOR}, over x
 * @param coordinate the period coordinate the flow was trained in
 * @param angles the coordinate of e, ω, M₀ the flow was trained in
 * @param encoding the encoding of y (with periodogram features for a centred coordinate)
 * @param prior the prior's ranges (P_min, P_max)
 * @param latent the distribution of z (null: N(0, I))
 * @param slots the slot classifier of {@link PeriodCoordinate#PEAK_MIXTURE} (null for every other coordinate)
 */
public record RvPosterior(Cinn cinn, PeriodCoordinate coordinate, AngleCoordinate angles, RvSetEncoding encoding,
    RvPriorConfig prior, RvLatent latent, SlotClassifier slots)
    implements PosteriorEstimator, AutoCloseable {
  /** Redraw rounds for draws outside [P_min, P_max]. */
  public static final int ROUNDS = 20;

  /** Checks that a centred coordinate has the periodogram it reads. */
  public RvPosterior {
    if (cinn == null || coordinate == null || angles == null || encoding == null || prior == null) {
      throw new IllegalArgumentException("need a cINN, a period and an angle coordinate, an encoding and a prior");
    }
    String reason = coordinate.unreadableFrom(encoding);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    if (coordinate.mixture() != (slots != null)) {
      throw new IllegalArgumentException(coordinate.mixture() ? "the period coordinate " + coordinate
          + " needs its slot classifier" : "a slot classifier belongs to PEAK_MIXTURE, not to " + coordinate);
    }
    if (slots != null && slots.sizes()[0] != SlotFeatures.width(encoding.periodogram())) {
      throw new IllegalArgumentException("the slot classifier takes " + slots.sizes()[0] + " features, the encoding "
          + "gives " + SlotFeatures.width(encoding.periodogram()));
    }
    latent = latent == null ? RvLatent.standard() : latent;
    latent.requireWidth(cinn.dimension());
  }

  /** Draws from the trained N(0, I), with the slot classifier of a PEAK_MIXTURE flow (null for the others). */
  public RvPosterior(Cinn cinn, PeriodCoordinate coordinate, AngleCoordinate angles, RvSetEncoding encoding,
      RvPriorConfig prior, SlotClassifier slots) {
    this(cinn, coordinate, angles, encoding, prior, null, slots);
  }

  /** Any coordinate but {@link PeriodCoordinate#PEAK_MIXTURE} (no slot classifier). */
  public RvPosterior(Cinn cinn, PeriodCoordinate coordinate, AngleCoordinate angles, RvSetEncoding encoding,
      RvPriorConfig prior) {
    this(cinn, coordinate, angles, encoding, prior, null, null);
  }

  /** e, ω, M₀ in the prior's box ({@link AngleCoordinate#BOX}). */
  public RvPosterior(Cinn cinn, PeriodCoordinate coordinate, RvSetEncoding encoding, RvPriorConfig prior) {
    this(cinn, coordinate, AngleCoordinate.BOX, encoding, prior);
  }

  /** @return the same posterior over another cINN (e.g. one with another thread count) */
  public RvPosterior withCinn(Cinn other) {
    return new RvPosterior(other, coordinate, angles, encoding, prior, latent, slots);
  }

  /** @return the same posterior drawing its latents from {@code other} */
  public RvPosterior withLatent(RvLatent other) {
    return new RvPosterior(cinn, coordinate, angles, encoding, prior, other, slots);
  }

  private boolean physical() {
    return !coordinate.centred() && angles == AngleCoordinate.BOX;
  }

  @Override
  public int dimension() {
    return RvParameters.DIMENSION;
  }

  @Override
  public int conditionDimension() {
    return cinn.conditionDimension() - (slots == null ? 0 : PeriodSlots.CONDITION_WIDTH);
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    return sample(observation, n, rng, null);
  }

  /** Indices of {@link #sample(double[], int, Rng, long[])}'s counts. */
  public static final int KEPT = 0;
  /** Draws of a mixture slot whose period lies in another slot's region (support mismatch), redrawn. */
  public static final int OTHER_SLOT = 1;
  /** Draws outside the prior's support (P or the angles), redrawn. */
  public static final int OUTSIDE = 2;
  /** Draws kept clamped after {@link #ROUNDS} rounds. */
  public static final int CLAMPED = 3;
  /** Draws of slot 0 (the centre) kept. */
  public static final int CENTRE = 4;

  /**
   * {@link #sample(double[], int, Rng)}, adding to {@code counts} (null: not counted; length 5) the draws kept, those
   * redrawn for the support mismatch and outside the support, those clamped, and the kept draws of slot 0; counted
   * for {@link PeriodCoordinate#PEAK_MIXTURE} only (the other coordinates leave {@code counts} unchanged).
   */
  public Matrix sample(double[] observation, int n, Rng rng, long[] counts) {
    if (slots != null) {
      return sampleMixture(observation, n, rng, counts == null ? new long[5] : counts);
    }
    if (physical() && latent.isStandard()) {
      return cinn.sample(observation, n, rng);
    }
    PeriodReference reference = coordinate.centred() ? coordinate.reference(observation, encoding) : null;
    // summarised once for all rounds, with its part of the couplings' first layers (docs/astro.md run 20)
    Cinn.Prepared condition = cinn.prepare(cinn.condition(observation));
    DoubleMatrix out = new DoubleMatrix(n, dimension());
    int filled = 0;
    for (int round = 0; round < ROUNDS && filled < n; round++) {
      Matrix q = draws(condition, n - filled, rng);
      double[] periods = periods(q, reference);
      KeptDraws.Round from = round(q);
      for (int r = 0; r < q.rows(); r++) {
        if (inside(periods[r]) && anglesInside(q, r)) {
          copy(from, r, periods[r], out, filled++);
        }
      }
    }
    if (filled < n) {
      Matrix q = draws(condition, n - filled, rng);
      double[] periods = periods(q, reference);
      KeptDraws.Round from = round(q);
      for (int r = 0; r < q.rows(); r++) {
        copy(from, r, clamp(periods[r]), out, filled++);
      }
    }
    return out;
  }

  /**
   * @return n draws of the flow (in its coordinates) from latents of {@link #latent}: N(0, I) drawn inside the cINN
   *     as before run 22b (the same bits as the latent path at τ = 1, tested, without its extra pass over z)
   */
  Matrix draws(Cinn.Prepared condition, int n, Rng rng) { // package private: the steps timed in docs/astro.md run 24
    if (latent.isStandard()) {
      return cinn.sampleGivenCondition(condition, n, rng);
    }
    return cinn.sampleGivenLatent(condition, latent.draw(n, cinn.dimension(), cinn.flow().parameters().precision(), rng));
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    if (physical() && latent.isStandard()) {
      return cinn.sampleEach(y, rng);
    }
    DoubleMatrix out = new DoubleMatrix(y.rows(), dimension());
    for (int r = 0; r < y.rows(); r++) {
      out.copyRows(sample(row(y, r), 1, rng), 0, r, 1);
    }
    return out;
  }

  /**
   * The mixture's draws: slot counts ~ Multinomial(n, π(y)), then each slot's draws from its flow, in random order
   * (the kept draws written once, straight to their shuffled rows: {@link KeptDraws}).
   */
  private Matrix sampleMixture(double[] observation, int n, Rng rng, long[] counts) {
    PeriodSlots periods = PeriodSlots.of(observation, encoding);
    double[] pi = slots.probabilities(SlotFeatures.of(observation, encoding, periods), periods.count());
    int[] per = slotCounts(pi, n, rng);
    Matrix[] c = slotConditions(observation, periods, per);
    SlotWindows windows = new SlotWindows(periods);
    KeptDraws kept = new KeptDraws(n);
    for (int k = 0; k < per.length; k++) {
      if (per[k] == 0) {
        continue;
      }
      Cinn.Prepared condition = cinn.prepare(c[k]);
      int need = per[k];
      for (int round = 0; round < ROUNDS && need > 0; round++) {
        Matrix q = draws(condition, need, rng);
        double[] logP = new double[q.rows()];
        double[] p = slotPeriods(q, periods, windows, k, logP);
        need -= keep(q, p, logP, windows, k, kept, counts);
      }
      if (need > 0) {
        Matrix q = draws(condition, need, rng);
        double[] p = slotPeriods(q, periods, windows, k, new double[q.rows()]);
        KeptDraws.Round from = round(q);
        for (int r = 0; r < q.rows(); r++) {
          kept.add(from, r, clamp(p[r]));
        }
        counts[CLAMPED] += need;
      }
    }
    return kept.inOrder(rng.permutation(n), this::copy);
  }

  /**
   * Keeps the draws of slot k inside the prior whose label ({@link SlotWindows#label} of ln P) is k, counting the
   * others.
   *
   * @param p P of every draw
   * @param logP ln P of every draw, as {@link #slotPeriods} gives it
   * @return the draws kept
   */
  int keep(Matrix q, double[] p, double[] logP, SlotWindows windows, int k, KeptDraws kept, long[] counts) {
    KeptDraws.Round from = round(q);
    int got = 0;
    for (int r = 0; r < q.rows(); r++) {
      if (!inside(p[r]) || !anglesInside(q, r)) {
        counts[OUTSIDE]++;
      } else if (windows.label(logP[r]) != k) {
        counts[OTHER_SLOT]++;
      } else {
        kept.add(from, r, p[r]);
        got++;
      }
    }
    counts[KEPT] += got;
    counts[CENTRE] += k == 0 ? got : 0;
    return got;
  }

  /**
   * @return c = h(y, k) of every slot drawn (null for the others): the slots' conditions differ only in ρ's globals,
   *     so φ and the pooling run once ({@link Cinn#conditionsSharingSet}), the same bits as one
   *     {@code cinn.condition} per slot (docs/astro.md run 24)
   */
  Matrix[] slotConditions(double[] observation, PeriodSlots periods, int[] per) {
    int drawn = 0;
    for (int count : per) {
      drawn += count > 0 ? 1 : 0;
    }
    double[][] rows = new double[drawn][];
    for (int k = 0, i = 0; k < per.length; k++) {
      if (per[k] > 0) {
        rows[i++] = periods.augment(observation, k);
      }
    }
    Matrix[] shared = cinn.conditionsSharingSet(rows);
    Matrix[] out = new Matrix[per.length];
    for (int k = 0, i = 0; k < per.length; k++) {
      if (per[k] > 0) {
        out[k] = shared[i++];
      }
    }
    return out;
  }

  /** @return the draws per slot, Multinomial(n, π) by one uniform per draw */
  static int[] slotCounts(double[] pi, int n, Rng rng) {
    int[] per = new int[pi.length];
    for (int i = 0; i < n; i++) {
      double v = rng.uniform();
      int k = 0;
      while (k + 1 < pi.length && (v -= pi[k]) >= 0) {
        k++;
      }
      per[k]++;
    }
    return per;
  }

  /**
   * @param logP ln P of every draw, written: ln P̂ + s of the centre's blend ({@link PeriodCoordinate#inverse(double[],
   *     double[], double[], int, PeriodReference)}) or ln P_k + w_k tanh u of a window ({@link SlotWindows#inverse})
   * @return P of every draw of slot k, the same bits as {@link PeriodSlots#inverse} (the centre's over the lanes)
   */
  double[] slotPeriods(Matrix q, PeriodSlots periods, SlotWindows windows, int k, double[] logP) {
    double[] out = column0(q);
    if (k == 0) {
      coordinate.inverse(out, out, logP, out.length, periods.reference());
    } else {
      windows.inverse(out, k, out, logP, out.length);
    }
    return out;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    if (!latent.isStandard()) {
      throw new IllegalStateException("the density is that of the trained N(0, I) latent; this posterior draws from "
          + latent.describe() + " (use withLatent(RvLatent.standard()))");
    }
    if (physical()) {
      return cinn.logDensity(x, y);
    }
    x.requireShape(x.rows(), RvParameters.DIMENSION, "radial-velocity parameters");
    DoubleMatrix u = AngleCoordinateSimulator.toFlowCoordinates(x, angles, prior.eccentricityMax());
    double[] jacobian = new double[x.rows()];
    Matrix condition = slots == null ? y : new DoubleMatrix(y.rows(), cinn.conditionDimension());
    for (int r = 0; r < x.rows(); r++) {
      double period = x.get(r, 0);
      boolean in = inside(period);
      jacobian[r] = angles.logDerivative(x.get(r, AngleCoordinate.FIRST_COLUMN), prior.eccentricityMax());
      if (slots != null) {
        double[] yr = row(y, r);
        PeriodSlots periods = PeriodSlots.of(yr, encoding);
        int k = in ? periods.label(period) : 0;
        double[] pi = slots.probabilities(SlotFeatures.of(yr, encoding, periods), periods.count());
        double[] augmented = periods.augment(yr, k);
        for (int j = 0; j < augmented.length; j++) {
          condition.set(r, j, augmented[j]);
        }
        u.set(r, 0, in ? periods.forward(period, k) : 0);
        jacobian[r] += in ? Math.log(pi[k]) + periods.logDerivative(period, k) : Double.NEGATIVE_INFINITY;
      } else if (coordinate.centred()) {
        PeriodReference reference = coordinate.reference(row(y, r), encoding);
        u.set(r, 0, in ? coordinate.forward(period, reference) : 0);
        jacobian[r] += in ? coordinate.logDerivative(period, reference) : Double.NEGATIVE_INFINITY;
      }
    }
    double[] out = angles == AngleCoordinate.ANGLE_PAIRS
        ? AnglePair.marginalLogDensity(cinn::logDensity, u, condition, AngleCoordinate.FIRST_COLUMN + 1, 2)
        : cinn.logDensity(u, condition);
    for (int r = 0; r < out.length; r++) {
      out[r] += jacobian[r];
    }
    return out;
  }

  @Override
  public void close() {
    cinn.close();
  }

  /** @return P of every draw (column 0 of q), the centred coordinates' inverse over the vector lanes (run 21) */
  double[] periods(Matrix q, PeriodReference reference) {
    double[] out = column0(q);
    if (coordinate.centred()) {
      coordinate.inverse(out, out, out.length, reference);
    }
    return out;
  }

  /** @return column 0 of q (u or P) */
  private static double[] column0(Matrix q) {
    double[] out = new double[q.rows()];
    if (q instanceof DoubleMatrix dq) { // the flow's draws (ParameterSpace.fromFlow): on the array, the same values
      double[] data = dq.data();
      for (int r = 0, d = q.cols(); r < out.length; r++) {
        out[r] = data[r * d];
      }
    } else {
      for (int r = 0; r < out.length; r++) {
        out[r] = q.get(r, 0);
      }
    }
    return out;
  }

  /** @return one round's draws with the angle pairs' angles mapped back over all rows ({@link PairAngles}) */
  KeptDraws.Round round(Matrix q) {
    return new KeptDraws.Round(q, angles == AngleCoordinate.ANGLE_PAIRS ? PairAngles.of(q) : null);
  }

  boolean anglesInside(Matrix q, int r) {
    int c = AngleCoordinate.FIRST_COLUMN;
    return angles.inside(q.get(r, c), q.get(r, c + 1), prior.eccentricityMax());
  }

  boolean inside(double period) {
    return period >= prior.periodMin() && period <= prior.periodMax();
  }

  double clamp(double period) {
    return Math.max(prior.periodMin(), Math.min(prior.periodMax(), Double.isNaN(period) ? prior.periodMin() : period));
  }

  /**
   * {@link #copy(Matrix, int, double, DoubleMatrix, int)} of a round's row; with the angle pairs' ω and M₀ of
   * {@link PairAngles} (the same bits as {@link AngleCoordinate#inverse(double[], int, double)} per row) written on
   * the arrays: (P, K, min(e, e_max⁻), ω, M₀, γ, s) from the flow's (u, K, e, x₁, y₁, x₂, y₂, γ, s).
   */
  void copy(KeptDraws.Round from, int r, double period, DoubleMatrix out, int to) {
    PairAngles pairs = from.pairs();
    if (pairs == null || !(from.q() instanceof DoubleMatrix dq)) {
      copy(from.q(), r, period, out, to);
      return;
    }
    int c = AngleCoordinate.FIRST_COLUMN;
    double[] q = dq.data();
    double[] o = out.data();
    int at = r * dq.cols();
    int d = RvParameters.DIMENSION;
    int t = to * d;
    o[t] = period;
    o[t + 1] = q[at + 1];
    o[t + c] = Math.min(q[at + c], Math.nextDown(prior.eccentricityMax())); // only the clamped last round
    o[t + c + 1] = pairs.omega()[r];
    o[t + c + 2] = pairs.meanAnomaly()[r];
    for (int j = c + 3; j < d; j++) {
      o[t + j] = q[at + j - 3 + AngleCoordinate.ANGLE_PAIRS.width()];
    }
  }

  /** Row r of the flow's draws q, with its period, as row {@code to} of out (per draw; the reference for pairs). */
  void copy(Matrix q, int r, double period, DoubleMatrix out, int to) {
    int c = AngleCoordinate.FIRST_COLUMN;
    if (angles == AngleCoordinate.BOX && q instanceof DoubleMatrix dq && q.cols() == RvParameters.DIMENSION) {
      // the flow's columns are the parameters: the row copied whole, then P and e (docs/astro.md run 23)
      System.arraycopy(dq.data(), r * RvParameters.DIMENSION, out.data(), to * RvParameters.DIMENSION,
          RvParameters.DIMENSION);
      out.set(to, 0, period);
      out.set(to, c, Math.min(q.get(r, c), Math.nextDown(prior.eccentricityMax()))); // only the clamped last round
      return;
    }
    if (angles == AngleCoordinate.BOX) { // the flow's columns are the parameters: no per-draw array (run 17)
      out.set(to, 0, period);
      for (int j = 1; j < RvParameters.DIMENSION; j++) {
        out.set(to, j, q.get(r, j));
      }
      out.set(to, c, Math.min(q.get(r, c), Math.nextDown(prior.eccentricityMax()))); // only the clamped last round
      return;
    }
    double[] flow = new double[q.cols()];
    for (int j = 0; j < flow.length; j++) {
      flow[j] = q.get(r, j);
    }
    for (int j = 1; j < c; j++) {
      out.set(to, j, flow[j]);
    }
    for (int j = c + 3; j < RvParameters.DIMENSION; j++) {
      out.set(to, j, flow[j - 3 + angles.width()]);
    }
    out.set(to, 0, period);
    double[] physical = angles.inverse(flow, c, prior.eccentricityMax());
    physical[0] = Math.min(physical[0], Math.nextDown(prior.eccentricityMax())); // only the clamped last round
    for (int j = 0; j < 3; j++) {
      out.set(to, c + j, physical[j]);
    }
  }

  private static double[] row(Matrix y, int r) {
    double[] out = new double[y.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = y.get(r, j);
    }
    return out;
  }
}
