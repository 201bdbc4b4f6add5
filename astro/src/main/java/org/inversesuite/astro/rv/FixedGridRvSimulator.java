package org.inversesuite.astro.rv;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * The fixed-width variant of the radial-velocity problem: every system is observed at the same
 * epochs t_j with the same error bars σ_j, so y is a plain vector and the core engine can train
 * on it directly.
 *
 * <pre>
 *   x ~ p(x),   y_j = v(t_j; x) + √(σ_j² + s²) ε_j,   ε_j ~ N(0, 1)
 * </pre>
 *
 * The jitter s is a parameter (column 6 of x), so the noise depends on x and cannot be an
 * {@code ObservationModel} of the clean curve alone; this class therefore implements
 * {@link Simulator} itself. Random numbers: the prior draws all n rows first, then the noise is
 * drawn row by row, epoch by epoch. Immutable and thread-safe.
 */
public final class FixedGridRvSimulator implements Simulator {
  private final RvPrior prior;
  private final RvForwardModel forward;
  private final double[] errors;

  /**
   * @param prior p(x)
   * @param forward the clean curve on the fixed epochs
   * @param errors σ_j in m/s, one per epoch, each finite and &gt; 0
   */
  public FixedGridRvSimulator(RvPrior prior, RvForwardModel forward, double[] errors) {
    if (errors.length != forward.outputDimension()) {
      throw new IllegalArgumentException(errors.length + " error bars for " + forward.outputDimension() + " epochs");
    }
    for (int j = 0; j < errors.length; j++) {
      if (!(errors[j] > 0) || !Double.isFinite(errors[j])) {
        throw new IllegalArgumentException("error bar " + j + " must be finite and > 0, got " + errors[j]);
      }
    }
    this.prior = prior;
    this.forward = forward;
    this.errors = errors.clone();
  }

  /** @return σ_j (a copy) */
  public double[] errors() {
    return errors.clone();
  }

  /** @return the clean curve on the grid */
  public RvForwardModel forward() {
    return forward;
  }

  @Override
  public int xDimension() {
    return RvParameters.DIMENSION;
  }

  @Override
  public int yDimension() {
    return errors.length;
  }

  /** @return x of shape [n, 7] and y of shape [n, epochs], float64 */
  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = prior.sample(n, rng);
    Matrix y = forward.apply(x);
    int m = errors.length;
    for (int r = 0; r < n; r++) {
      double s = x.get(r * RvParameters.DIMENSION + 6);
      for (int j = 0; j < m; j++) {
        y.add(r * m + j, Math.sqrt(errors[j] * errors[j] + s * s) * rng.gaussian());
      }
    }
    return new Batch(x, y);
  }

  /**
   * @param x parameters, shape [n, 7]
   * @param y observations, shape [n, epochs]
   * @return log p(y | x) per row (see {@link RvObservationModel})
   */
  public double[] logLikelihood(Matrix x, Matrix y) {
    int m = errors.length;
    y.requireShape(x.rows(), m, "observations y");
    Matrix clean = forward.apply(x);
    double[] out = new double[x.rows()];
    double[] row = new double[m];
    double[] mean = new double[m];
    for (int r = 0; r < out.length; r++) {
      for (int j = 0; j < m; j++) {
        row[j] = y.get(r * m + j);
        mean[j] = clean.get(r * m + j);
      }
      out[r] = RvObservationModel.logLikelihood(row, mean, errors, x.get(r * RvParameters.DIMENSION + 6));
    }
    return out;
  }
}
