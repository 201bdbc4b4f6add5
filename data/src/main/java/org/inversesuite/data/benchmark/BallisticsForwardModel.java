package org.inversesuite.data.benchmark;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * Forward map of the 1-D ballistics benchmark of Kruse et al. 2021, "Benchmarking invertible
 * architectures on inverse problems" (arXiv:2101.10763): a ball of mass m launched from
 * (x₀, y₀) at angle α with speed v₀ under gravity g and linear drag k. With
 * v_x = v₀ cos α, v_y = v₀ sin α and E(t) = exp(−k t / m) − 1 the trajectory is
 *
 * <pre>
 *   x(t) = x₀ − (v_x m / k) E(t)
 *   y(t) = y₀ − (m / k²) ((g m + v_y k) E(t) + g t k)
 * </pre>
 *
 * and the observation is the impact position y = x(t*), where t* is the time at which the
 * trajectory crosses y = 0 after its apex.
 *
 * <p><b>Finding t* exactly.</b> y'(t) = (v_y + g m / k) e^{−kt/m} − g m / k vanishes at the apex
 * t_a = (m/k) ln(1 + v_y k / (g m)) and is negative afterwards, so y has exactly one root in
 * [t_lo, t_hi] with t_lo = max(0, t_a) and
 *
 * <pre>
 *   t_hi = (k / (g m)) (y₀ + (m / k²) max(0, g m + v_y k)),
 * </pre>
 *
 * since E ≥ −1 gives y(t) ≤ y₀ + (m/k²) max(0, g m + v_y k) − g m t / k. The root is found
 * by Commons Math's {@link BrentSolver} on that bracket to an absolute accuracy of 1e-13 s.
 *
 * <p><b>Samples that never land; the stated rule.</b> For y₀ ≥ 0 every trajectory lands:
 * y(t_lo) ≥ y₀ ≥ 0 and y(t_hi) ≤ 0. Only a launch below the ground (y₀ &lt; 0) can fail to
 * cross y = 0 after its apex. The prior clips y₀ at 0, and so does this model: a launch height
 * y₀ &lt; 0 is treated as y₀ = 0 (the ball starts on the ground), which keeps f defined for the
 * samples of any posterior method. A downward shot (v_y &lt; 0, possible for angles or speeds that
 * a method samples outside the prior) has no apex after launch; t_lo = 0 then. v₀ is used as a
 * real number, though the prior draws integers. With y₀ = 0 and v_y ≤ 0 the ball lands at once:
 * y = x₀. Every finite input therefore has exactly one impact; non-finite input is refused.
 *
 * <p>Immutable and thread-safe (one solver per call).
 */
public final class BallisticsForwardModel implements ForwardModel {
  private static final double ACCURACY = 1e-13;
  private static final int MAX_EVALUATIONS = 200;

  private final double gravity;
  private final double drag;
  private final double mass;

  /**
   * @param gravity g, finite and &gt; 0
   * @param drag k, finite and &gt; 0
   * @param mass m, finite and &gt; 0
   */
  public BallisticsForwardModel(double gravity, double drag, double mass) {
    this.gravity = positive(gravity, "gravity g");
    this.drag = positive(drag, "drag k");
    this.mass = positive(mass, "mass m");
  }

  /** @return the setting of Kruse et al. 2021: g = 9.81, k = 0.25, m = 0.2 */
  public static BallisticsForwardModel kruse2021() {
    return new BallisticsForwardModel(9.81, 0.25, 0.2);
  }

  private static double positive(double v, String what) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be finite and > 0, got " + v);
    }
    return v;
  }

  /** @return 4: (x₀, y₀, α, v₀) */
  @Override
  public int inputDimension() {
    return 4;
  }

  /** @return 1: the impact position */
  @Override
  public int outputDimension() {
    return 1;
  }

  /**
   * @param x shape [n, 4], rows (x₀, y₀, α, v₀), finite, either precision
   * @return shape [n, 1], the impact positions, float64
   * @throws NonFiniteException if an entry of x is NaN or infinite
   */
  @Override
  public Matrix apply(Matrix x) {
    x.requireShape(x.rows(), 4, "ballistics parameters x");
    int n = x.rows();
    double[] out = new double[n];
    BrentSolver solver = new BrentSolver(ACCURACY);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < 4; c++) {
        if (!Double.isFinite(x.get(r, c))) {
          throw new NonFiniteException("ballistics parameters x", r, c, x.get(r, c));
        }
      }
      double vx = x.get(r, 3) * Math.cos(x.get(r, 2));
      double vy = x.get(r, 3) * Math.sin(x.get(r, 2));
      double t = impactTime(Math.max(0, x.get(r, 1)), vy, solver);
      out[r] = x.get(r, 0) + horizontalTravel(vx, t);
    }
    return new DoubleMatrix(n, 1, out);
  }

  /** @return x(t) − x₀ = −(v_x m / k) E(t) */
  public double horizontalTravel(double vx, double t) {
    return -(vx * mass / drag) * Math.expm1(-drag * t / mass);
  }

  /** @return y(t) for launch height y0 and vertical speed vy */
  public double height(double y0, double vy, double t) {
    double e = Math.expm1(-drag * t / mass);
    return y0 - (mass / (drag * drag)) * ((gravity * mass + vy * drag) * e + gravity * t * drag);
  }

  /** @return the apex time t_a = (m/k) ln(1 + v_y k / (g m)), clamped at 0 for downward shots */
  public double apexTime(double vy) {
    double ratio = vy * drag / (gravity * mass);
    return ratio <= 0 ? 0 : (mass / drag) * Math.log1p(ratio);
  }

  /**
   * @param y0 launch height, ≥ 0 (the caller applies the clipping rule)
   * @param vy vertical launch speed
   * @return t*, the time of the crossing of y = 0 after the apex
   */
  public double impactTime(double y0, double vy) {
    return impactTime(y0, vy, new BrentSolver(ACCURACY));
  }

  private double impactTime(double y0, double vy, BrentSolver solver) {
    if (!(y0 >= 0)) {
      throw new IllegalArgumentException("launch height must be >= 0 after clipping, got " + y0);
    }
    double lo = apexTime(vy);
    // the bound is strict for finite t; the relative margin only guards against rounding
    double hi = (drag / (gravity * mass)) * (y0 + (mass / (drag * drag)) * Math.max(0, gravity * mass + vy * drag))
        * (1 + 1e-9) + 1e-12;
    if (height(y0, vy, lo) <= 0) {
      return lo; // y0 = 0 and no ascent: the ball is on the ground already
    }
    return solver.solve(MAX_EVALUATIONS, t -> height(y0, vy, t), lo, Math.max(hi, lo));
  }

  @Override
  public String toString() {
    return "BallisticsForwardModel[g=" + gravity + ", k=" + drag + ", m=" + mass + "]";
  }
}
