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
 *
 * @param cinn the trained flow over (u, K, …) or, with {@link PeriodCoordinate#PRIOR}, over x
 * @param coordinate the period coordinate the flow was trained in
 * @param encoding the encoding of y (with periodogram features for a centred coordinate)
 * @param prior the prior's ranges (P_min, P_max)
 */
public record RvPosterior(Cinn cinn, PeriodCoordinate coordinate, RvSetEncoding encoding, RvPriorConfig prior)
    implements PosteriorEstimator, AutoCloseable {
  /** Redraw rounds for draws outside [P_min, P_max]. */
  public static final int ROUNDS = 20;

  /** Checks that a centred coordinate has the periodogram it reads. */
  public RvPosterior {
    if (cinn == null || coordinate == null || encoding == null || prior == null) {
      throw new IllegalArgumentException("need a cINN, a period coordinate, an encoding and a prior");
    }
    if (coordinate.centred() && encoding.periodogram() == null) {
      throw new IllegalArgumentException("the period coordinate " + coordinate + " needs periodogram features");
    }
  }

  /** @return the same posterior over another cINN (e.g. one with another thread count) */
  public RvPosterior withCinn(Cinn other) {
    return new RvPosterior(other, coordinate, encoding, prior);
  }

  @Override
  public int dimension() {
    return cinn.dimension();
  }

  @Override
  public int conditionDimension() {
    return cinn.conditionDimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    if (!coordinate.centred()) {
      return cinn.sample(observation, n, rng);
    }
    PeriodReference reference = PeriodReference.of(observation, encoding);
    Matrix condition = cinn.condition(observation); // summarised once for all rounds
    DoubleMatrix out = new DoubleMatrix(n, dimension());
    int filled = 0;
    for (int round = 0; round < ROUNDS && filled < n; round++) {
      Matrix q = cinn.sampleGivenCondition(condition, n - filled, rng);
      for (int r = 0; r < q.rows(); r++) {
        double period = coordinate.inverse(q.get(r, 0), reference);
        if (inside(period)) {
          copy(q, r, period, out, filled++);
        }
      }
    }
    if (filled < n) {
      Matrix q = cinn.sampleGivenCondition(condition, n - filled, rng);
      for (int r = 0; r < q.rows(); r++) {
        copy(q, r, clamp(coordinate.inverse(q.get(r, 0), reference)), out, filled++);
      }
    }
    return out;
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    if (!coordinate.centred()) {
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
    if (!coordinate.centred()) {
      return cinn.logDensity(x, y);
    }
    DoubleMatrix u = new DoubleMatrix(x.rows(), x.cols());
    double[] jacobian = new double[x.rows()];
    for (int r = 0; r < x.rows(); r++) {
      PeriodReference reference = PeriodReference.of(row(y, r), encoding);
      double period = x.get(r, 0);
      for (int j = 0; j < x.cols(); j++) {
        u.set(r, j, x.get(r, j));
      }
      boolean in = inside(period);
      u.set(r, 0, in ? coordinate.forward(period, reference) : 0);
      jacobian[r] = in ? coordinate.logDerivative(period, reference) : Double.NEGATIVE_INFINITY;
    }
    double[] out = cinn.logDensity(u, y);
    for (int r = 0; r < out.length; r++) {
      out[r] += jacobian[r];
    }
    return out;
  }

  @Override
  public void close() {
    cinn.close();
  }

  private boolean inside(double period) {
    return period >= prior.periodMin() && period <= prior.periodMax();
  }

  private double clamp(double period) {
    return Math.max(prior.periodMin(), Math.min(prior.periodMax(), Double.isNaN(period) ? prior.periodMin() : period));
  }

  private static void copy(Matrix q, int r, double period, DoubleMatrix out, int to) {
    for (int j = 0; j < q.cols(); j++) {
      out.set(to, j, q.get(r, j));
    }
    out.set(to, 0, period);
  }

  private static double[] row(Matrix y, int r) {
    double[] out = new double[y.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = y.get(r, j);
    }
    return out;
  }
}
