package org.inversesuite.core.block;

import org.inversesuite.core.tensor.Matrix;

/**
 * A monotone rational-quadratic spline on [−B, B] with K bins and linear (identity) tails
 * (Durkan et al. 2019, "Neural Spline Flows", arXiv:1906.04009, section 3 and appendix A).
 *
 * <p>From 3K − 1 unconstrained values θ = (θʷ, θʰ, θᵈ): bin widths and heights
 * {@code w_k = 2B (m + (1 − Km) softmax(θʷ)_k)} (same for h with θʰ), knots
 * {@code x_k = −B + Σ_{i<k} w_i}, {@code y_k = −B + Σ_{i<k} h_i}, interior derivatives
 * {@code δ_k = m + softplus(θᵈ_k + c)} for k = 1..K−1 with {@code c = log(e^{1−m} − 1)}, and
 * {@code δ_0 = δ_K = 1} so the spline joins the identity tails with a continuous slope. All θ
 * zero gives uniform bins and unit slopes: the identity. m = 10⁻³ is the minimum bin size and
 * slope (nflows' defaults). In bin k, with ξ = (x − x_k)/w_k, s = h_k/w_k, t = ξ(1 − ξ):
 * \[ y = y_k + h_k \frac{s\xi^2 + \delta_k t}{s + (\delta_{k+1} + \delta_k - 2s)\,t}, \qquad
 *    \frac{dy}{dx} = \frac{s^2\big(\delta_{k+1}\xi^2 + 2st + \delta_k(1-\xi)^2\big)}
 *                        {\big(s + (\delta_{k+1} + \delta_k - 2s)t\big)^2}, \]
 * and y = x, dy/dx = 1 outside [−B, B]. The inverse solves the quadratic a ξ² + b ξ + c = 0
 * for the root in [0, 1] in its cancellation-free form ξ = 2c / (−b − √(b² − 4ac)) (eq. 29).
 *
 * <p>One instance holds the knots of one (row, dimension) at a time: {@link #load} then
 * {@link #forward}, {@link #inverse} or {@link #backward}. Instances are cheap and not shared
 * between threads.
 */
final class RationalQuadraticSpline {
  /** Minimum bin width, bin height and interior slope (nflows' defaults). */
  static final double MIN = 1e-3;
  private static final double SLOPE_SHIFT = Math.log(Math.expm1(1 - MIN));
  private final int bins;
  private final double bound;
  private final double[] pw;
  private final double[] ph;
  private final double[] xk;
  private final double[] yk;
  private final double[] delta;
  private final double[] slopeSigmoid;
  private final double[] gWidth;
  private final double[] gHeight;
  private double logDerivative;
  private int current;
  private double width;
  private double height;
  private double slope;
  private double xi;

  /**
   * @param bins K, at least 2
   * @param bound B &gt; 0
   */
  RationalQuadraticSpline(int bins, double bound) {
    this.bins = bins;
    this.bound = bound;
    pw = new double[bins];
    ph = new double[bins];
    xk = new double[bins + 1];
    yk = new double[bins + 1];
    delta = new double[bins + 1];
    slopeSigmoid = new double[bins + 1];
    gWidth = new double[bins];
    gHeight = new double[bins];
  }

  /** @return 3K − 1, the number of raw values per dimension */
  static int parameterCount(int bins) {
    return 3 * bins - 1;
  }

  /** Reads θ from {@code raw[offset .. offset + 3K − 1)} and computes knots and slopes. */
  void load(Matrix raw, int offset) {
    softmax(raw, offset, pw);
    softmax(raw, offset + bins, ph);
    knots(pw, xk);
    knots(ph, yk);
    delta[0] = 1;
    delta[bins] = 1;
    for (int k = 1; k < bins; k++) {
      double u = raw.get(offset + 2 * bins + k - 1) + SLOPE_SHIFT;
      delta[k] = MIN + softplus(u);
      slopeSigmoid[k] = 1 / (1 + Math.exp(-u));
    }
  }

