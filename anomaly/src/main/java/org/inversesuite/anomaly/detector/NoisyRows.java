package org.inversesuite.anomaly.detector;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The training data of a detector flow as an online source: every batch draws rows x_i of the
 * training set uniformly with replacement, dequantises its integer columns with fresh uniform
 * noise, whitens, and adds fresh Gaussian noise,
 * \[ \tilde w = W\big((x_i + u - \mu)/\sigma\big) + s \odot \varepsilon,\quad
 *    u_j \sim \mathcal U(-\tfrac12, \tfrac12) \text{ for integer columns j (else 0)},\ \varepsilon \sim \mathcal N(0, I). \]
 * Uniform dequantisation turns integer data into a continuous density whose likelihood bounds the
 * discrete one (Uria et al. 2013, Theis et al. 2016, "A note on the evaluation of generative
 * models"); the Gaussian noise is noise regularisation: maximum likelihood on w̃ fits the data
 * convolved with N(0, diag s²), a smoothed density that cannot collapse onto the few training rows
 * (Rothfuss et al. 2019, "Noise regularization for conditional density estimation",
 * arXiv:1907.08982).
 */
final class NoisyRows implements Simulator {
  private final Matrix rows;
  private final boolean[] integer;
  private final Whitening whitening;
  private final double[] sigma;

  /**
   * @param rows the training rows (kept columns, before whitening; not copied, not modified)
   * @param integer which columns to dequantise
   * @param whitening applied after dequantisation, or null
   * @param sigma s_j, the standard deviation of the Gaussian noise added to column j after
   *     whitening (0: none)
   */
  NoisyRows(Matrix rows, boolean[] integer, Whitening whitening, double[] sigma) {
    if (integer.length != rows.cols() || sigma.length != rows.cols()) {
      throw new IllegalArgumentException(integer.length + " integer flags and " + sigma.length + " noise levels for "
          + rows.cols() + " columns");
    }
    for (double v : sigma) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("noise sigma must be finite and >= 0, got " + v);
      }
    }
    this.rows = rows;
    this.integer = integer.clone();
    this.whitening = whitening;
    this.sigma = sigma.clone();
  }

  @Override
  public int xDimension() {
    return rows.cols();
  }

  @Override
  public int yDimension() {
    return 0;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    int d = rows.cols();
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, d);
    for (int r = 0; r < n; r++) {
      int i = rng.nextInt(rows.rows());
      for (int j = 0; j < d; j++) {
        x.set(r, j, rows.get(i, j) + (integer[j] ? rng.uniform() - 0.5 : 0));
      }
    }
    Matrix w = whitening == null ? x : whitening.apply(x);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        if (sigma[j] > 0) {
          w.add(r * d + j, sigma[j] * rng.gaussian());
        }
      }
    }
    return new Batch(w, Matrix.zeros(Precision.FLOAT64, n, 0));
  }
}
