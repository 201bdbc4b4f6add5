package org.inversesuite.data.benchmark;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.inversesuite.core.problem.IndependentPrior;
import org.inversesuite.core.random.Rng;

/**
 * The prior of the ballistics benchmark of Kruse et al. 2021 (arXiv:2101.10763), independent in
 * x = (x₀, y₀, α, v₀):
 *
 * <pre>
 *   x₀ ~ N(0, 0.5²)
 *   y₀ = max(0, u), u ~ N(1.5, 0.5²)      (clipped at 0: an atom of mass Φ(−3) ≈ 0.00135 at 0)
 *   α  ~ U(0.05π, 0.45π)
 *   v₀ ~ Poisson(15)
 * </pre>
 *
 * <p>The "density" is taken against a mixed base measure (Lebesgue for x₀, α and y₀ &gt; 0, a
 * point mass at y₀ = 0, counting measure for v₀): log p is the Gaussian log-density for
 * y₀ &gt; 0, log Φ(−3) at y₀ = 0 and −∞ below, and the Poisson log-probability for v₀ a
 * non-negative integer, −∞ otherwise. It is exact for the draws of {@link #sample}; methods that
 * need a smooth prior density cannot use it for v₀.
 *
 * <p>v₀ is drawn by inversion of the Poisson CDF with one uniform, so the seed fixes every draw.
 * Immutable and thread-safe.
 */
public final class BallisticsPrior extends IndependentPrior {
  private static final NormalDistribution X0 = new NormalDistribution(null, 0.0, 0.5);
  private static final NormalDistribution Y0 = new NormalDistribution(null, 1.5, 0.5);
  private static final double ANGLE_LOW = 0.05 * Math.PI;
  private static final double ANGLE_HIGH = 0.45 * Math.PI;
  private static final double LAMBDA = 15;
  private static final PoissonDistribution SPEED = new PoissonDistribution(null, LAMBDA,
      PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);

  /** Names x0, y0, angle, v0. */
  public BallisticsPrior() {
    super(List.of("x0", "y0", "angle", "v0"));
  }

  @Override
  protected double drawComponent(int j, Rng rng) {
    return switch (j) {
      case 0 -> X0.getMean() + X0.getStandardDeviation() * rng.gaussian();
      case 1 -> Math.max(0, Y0.getMean() + Y0.getStandardDeviation() * rng.gaussian());
      case 2 -> rng.uniform(ANGLE_LOW, ANGLE_HIGH);
      default -> poisson(rng.uniform());
    };
  }

  private static double poisson(double u) {
    double p = Math.exp(-LAMBDA);
    double cdf = p;
    int k = 0;
    while (u > cdf && k < 1000) {
      k++;
      p *= LAMBDA / k;
      cdf += p;
    }
    return k;
  }

  @Override
  protected double componentLogDensity(int j, double v) {
    return switch (j) {
      case 0 -> X0.logDensity(v);
      case 1 -> v > 0 ? Y0.logDensity(v) : v == 0 ? Math.log(Y0.cumulativeProbability(0)) : Double.NEGATIVE_INFINITY;
      case 2 -> v >= ANGLE_LOW && v <= ANGLE_HIGH ? -Math.log(ANGLE_HIGH - ANGLE_LOW) : Double.NEGATIVE_INFINITY;
      default -> v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE ? SPEED.logProbability((int) v)
          : Double.NEGATIVE_INFINITY;
    };
  }

  @Override
  public String toString() {
    return "BallisticsPrior[x0 ~ N(0, 0.5²), y0 ~ max(0, N(1.5, 0.5²)), angle ~ U(0.05π, 0.45π), v0 ~ Poisson(15)]";
  }
}
