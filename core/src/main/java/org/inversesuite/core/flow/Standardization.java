package org.inversesuite.core.flow;

import java.util.Arrays;
import org.inversesuite.core.tensor.Matrix;

/**
 * A per-column affine normalisation {@code u = (v − μ) / σ}, fitted on training data and stored
 * with the model. Applied to x it changes densities by the constant Jacobian
 * {@code log|det| = −Σ_j log σ_j}, which {@link org.inversesuite.core.infer.Cinn} adds back.
 *
 * @param mean μ per column
 * @param std σ per column, positive
 */
public record Standardization(double[] mean, double[] std) {
  /** Validates that μ and σ have the same length and σ is positive and finite. */
  public Standardization {
    mean = mean.clone();
    std = std.clone();
    if (mean.length != std.length) {
      throw new IllegalArgumentException("mean has " + mean.length + " entries, std has " + std.length);
    }
    for (int j = 0; j < std.length; j++) {
      if (!(std[j] > 0) || !Double.isFinite(std[j]) || !Double.isFinite(mean[j])) {
        throw new IllegalArgumentException("column " + j + ": mean " + mean[j] + ", std " + std[j]
            + " (std must be positive and finite)");
      }
    }
  }

  /** @return μ = 0, σ = 1 for {@code d} columns */
  public static Standardization identity(int d) {
    double[] one = new double[d];
    Arrays.fill(one, 1);
    return new Standardization(new double[d], one);
  }

  /**
   * Fits μ and σ (sample standard deviation) per column. A constant column gets σ = 1 so that
   * it passes unchanged instead of dividing by zero.
   */
  public static Standardization fit(Matrix data) {
    int n = data.rows();
    int d = data.cols();
    if (n < 2) {
      throw new IllegalArgumentException("fitting a normalisation needs at least 2 rows, got " + n);
    }
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      double m = 0;
      for (int r = 0; r < n; r++) {
        m += data.get(r * d + j);
      }
      m /= n;
      double v = 0;
      for (int r = 0; r < n; r++) {
        double e = data.get(r * d + j) - m;
        v += e * e;
      }
      double s = Math.sqrt(v / (n - 1));
      mean[j] = m;
      std[j] = s > 1e-12 * Math.max(1, Math.abs(m)) ? s : 1;
    }
    return new Standardization(mean, std);
  }

  /** @return number of columns */
  public int dimension() {
    return mean.length;
  }

  /** Writes (v − μ)/σ into {@code out} (may be {@code v} itself). */
  public void apply(Matrix v, Matrix out) {
    int d = mean.length;
    for (int i = 0, size = v.size(); i < size; i++) {
      int j = i % d;
      out.set(i, (v.get(i) - mean[j]) / std[j]);
    }
  }

  /** Writes μ + σ·u into {@code out} (may be {@code u} itself). */
  public void invert(Matrix u, Matrix out) {
    int d = mean.length;
    if (u instanceof org.inversesuite.core.tensor.FloatMatrix fu
        && out instanceof org.inversesuite.core.tensor.DoubleMatrix du && u.size() == out.size()) {
      // a flow's float32 draws into float64 (ParameterSpace.fromFlow) on the arrays, without a virtual get and set
      // per element (docs/astro.md run 23): the same operations, the same values
      float[] in = fu.data();
      double[] to = du.data();
      for (int i = 0, size = u.size(); i < size; i += d) {
        for (int j = 0; j < d; j++) {
          to[i + j] = mean[j] + std[j] * in[i + j];
        }
      }
      return;
    }
    // row by row, no i mod d per element (an integer division; run 20 in docs/astro.md): the same values
    for (int i = 0, size = u.size(); i < size; i += d) {
      for (int j = 0; j < d; j++) {
        out.set(i + j, mean[j] + std[j] * u.get(i + j));
      }
    }
  }

  /** @return −Σ log σ_j, the log-Jacobian of the normalisation */
  public double logDet() {
    double s = 0;
    for (double v : std) {
      s -= Math.log(v);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standardization s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
  }

  @Override
  public String toString() {
    return "Standardization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
  }
}
