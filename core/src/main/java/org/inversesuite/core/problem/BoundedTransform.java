package org.inversesuite.core.problem;

import org.inversesuite.core.block.VectorExp;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A bijection between a box-bounded parameter space and ℝᵈ, one coordinate at a time, so that a
 * flow trained on u = T(x) can only ever produce x = T⁻¹(u) inside the support (the
 * constraint transforms of Stan: Stan Development Team, "Stan Reference Manual", chapter
 * "Constraint transforms"; Carpenter et al. 2017, "Stan: a probabilistic programming language",
 * J. Stat. Softw. 76(1)).
 * Per coordinate, by which bounds are finite:
 * <ul>
 *   <li>(a, b): u = log((x − a)/(b − x)) (logit), x = a + (b − a) σ(u),
 *       log|dx/du| = log(b − a) + log σ(u) + log σ(−u);</li>
 *   <li>(a, ∞): u = log(x − a), x = a + eᵘ, log|dx/du| = u;</li>
 *   <li>(−∞, b): u = log(b − x), x = b − eᵘ, log|dx/du| = u;</li>
 *   <li>(−∞, ∞): u = x, log|dx/du| = 0.</li>
 * </ul>
 * The log-Jacobians of whole rows are sums over coordinates;
 * forwardLogDet(x) = −inverseLogDet(T(x)). The density of u is
 * log p_U(u) = log p_X(T⁻¹(u)) + inverseLogDet(u) ({@link #unconstrainedLogDensity}).
 *
 * <p>Floating point: {@link #inverse} clamps its results into the open interval's representable
 * interior [nextUp(a), nextDown(b)] (and finite values), so every u, however large, maps to a
 * point strictly inside the support from which {@link #forward} returns a finite value.
 * {@link #forward} treats a value exactly on a finite bound the same way and refuses values
 * outside the support. Immutable and thread-safe.
 */
@com.fasterxml.jackson.annotation.JsonAutoDetect(getterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
    fieldVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
public final class BoundedTransform {
  private final double[] lower;
  private final double[] upper;

  /**
   * @param lower aⱼ, finite or −∞
   * @param upper bⱼ &gt; aⱼ, finite or +∞
   */
  @com.fasterxml.jackson.annotation.JsonCreator
  public BoundedTransform(@com.fasterxml.jackson.annotation.JsonProperty("lower") double[] lower,
      @com.fasterxml.jackson.annotation.JsonProperty("upper") double[] upper) {
    PriorChecks.bounds(lower, upper, true);
    this.lower = lower.clone();
    this.upper = upper.clone();
  }

  /** @return the identity on ℝᵈ (no bound in any dimension) */
  public static BoundedTransform unbounded(int d) {
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(lo, Double.NEGATIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
    return new BoundedTransform(lo, hi);
  }

  /** @return aⱼ (a copy) */
  public double[] lower() {
    return lower.clone();
  }

  /** @return bⱼ (a copy) */
  public double[] upper() {
    return upper.clone();
  }

  /** @return true if row r of x lies in the support [aⱼ, bⱼ] in every dimension (false for NaN) */
  public boolean contains(Matrix x, int r) {
    for (int j = 0; j < lower.length; j++) {
      double v = x.get(r, j);
      if (!(v >= lower[j] && v <= upper[j])) {
        return false;
      }
    }
    return true;
  }

  /** @return true if no dimension has a finite bound (the transform is the identity) */
  public boolean isIdentity() {
    for (int j = 0; j < lower.length; j++) {
      if (Double.isFinite(lower[j]) || Double.isFinite(upper[j])) {
        return false;
      }
    }
    return true;
  }

  /** @return the transform for the support of a uniform prior */
  public static BoundedTransform of(UniformPrior prior) {
    return new BoundedTransform(prior.lower(), prior.upper());
  }

  /** @return the transform for the support of a log-uniform prior */
  public static BoundedTransform of(LogUniformPrior prior) {
    return new BoundedTransform(prior.lower(), prior.upper());
  }

  /** @return the transform for the support of a truncated normal prior */
  public static BoundedTransform of(TruncatedNormalPrior prior) {
    return new BoundedTransform(prior.lower(), prior.upper());
  }

  /** @return d */
  public int dimension() {
    return lower.length;
  }

  /**
   * @param x points of the support, shape [n, d]
   * @return u = T(x), shape [n, d], float64
   * @throws IllegalArgumentException if a value lies outside [aⱼ, bⱼ] or is NaN
   */
  public Matrix forward(Matrix x) {
    PriorChecks.shape(x, lower.length);
    DoubleMatrix u = new DoubleMatrix(x.rows(), x.cols());
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < lower.length; j++) {
        double v = interior(x.get(r, j), r, j);
        double a = lower[j];
        double b = upper[j];
        double value;
        if (Double.isFinite(a) && Double.isFinite(b)) {
          value = Math.log(v - a) - Math.log(b - v);
        } else if (Double.isFinite(a)) {
          value = Math.log(v - a);
        } else if (Double.isFinite(b)) {
          value = Math.log(b - v);
        } else {
          value = v;
        }
        u.set(r, j, value);
      }
    }
    return u;
  }

  /**
   * @param u unconstrained points, shape [n, d]
   * @return x = T⁻¹(u), shape [n, d], float64, strictly inside the support
   */
  public Matrix inverse(Matrix u) {
    PriorChecks.shape(u, lower.length);
    return u instanceof DoubleMatrix du ? inverseByColumns(du) : inverseByElements(u);
  }

  /** {@link #inverse} one element at a time with {@link Math#exp}: the path before run 20, kept as its reference. */
  Matrix inverseByElements(Matrix u) {
    DoubleMatrix x = new DoubleMatrix(u.rows(), u.cols());
    for (int r = 0; r < u.rows(); r++) {
      for (int j = 0; j < lower.length; j++) {
        double t = u.get(r, j);
        double a = lower[j];
        double b = upper[j];
        double value;
        if (Double.isFinite(a) && Double.isFinite(b)) {
          // from the nearer bound, so values close to either end keep their precision
          value = t >= 0 ? b - (b - a) * sigmoid(-t) : a + (b - a) * sigmoid(t);
        } else if (Double.isFinite(a)) {
          value = a + Math.exp(t);
        } else if (Double.isFinite(b)) {
          value = b - Math.exp(t);
        } else {
          value = t;
        }
        x.set(r, j, clampInside(value, a, b));
      }
    }
    return x;
  }

  /** @return log|det ∂T(x)/∂x| per row (x clamped as in {@link #forward}) */
  public double[] forwardLogDet(Matrix x) {
    PriorChecks.shape(x, lower.length);
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      double s = 0;
      for (int j = 0; j < lower.length; j++) {
        double v = interior(x.get(r, j), r, j);
        double a = lower[j];
        double b = upper[j];
        if (Double.isFinite(a) && Double.isFinite(b)) {
          s += Math.log(b - a) - Math.log(v - a) - Math.log(b - v);
        } else if (Double.isFinite(a)) {
          s -= Math.log(v - a);
        } else if (Double.isFinite(b)) {
          s -= Math.log(b - v);
        }
      }
      out[r] = s;
    }
    return out;
  }

  /** @return log|det ∂T⁻¹(u)/∂u| per row */
  public double[] inverseLogDet(Matrix u) {
    PriorChecks.shape(u, lower.length);
    double[] out = new double[u.rows()];
    for (int r = 0; r < out.length; r++) {
      double s = 0;
      for (int j = 0; j < lower.length; j++) {
        double t = u.get(r, j);
        boolean finiteLower = Double.isFinite(lower[j]);
        boolean finiteUpper = Double.isFinite(upper[j]);
        if (finiteLower && finiteUpper) {
          s += Math.log(upper[j] - lower[j]) - softplus(-t) - softplus(t);
        } else if (finiteLower || finiteUpper) {
          s += t;
        }
      }
      out[r] = s;
    }
    return out;
  }

  /**
   * @param prior a prior whose support is this transform's box
   * @param u unconstrained points, shape [n, d]
   * @return log p_U(u) = log p_X(T⁻¹(u)) + log|det ∂T⁻¹(u)/∂u| per row
   */
  public double[] unconstrainedLogDensity(Prior prior, Matrix u) {
    double[] lp = prior.logDensity(inverse(u));
    double[] logDet = inverseLogDet(u);
    for (int r = 0; r < lp.length; r++) {
      lp[r] += logDet[r];
    }
    return lp;
  }

  private double interior(double v, int r, int j) {
    if (!(v >= lower[j] && v <= upper[j])) {
      throw new IllegalArgumentException("x[" + r + ", " + j + "] = " + v + " lies outside the support ["
          + lower[j] + ", " + upper[j] + "]");
    }
    return clampInside(v, lower[j], upper[j]);
  }

  /**
   * {@link #inverse} column by column: for a box (a, b) e = e^{−|t|} of the whole column over the vector lanes
   * ({@link VectorExp}, within 2 ulp of {@link Math#exp}), then x = b − (b − a) e/(1 + e) for t ≥ 0 and
   * a + (b − a) e/(1 + e) otherwise: {@link #sigmoid}'s operations in its order on that e, so x differs from the
   * per-element path only where the two exponentials differ in their last bits (|t| &gt; 700, beyond
   * {@link VectorExp}'s range, takes {@link Math#exp}); then clamped inside as there. The division, the choice of
   * end and the clamp run over the lanes too (docs/astro.md run 23): IEEE division and min/max are the same per
   * lane as per element, so this is bit for bit {@link #inverseByColumnsScalarSigmoid}.
   */
  private DoubleMatrix inverseByColumns(DoubleMatrix u) {
    int n = u.rows();
    int d = lower.length;
    double[] in = u.data();
    DoubleMatrix x = new DoubleMatrix(n, d);
    double[] out = x.data();
    int padded = (n + VectorExp.LANES - 1) / VectorExp.LANES * VectorExp.LANES;
    double[] t = new double[padded];
    double[] column = new double[padded];
    double[] e = new double[padded];
    for (int j = 0; j < d; j++) {
      double a = lower[j];
      double b = upper[j];
      double low = Double.isFinite(a) ? Math.nextUp(a) : -Double.MAX_VALUE;
      double high = Double.isFinite(b) ? Math.nextDown(b) : Double.MAX_VALUE;
      if (Double.isFinite(a) && Double.isFinite(b)) {
        for (int r = 0; r < n; r++) {
          t[r] = in[r * d + j];
          column[r] = -Math.min(Math.abs(t[r]), VectorExp.LIMIT);
        }
        VectorExp.exp(column, e, padded);
        BoxSigmoid.apply(t, e, a, b, low, high, column, padded);
        for (int r = 0; r < n; r++) {
          double tr = t[r];
          // beyond the vector exp's range (and NaN): the element path's Math.exp, as the reference
          out[r * d + j] = Math.abs(tr) <= VectorExp.LIMIT ? column[r] : boxValue(tr, Math.exp(-Math.abs(tr)), a, b,
              low, high);
        }
      } else {
        notBoxColumn(in, n, d, j, out);
      }
    }
    return x;
  }

  /** Column j of x, not a box: a + eᵗ, b − eᵗ or t, clamped inside as {@link #inverse}. */
  private void notBoxColumn(double[] in, int n, int d, int j, double[] out) {
    double a = lower[j];
    double b = upper[j];
    double low = Double.isFinite(a) ? Math.nextUp(a) : -Double.MAX_VALUE;
    double high = Double.isFinite(b) ? Math.nextDown(b) : Double.MAX_VALUE;
    for (int r = 0; r < n; r++) {
      double t = in[r * d + j];
      double value = Double.isFinite(a) ? a + Math.exp(t) : Double.isFinite(b) ? b - Math.exp(t) : t;
      out[r * d + j] = Math.min(Math.max(value, low), high);
    }
  }

  /** x of a box (a, b) from t and e = e^{−|t|}, clamped to [low, high]: {@link #sigmoid}'s operations. */
  static double boxValue(double t, double e, double a, double b, double low, double high) {
    double g = e / (1 + e);
    double value = t >= 0 ? b - (b - a) * g : a + (b - a) * g;
    return Math.min(Math.max(value, low), high);
  }

  /**
   * {@link #inverseByColumns} with the sigmoid's division and clamp per element (run 20's column path, kept as its
   * reference: docs/astro.md run 23). {@link #inverse} column by column: for a box (a, b) e = e^{−|t|} of the whole
   * column over the vector lanes ({@link VectorExp}, within 2 ulp of {@link Math#exp}), then
   * x = b − (b − a) e/(1 + e) for t ≥ 0 and
   * a + (b − a) e/(1 + e) otherwise: {@link #sigmoid}'s operations in its order on that e, so x differs from the
   * per-element path only where the two exponentials differ in their last bits (|t| &gt; 700, beyond
   * {@link VectorExp}'s range, takes {@link Math#exp}); then clamped inside as there.
   */
  DoubleMatrix inverseByColumnsScalarSigmoid(DoubleMatrix u) {
    int n = u.rows();
    int d = lower.length;
    double[] in = u.data();
    DoubleMatrix x = new DoubleMatrix(n, d);
    double[] out = x.data();
    int padded = (n + VectorExp.LANES - 1) / VectorExp.LANES * VectorExp.LANES;
    double[] column = new double[padded];
    double[] e = new double[padded];
    for (int j = 0; j < d; j++) {
      double a = lower[j];
      double b = upper[j];
      double low = Double.isFinite(a) ? Math.nextUp(a) : -Double.MAX_VALUE;
      double high = Double.isFinite(b) ? Math.nextDown(b) : Double.MAX_VALUE;
      if (Double.isFinite(a) && Double.isFinite(b)) {
        for (int r = 0; r < n; r++) {
          column[r] = -Math.min(Math.abs(in[r * d + j]), VectorExp.LIMIT);
        }
        VectorExp.exp(column, e, padded);
        double width = b - a;
        for (int r = 0; r < n; r++) {
          double t = in[r * d + j];
          double er = Math.abs(t) <= VectorExp.LIMIT ? e[r] : Math.exp(-Math.abs(t));
          double g = er / (1 + er);
          double value = t >= 0 ? b - width * g : a + width * g;
          out[r * d + j] = Math.min(Math.max(value, low), high);
        }
      } else {
        notBoxColumn(in, n, d, j, out);
      }
    }
    return x;
  }

  private static double clampInside(double v, double a, double b) {
    double low = Double.isFinite(a) ? Math.nextUp(a) : -Double.MAX_VALUE;
    double high = Double.isFinite(b) ? Math.nextDown(b) : Double.MAX_VALUE;
    return Math.min(Math.max(v, low), high);
  }

  /** @return 1/(1 + e^{−t}) */
  private static double sigmoid(double t) {
    if (t >= 0) {
      return 1 / (1 + Math.exp(-t));
    }
    double e = Math.exp(t); // once: the same value as the two calls before (run 17, docs/astro.md)
    return e / (1 + e);
  }

  /** @return log(1 + eᵗ) without overflow */
  private static double softplus(double t) {
    return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  }
}