  private void softmax(Matrix raw, int offset, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < bins; k++) {
      max = Math.max(max, raw.get(offset + k));
    }
    double sum = 0;
    for (int k = 0; k < bins; k++) {
      p[k] = Math.exp(raw.get(offset + k) - max);
      sum += p[k];
    }
    for (int k = 0; k < bins; k++) {
      p[k] /= sum;
    }
  }

  private double size(double p) {
    return 2 * bound * (MIN + (1 - bins * MIN) * p);
  }

  private void knots(double[] p, double[] knots) {
    knots[0] = -bound;
    for (int k = 0; k < bins; k++) {
      knots[k + 1] = knots[k] + size(p[k]);
    }
    knots[bins] = bound;
  }

  private static double softplus(double u) {
    return u > 30 ? u : Math.log1p(Math.exp(u));
  }

  private int bin(double[] knots, double v) {
    int lo = 0;
    int hi = bins - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (knots[mid] <= v) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private boolean inside(double v) {
    return v >= -bound && v <= bound;
  }

  /** @return log dy/dx of the last {@link #forward} (minus it, for {@link #inverse}: log dx/dy) */
  double logDerivative() {
    return logDerivative;
  }

  /** @return y = S(x); {@link #logDerivative()} then holds log S'(x) */
  double forward(double x) {
    if (!inside(x)) {
      logDerivative = 0;
      return x;
    }
    locate(x);
    int k = current;
    double t = xi * (1 - xi);
    double den = slope + (delta[k + 1] + delta[k] - 2 * slope) * t;
    double num = delta[k + 1] * xi * xi + 2 * slope * t + delta[k] * (1 - xi) * (1 - xi);
    logDerivative = 2 * Math.log(slope) + Math.log(num) - 2 * Math.log(den);
    return yk[k] + height * (slope * xi * xi + delta[k] * t) / den;
  }

  /** Sets the bin k (current) of x, its width, height, slope s = h/w and ξ = (x − x_k)/w. */
  private void locate(double x) {
    current = bin(xk, x);
    width = xk[current + 1] - xk[current];
    height = yk[current + 1] - yk[current];
    slope = height / width;
    xi = (x - xk[current]) / width;
  }

  /** @return x = S⁻¹(y); {@link #logDerivative()} then holds log (S⁻¹)'(y) = −log S'(x) */
  double inverse(double y) {
    if (!inside(y)) {
      logDerivative = 0;
      return y;
    }
    int k = bin(yk, y);
    double w = xk[k + 1] - xk[k];
    double h = yk[k + 1] - yk[k];
    double s = h / w;
    double dy = y - yk[k];
    double sum = delta[k + 1] + delta[k] - 2 * s;
    double a = h * (s - delta[k]) + dy * sum;
    double b = h * delta[k] - dy * sum;
    double c = -s * dy;
    double disc = Math.max(0, b * b - 4 * a * c);
    double xi = Math.min(1, Math.max(0, 2 * c / (-b - Math.sqrt(disc))));
    double x = xk[k] + xi * w;
    forward(x);
    logDerivative = -logDerivative;
    return x;
  }

  /**
   * Backward of {@link #forward} at x: with gy = ∂L/∂y and gl = ∂L/∂log S'(x), writes ∂L/∂θ
   * into {@code dRaw[offset ..)} and returns ∂L/∂x. Requires {@link #load} for the same θ.
   */
  double backward(double x, double gy, double gl, Matrix dRaw, int offset) {
    int p = parameterCount(bins);
    for (int i = 0; i < p; i++) {
      dRaw.set(offset + i, 0);
    }
    if (!inside(x)) {
      return gy;
    }
    locate(x);
    int k = current;
    double w = width;
    double h = height;
    double s = slope;
    double d0 = delta[k];
    double d1 = delta[k + 1];
    double t = xi * (1 - xi);
    double dt = 1 - 2 * xi;
    double sum = d0 + d1 - 2 * s;
    double num = s * xi * xi + d0 * t;
    double den = s + sum * t;
    double m = d1 * xi * xi + 2 * s * t + d0 * (1 - xi) * (1 - xi);
    // Partials of R = num/den and of ℓ = log S' with respect to ξ, s, δ_k, δ_{k+1}.
    double denXi = sum * dt;
    double denS = 1 - 2 * t;
    double rXi = ((2 * s * xi + d0 * dt) * den - num * denXi) / (den * den);
    double rS = (xi * xi * den - num * denS) / (den * den);
    double rD0 = (t * den - num * t) / (den * den);
    double rD1 = -num * t / (den * den);
    double lXi = (2 * d1 * xi + 2 * s * dt - 2 * d0 * (1 - xi)) / m - 2 * denXi / den;
    double lS = 2 / s + 2 * t / m - 2 * denS / den;
    double lD0 = (1 - xi) * (1 - xi) / m - 2 * t / den;
    double lD1 = xi * xi / m - 2 * t / den;
    double gXi = gy * h * rXi + gl * lXi;
    double gS = gy * h * rS + gl * lS;
    double gD0 = gy * h * rD0 + gl * lD0;
    double gD1 = gy * h * rD1 + gl * lD1;
    // Chain to the bin's geometry: ξ = (x − x_k)/w, s = h/w, y = y_k + h R.
    double gKnotX = -gXi / w;
    double gW = -gXi * xi / w - gS * s / w;
    double gKnotY = gy;
    double gH = gy * num / den + gS / w;
    for (int i = 0; i < bins; i++) {
      gWidth[i] = i < k ? gKnotX : i == k ? gW : 0;
      gHeight[i] = i < k ? gKnotY : i == k ? gH : 0;
    }
    softmaxBackward(pw, gWidth, dRaw, offset);
    softmaxBackward(ph, gHeight, dRaw, offset + bins);
    if (k > 0) {
      dRaw.set(offset + 2 * bins + k - 1, gD0 * slopeSigmoid[k]);
    }
    if (k + 1 < bins) {
      dRaw.set(offset + 2 * bins + k, gD1 * slopeSigmoid[k + 1]);
    }
    return gXi / w;
  }

  /** ∂L/∂θ_j = p_j (g_j − Σ_i p_i g_i) with g = ∂L/∂p = 2B(1 − Km) ∂L/∂size. */
  private void softmaxBackward(double[] p, double[] gSize, Matrix dRaw, int offset) {
    double scale = 2 * bound * (1 - bins * MIN);
    double dot = 0;
    for (int i = 0; i < bins; i++) {
      dot += p[i] * gSize[i];
    }
    for (int j = 0; j < bins; j++) {
      dRaw.set(offset + j, scale * p[j] * (gSize[j] - dot));
    }
  }
}
