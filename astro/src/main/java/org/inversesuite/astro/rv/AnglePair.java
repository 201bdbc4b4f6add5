package org.inversesuite.astro.rv;

import java.util.function.BiFunction;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * An angle θ as a point of the plane, (x, y) = (r cos θ, r sin θ), with an <em>auxiliary</em> radius r
 * that carries no information: r is drawn independently of everything else, ln r ~ N(0, σ²) with
 * σ = {@value #LOG_RADIUS_SD} (an annulus around the unit circle). A flow learns the density of (x, y)
 * without a wrap at 0 = 2π; θ = atan2(y, x) mod 2π maps back exactly, and r is dropped. This is an
 * augmented flow (Huang, Dinh &amp; Courville 2020, "Augmented normalizing flows", arXiv:2002.07101):
 * the target of training is p(θ, r | y) = p(θ | y) p(r), so the θ-marginal of a flow that has learned
 * its target is the posterior of θ, and θ's draws are what SBC ranks (a rank statistic of any fixed
 * scalar function of the parameters, here θ ∈ [0, 2π), is uniform under a calibrated posterior; r never
 * enters it).
 *
 * <p>Density. With (x, y) ↦ (θ, r) of Jacobian r, the marginal is
 * \[ q(\theta) = \int_0^\infty \tilde q(r\cos\theta, r\sin\theta)\, r\, dr
 *             = \int_{-\infty}^{\infty} \tilde q(e^t\cos\theta, e^t\sin\theta)\, e^{2t}\, dt , \]
 * evaluated by the trapezoid rule in t = ln r on [−{@value #LOG_RADIUS_RANGE}, {@value #LOG_RADIUS_RANGE}]
 * with {@link #NODES} nodes. For a flow that has learned the independent radius the integrand is
 * q(θ) N(t; 0, σ²), for which this rule is exact to rounding (trapezoid error ∝ exp(−2π²σ²/h²) = e^{−35}
 * at h = 0.75 σ); mass the flow puts at r outside [e^{−3}, e^{3}] (12 σ) is not counted.
 */
public final class AnglePair {
  /** σ of ln r. */
  public static final double LOG_RADIUS_SD = 0.25;
  /** Half-width of the t = ln r interval the density integrates over (12 σ). */
  public static final double LOG_RADIUS_RANGE = 3.0;
  /** Trapezoid nodes in t (step 0.75 σ). */
  public static final int NODES = 33;
  private static final double STEP = 2 * LOG_RADIUS_RANGE / (NODES - 1);

  private AnglePair() {
  }

  /** @return (r cos θ, r sin θ) */
  public static double[] point(double theta, double radius) {
    return new double[] {radius * Math.cos(theta), radius * Math.sin(theta)};
  }

  /** @return θ = atan2(y, x) mod 2π in [0, 2π) (0 at the origin) */
  public static double angle(double x, double y) {
    return AngleCoordinate.wrap(Math.atan2(y, x));
  }

  /** @return a radius with ln r ~ N(0, σ²) */
  public static double drawRadius(Rng rng) {
    return Math.exp(LOG_RADIUS_SD * rng.gaussian());
  }

  /** @return the k-th trapezoid node t_k = ln r_k */
  static double logRadius(int k) {
    return -LOG_RADIUS_RANGE + k * STEP;
  }

  /** @return ln of the node's weight in ∫ f(t) e^{2t} dt: trapezoid weight (h, h/2 at the ends) times e^{2t} */
  static double logWeight(int k) {
    double w = k == 0 || k == NODES - 1 ? STEP / 2 : STEP;
    return Math.log(w) + 2 * logRadius(k);
  }

  /**
   * The log of the marginal density over the auxiliary radii of {@code pairs} consecutive angle pairs.
   *
   * @param logDensity log q̃ of flow coordinates given conditions (rows of both matrices)
   * @param u flow coordinates; columns {@code first + 2i, first + 2i + 1} hold pair i (only their angle is read)
   * @param y conditions, one row per row of u
   * @param first first column of the pairs
   * @param pairs number of pairs (1 or 2)
   * @return log ∫…∫ q̃(u with pair i at radius r_i) Π r_i dr_i per row
   */
  public static double[] marginalLogDensity(BiFunction<Matrix, Matrix, double[]> logDensity, Matrix u, Matrix y,
      int first, int pairs) {
    if (pairs < 1 || pairs > 2) {
      throw new IllegalArgumentException("1 or 2 angle pairs, got " + pairs);
    }
    int nodes = pairs == 1 ? NODES : NODES * NODES;
    double[] out = new double[u.rows()];
    int block = Math.max(1, 8192 / nodes);
    for (int r0 = 0; r0 < u.rows(); r0 += block) {
      int rows = Math.min(block, u.rows() - r0);
      DoubleMatrix points = new DoubleMatrix(rows * nodes, u.cols());
      DoubleMatrix conditions = new DoubleMatrix(rows * nodes, y.cols());
      double[] logWeights = new double[nodes];
      for (int i = 0; i < rows; i++) {
        double[] theta = new double[pairs];
        for (int p = 0; p < pairs; p++) {
          theta[p] = angle(u.get(r0 + i, first + 2 * p), u.get(r0 + i, first + 2 * p + 1));
        }
        for (int n = 0; n < nodes; n++) {
          int row = i * nodes + n;
          points.copyRows(u, r0 + i, row, 1);
          conditions.copyRows(y, r0 + i, row, 1);
          double logW = 0;
          for (int p = 0, k = n; p < pairs; p++, k /= NODES) {
            double[] xy = point(theta[p], Math.exp(logRadius(k % NODES)));
            points.set(row, first + 2 * p, xy[0]);
            points.set(row, first + 2 * p + 1, xy[1]);
            logW += logWeight(k % NODES);
          }
          logWeights[n] = logW;
        }
      }
      double[] log = logDensity.apply(points, conditions);
      for (int i = 0; i < rows; i++) {
        out[r0 + i] = logSumExp(log, logWeights, i * nodes, nodes);
      }
    }
    return out;
  }

  private static double logSumExp(double[] log, double[] logWeights, int from, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, log[from + k] + logWeights[k]);
    }
    if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
      return max;
    }
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += Math.exp(log[from + k] + logWeights[k] - max);
    }
    return max + Math.log(sum);
  }
}
