package org.inversesuite.core.problem;

import java.util.HashSet;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

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
public final class DiagonalGaussianPrior implements Prior {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);

  private final double[] mean;
  private final double[] std;
  private final List<String> names;
  private final double logNormaliser;

  /**
   * @param mean μ, one finite value per parameter
   * @param std σ, one finite positive value per parameter
   * @param names one distinct name per parameter
   * @throws IllegalArgumentException if the lengths differ, a value is not finite, a σ is not
   *     positive, or names repeat
   */
  public DiagonalGaussianPrior(double[] mean, double[] std, List<String> names) {
    if (mean.length == 0) {
      throw new IllegalArgumentException("a prior needs at least one parameter, got 0");
    }
    if (std.length != mean.length || names.size() != mean.length) {
      throw new IllegalArgumentException("mean, std and names must have equal length, got "
          + mean.length + ", " + std.length + " and " + names.size());
    }
    double logNorm = 0;
    for (int i = 0; i < mean.length; i++) {
      if (!Double.isFinite(mean[i])) {
        throw new IllegalArgumentException("mean[" + i + "] must be finite, got " + mean[i]);
      }
      if (!(std[i] > 0) || !Double.isFinite(std[i])) {
        throw new IllegalArgumentException("std[" + i + "] must be finite and > 0, got " + std[i]);
      }
      logNorm -= Math.log(std[i]) + HALF_LOG_2PI;
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("parameter names must be distinct, got " + names);
    }
    this.mean = mean.clone();
    this.std = std.clone();
    this.names = List.copyOf(names);
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
  public int dimension() {
    return mean.length;
  }

  @Override
  public List<String> names() {
    return names;
  }

  /**
   * Draws x = μ + σ ⊙ ε, ε ~ N(0, I).
   *
   * @param n number of draws, ≥ 0
   * @return shape [n, dimension()], float64
   */
  @Override
  public Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    int d = mean.length;
    double[] out = new double[Math.multiplyExact(n, d)];
    for (int r = 0, k = 0; r < n; r++) {
      for (int c = 0; c < d; c++, k++) {
        out[k] = mean[c] + std[c] * rng.gaussian();
      }
    }
    return new DoubleMatrix(n, d, out);
  }

  /**
   * @param x shape [n, dimension()], either precision
   * @return log p(x) per row, −½ Σ ((x_i − μ_i)/σ_i)² − Σ log σ_i − (d/2) log 2π
   */
  @Override
  public double[] logDensity(Matrix x) {
    int d = mean.length;
    x.requireShape(x.rows(), d, "prior argument x");
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      double q = 0;
      for (int c = 0; c < d; c++) {
        double z = (x.get(r * d + c) - mean[c]) / std[c];
        q += z * z;
      }
      out[r] = logNormaliser - 0.5 * q;
    }
    return out;
  }

  @Override
  public String toString() {
    return "DiagonalGaussianPrior" + names + " mean=" + java.util.Arrays.toString(mean)
        + " std=" + java.util.Arrays.toString(std);
  }
}
