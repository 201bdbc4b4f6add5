package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;

/**
 * A Gaussian prior with independent components, x ~ N(μ, diag(σ²)).
 *
 * <p>The density is exact, with its normalising constant:
 *
 * <pre>
 *   log p(x) = −½ Σ_i ((x_i − μ_i) / σ_i)² − Σ_i log σ_i − (d/2) log 2π
 * </pre>
 *
 * <p>Sampling draws x_i = μ_i + σ_i ε_i with ε_i standard normal, row by row and within a
 * row in column order, so a seed fixes every sample. Immutable and thread-safe.
 */
public final class DiagonalGaussianPrior extends IndependentPrior {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);

  private final double[] mean;
  private final double[] std;
  private final double[] logNormaliser;

  /**
   * @param mean μ, one finite value per parameter
   * @param std σ, one finite positive value per parameter
   * @param names one distinct name per parameter
   * @throws IllegalArgumentException if the lengths differ, a value is not finite, a σ is not
   *     positive, or names repeat
   */
  public DiagonalGaussianPrior(double[] mean, double[] std, List<String> names) {
    super(names);
    if (std.length != mean.length || names.size() != mean.length) {
      throw new IllegalArgumentException("mean, std and names must have equal length, got "
          + mean.length + ", " + std.length + " and " + names.size());
    }
    double[] logNorm = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      if (!Double.isFinite(mean[i])) {
        throw new IllegalArgumentException("mean[" + i + "] must be finite, got " + mean[i]);
      }
      if (!(std[i] > 0) || !Double.isFinite(std[i])) {
        throw new IllegalArgumentException("std[" + i + "] must be finite and > 0, got " + std[i]);
      }
      logNorm[i] = -(Math.log(std[i]) + HALF_LOG_2PI);
    }
    this.mean = mean.clone();
    this.std = std.clone();
    this.logNormaliser = logNorm;
  }

  /** @return μ (a copy) */
  public double[] mean() {
    return mean.clone();
  }

  /** @return σ (a copy) */
  public double[] std() {
    return std.clone();
  }

  @Override
  protected double drawComponent(int j, Rng rng) {
    return mean[j] + std[j] * rng.gaussian();
  }

  @Override
  protected double componentLogDensity(int j, double v) {
    double z = (v - mean[j]) / std[j];
    return logNormaliser[j] - 0.5 * z * z;
  }

  @Override
  public String toString() {
    return "DiagonalGaussianPrior" + names() + " mean=" + java.util.Arrays.toString(mean)
        + " std=" + java.util.Arrays.toString(std);
  }
}
