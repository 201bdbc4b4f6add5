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
 *
 * @param cinn the trained flow over (u, K, …) or, with {@link PeriodCoordinate#PRIOR}, over x
 * @param coordinate the period coordinate the flow was trained in
 * @param angles the coordinate of e, ω, M₀ the flow was trained in
 * @param encoding the encoding of y (with periodogram features for a centred coordinate)
 * @param prior the prior's ranges (P_min, P_max)
 */
public record RvPosterior(Cinn cinn, PeriodCoordinate coordinate, AngleCoordinate angles, RvSetEncoding encoding,
    RvPriorConfig prior)
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
  }

  /** e, ω, M₀ in the prior's box ({@link AngleCoordinate#BOX}). */
  public RvPosterior(Cinn cinn, PeriodCoordinate coordinate, RvSetEncoding encoding, RvPriorConfig prior) {
    this(cinn, coordinate, AngleCoordinate.BOX, encoding, prior);
  }

  /** @return the same posterior over another cINN (e.g. one with another thread count) */
  public RvPosterior withCinn(Cinn other) {
    return new RvPosterior(other, coordinate, angles, encoding, prior);
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
    return cinn.conditionDimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    if (physical()) {
      return cinn.sample(observation, n, rng);
    }
    PeriodReference reference = coordinate.centred() ? coordinate.reference(observation, encoding) : null;
    // summarised once for all rounds, with its part of the couplings' first layers (docs/astro.md run 20)
    Cinn.Prepared condition = cinn.prepare(cinn.condition(observation));
    DoubleMatrix out = new DoubleMatrix(n, dimension());
    int filled = 0;
    for (int round = 0; round < ROUNDS && filled < n; round++) {
      Matrix q = cinn.sampleGivenCondition(condition, n - filled, rng);
      double[] periods = periods(q, reference);
      for (int r = 0; r < q.rows(); r++) {
        if (inside(periods[r]) && anglesInside(q, r)) {
          copy(q, r, periods[r], out, filled++);
        }
      }
    }
    if (filled < n) {
      Matrix q = cinn.sampleGivenCondition(condition, n - filled, rng);
      double[] periods = periods(q, reference);
      for (int r = 0; r < q.rows(); r++) {
        copy(q, r, clamp(periods[r]), out, filled++);
      }
    }
    return out;
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    if (physical()) {
      return cinn.sampleEach(y, rng);
    }
    DoubleMatrix out = new DoubleMatrix(y.rows(), dimension());
    for (int r = 0; r < y.rows(); r++) {
      out.copyRows(sample(row(y, r), 1, rng), 0, r, 1);
    }
    return out;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    if (physical()) {
      return cinn.logDensity(x, y);
    }
    x.requireShape(x.rows(), RvParameters.DIMENSION, "radial-velocity parameters");
    DoubleMatrix u = AngleCoordinateSimulator.toFlowCoordinates(x, angles, prior.eccentricityMax());
    double[] jacobian = new double[x.rows()];
    for (int r = 0; r < x.rows(); r++) {
      double period = x.get(r, 0);
      boolean in = inside(period);
      jacobian[r] = angles.logDerivative(x.get(r, AngleCoordinate.FIRST_COLUMN), prior.eccentricityMax());
      if (coordinate.centred()) {
        PeriodReference reference = coordinate.reference(row(y, r), encoding);
        u.set(r, 0, in ? coordinate.forward(period, reference) : 0);
        jacobian[r] += in ? coordinate.logDerivative(period, reference) : Double.NEGATIVE_INFINITY;
      }
    }
    double[] out = angles == AngleCoordinate.ANGLE_PAIRS
        ? AnglePair.marginalLogDensity(cinn::logDensity, u, y, AngleCoordinate.FIRST_COLUMN + 1, 2)
        : cinn.logDensity(u, y);
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
  private double[] periods(Matrix q, PeriodReference reference) {
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
    if (coordinate.centred()) {
      coordinate.inverse(out, out, out.length, reference);
    }
    return out;
  }

  private boolean anglesInside(Matrix q, int r) {
    int c = AngleCoordinate.FIRST_COLUMN;
    return angles.inside(q.get(r, c), q.get(r, c + 1), prior.eccentricityMax());
  }

  private boolean inside(double period) {
    return period >= prior.periodMin() && period <= prior.periodMax();
  }

  private double clamp(double period) {
    return Math.max(prior.periodMin(), Math.min(prior.periodMax(), Double.isNaN(period) ? prior.periodMin() : period));
  }

  private void copy(Matrix q, int r, double period, DoubleMatrix out, int to) {
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
