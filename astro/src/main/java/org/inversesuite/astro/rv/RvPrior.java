package org.inversesuite.astro.rv;

import java.util.List;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Independent priors over the seven parameters of {@link RvParameters}, ranges from an
 * {@link RvPriorConfig}. The density is exact, with its normalising constant:
 *
 * <pre>
 *   log p(x) = −log P − log ln(P_max / P_min)      P ∈ [P_min, P_max]
 *              − log K_max                         K ∈ [0, K_max]
 *              − log e_max                         e ∈ [0, e_max)
 *              − 2 log 2π                          ω, M₀ ∈ [0, 2π)
 *              − log(γ_max − γ_min)                γ ∈ [γ_min, γ_max]
 *              − log s_max                         s ∈ [0, s_max]
 * </pre>
 *
 * and −∞ when any component is outside its interval (or NaN). Sampling draws each row's seven
 * values in column order from one stream: log P uniform, then K, e, ω, M₀, γ, s uniform, so a
 * seed fixes every sample. Immutable and thread-safe.
 */
public final class RvPrior implements Prior {
  private static final double TWO_PI = 2 * Math.PI;

  private final RvPriorConfig config;
  private final double logNormaliser;

  /** @param config the ranges */
  public RvPrior(RvPriorConfig config) {
    this.config = config;
    this.logNormaliser = -Math.log(Math.log(config.periodMax() / config.periodMin()))
        - Math.log(config.semiAmplitudeMax()) - Math.log(config.eccentricityMax()) - 2 * Math.log(TWO_PI)
        - Math.log(config.systemicMax() - config.systemicMin()) - Math.log(config.jitterMax());
  }

  /** @return the prior with {@link RvPriorConfig#defaults()} */
  public static RvPrior defaults() {
    return new RvPrior(RvPriorConfig.defaults());
  }

  /** @return the ranges */
  public RvPriorConfig config() {
    return config;
  }

  @Override
  public int dimension() {
    return RvParameters.DIMENSION;
  }

  @Override
  public List<String> names() {
    return RvParameters.NAMES;
  }

  /**
   * @param n number of draws, ≥ 0
   * @return shape [n, 7], float64, columns in {@link RvParameters#NAMES} order
   */
  @Override
  public Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    double logMin = Math.log(config.periodMin());
    double logMax = Math.log(config.periodMax());
    double[] out = new double[Math.multiplyExact(n, RvParameters.DIMENSION)];
    for (int r = 0, k = 0; r < n; r++) {
      out[k++] = Math.max(config.periodMin(), Math.min(config.periodMax(), Math.exp(rng.uniform(logMin, logMax))));
      out[k++] = rng.uniform(0, config.semiAmplitudeMax());
      out[k++] = rng.uniform(0, config.eccentricityMax());
      out[k++] = rng.uniform(0, TWO_PI);
      out[k++] = rng.uniform(0, TWO_PI);
      out[k++] = rng.uniform(config.systemicMin(), config.systemicMax());
      out[k++] = rng.uniform(0, config.jitterMax());
    }
    return new DoubleMatrix(n, RvParameters.DIMENSION, out);
  }

  /**
   * @param x shape [n, 7], either precision
   * @return log p(x) per row; −∞ outside the support
   */
  @Override
  public double[] logDensity(Matrix x) {
    int d = RvParameters.DIMENSION;
    x.requireShape(x.rows(), d, "prior argument x");
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      int b = r * d;
      double period = x.get(b);
      boolean inside = period >= config.periodMin() && period <= config.periodMax()
          && within(x.get(b + 1), 0, config.semiAmplitudeMax())
          && halfOpen(x.get(b + 2), 0, config.eccentricityMax())
          && halfOpen(x.get(b + 3), 0, TWO_PI)
          && halfOpen(x.get(b + 4), 0, TWO_PI)
          && within(x.get(b + 5), config.systemicMin(), config.systemicMax())
          && within(x.get(b + 6), 0, config.jitterMax());
      out[r] = inside ? logNormaliser - Math.log(period) : Double.NEGATIVE_INFINITY;
    }
    return out;
  }

  private static boolean within(double v, double lo, double hi) {
    return v >= lo && v <= hi;
  }

  private static boolean halfOpen(double v, double lo, double hi) {
    return v >= lo && v < hi;
  }

  @Override
  public String toString() {
    return "RvPrior" + config;
  }
}
