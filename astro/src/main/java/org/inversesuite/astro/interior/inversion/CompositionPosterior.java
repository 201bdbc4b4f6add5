package org.inversesuite.astro.interior.inversion;

import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * Posterior samples of one planet in physical units, rows (core, mantle, water, mass), with the
 * wall time it took to draw them and per-column quantiles.
 *
 * @param samples shape [n, 4]: mass fractions and mass in Earth masses
 * @param seconds wall time of the draw (cINN) or of the chain (MCMC)
 */
public record CompositionPosterior(Matrix samples, double seconds) {
  /** Column names of the samples. */
  public static final List<String> NAMES = List.of("core", "mantle", "water", "mass");

  /** Checks the shape. */
  public CompositionPosterior {
    samples.requireShape(samples.rows(), 4, "composition posterior samples");
    if (samples.rows() < 1) {
      throw new IllegalArgumentException("a posterior needs at least one sample");
    }
  }

  /** @return the q-quantile of column j (nearest rank, q in [0, 1]) */
  public double quantile(int j, double q) {
    double[] col = new double[samples.rows()];
    for (int r = 0; r < col.length; r++) {
      col[r] = samples.get(r, j);
    }
    Arrays.sort(col);
    return col[(int) Math.round(q * (col.length - 1))];
  }

  /** @return the fraction of samples within {@code distance} (Euclidean, in the three fractions) of a composition */
  public double massNear(double core, double mantle, double water, double distance) {
    int n = 0;
    for (int r = 0; r < samples.rows(); r++) {
      double dc = samples.get(r, 0) - core;
      double dm = samples.get(r, 1) - mantle;
      double dw = samples.get(r, 2) - water;
      n += dc * dc + dm * dm + dw * dw <= distance * distance ? 1 : 0;
    }
    return (double) n / samples.rows();
  }
}
