package org.inversesuite.core.diagnostics;

import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * The evidence of a two-sample comparison: samples of the posterior under test and reference
 * samples of the true posterior for the same observation (e.g. from MCMC or rejection ABC).
 * Both are copied to float64 on construction and must be finite; accessors return copies.
 *
 * @param samples samples under test, shape [n, d], n ≥ 1
 * @param reference reference samples, shape [n', d], n' ≥ 1
 */
public record SamplePair(Matrix samples, Matrix reference) {
  /** Checks that the dimensions agree and the values are finite. */
  public SamplePair {
    if (samples.rows() < 1 || reference.rows() < 1 || samples.cols() < 1 || samples.cols() != reference.cols()) {
      throw new IllegalArgumentException("samples [" + samples.rows() + ", " + samples.cols() + "] and reference ["
          + reference.rows() + ", " + reference.cols() + "] need >= 1 rows each and the same number of columns >= 1");
    }
    NonFiniteException.check(samples, "samples");
    NonFiniteException.check(reference, "reference samples");
    samples = copy(samples);
    reference = copy(reference);
  }

  private static DoubleMatrix copy(Matrix m) {
    double[] data = new double[m.size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = m.get(i);
    }
    return new DoubleMatrix(m.rows(), m.cols(), data);
  }

  /** @return a copy of the samples under test */
  @Override
  public Matrix samples() {
    return samples.copy();
  }

  /** @return a copy of the reference samples */
  @Override
  public Matrix reference() {
    return reference.copy();
  }

  /** @return d, the number of columns */
  public int dimension() {
    return samples.cols();
  }
}
