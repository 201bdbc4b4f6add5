package org.inversesuite.astro.interior;

import java.util.List;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Prior of the planet-interior inversion over x = (u₁, u₂, M):
 *
 * <pre>
 *   u₁, u₂ ~ U[0, 1]                 composition, mapped to the simplex by
 *                                    {@link Composition#fromUnitSquare} (uniform on the simplex)
 *   M      log-uniform on [M_min, M_max] Earth masses
 *
 *   log p(x) = −log M − log ln(M_max / M_min)   inside, −∞ outside (or NaN)
 * </pre>
 *
 * The square is the parametrisation because it is a box the flow can learn without
 * constraints, while the fractions themselves live on a 2-simplex. Sampling draws u₁, u₂, then
 * ln M, row by row. Immutable and thread-safe.
 */
public final class InteriorPrior implements Prior {
  /** Parameter names: the two unit-square coordinates of the composition and the mass (M⊕). */
  public static final List<String> NAMES = List.of("u1", "u2", "mass");

  private final InteriorPriorConfig config;
  private final double logWidth;

  /** @param config the mass range */
  public InteriorPrior(InteriorPriorConfig config) {
    this.config = config;
    this.logWidth = Math.log(Math.log(config.massMax() / config.massMin()));
  }

  /** @return the prior with {@link InteriorPriorConfig#defaults()} */
  public static InteriorPrior defaults() {
    return new InteriorPrior(InteriorPriorConfig.defaults());
  }

  /** @return the mass range */
  public InteriorPriorConfig config() {
    return config;
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public List<String> names() {
    return NAMES;
  }

  /** @return shape [n, 3], rows (u₁, u₂, M), float64 */
  @Override
  public Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    double lo = Math.log(config.massMin());
    double hi = Math.log(config.massMax());
    double[] out = new double[Math.multiplyExact(n, 3)];
    for (int r = 0; r < n; r++) {
      out[3 * r] = rng.uniform();
      out[3 * r + 1] = rng.uniform();
      out[3 * r + 2] = Math.max(config.massMin(), Math.min(config.massMax(), Math.exp(rng.uniform(lo, hi))));
    }
    return new DoubleMatrix(n, 3, out);
  }

  /** @return log p(x) per row of x (shape [n, 3]); −∞ outside the support */
  @Override
  public double[] logDensity(Matrix x) {
    x.requireShape(x.rows(), 3, "prior argument x");
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      double u1 = x.get(3 * r);
      double u2 = x.get(3 * r + 1);
      double m = x.get(3 * r + 2);
      boolean inside = u1 >= 0 && u1 <= 1 && u2 >= 0 && u2 <= 1 && m >= config.massMin() && m <= config.massMax();
      out[r] = inside ? -Math.log(m) - logWidth : Double.NEGATIVE_INFINITY;
    }
    return out;
  }

  @Override
  public String toString() {
    return "InteriorPrior" + config;
  }
}
