package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;

/** Observations and parameters to and from the standardised units the baselines compute in. */
final class Conditions {
  private Conditions() {}

  /** @return n copies of the standardised observation, shape [n, dy] */
  static Matrix repeat(Standardization yNorm, double[] observation, int n, Precision precision) {
    if (observation.length != yNorm.dimension()) {
      throw new IllegalArgumentException("observation has " + observation.length + " values, the model expects "
          + yNorm.dimension());
    }
    if (n < 1) {
      throw new IllegalArgumentException("sample count must be >= 1, got " + n);
    }
    Matrix one = new DoubleMatrix(1, observation.length, observation.clone());
    requireFinite(one, "observation");
    yNorm.apply(one, one);
    Matrix out = Matrix.zeros(precision, n, observation.length);
    for (int r = 0; r < n; r++) {
      out.copyRows(precisionOf(one, precision), 0, r, 1);
    }
    return out;
  }

  /** @return the standardised copy of {@code v}, shape [n, norm.dimension()] */
  static Matrix normalize(Standardization norm, Matrix v, Precision precision, String what) {
    v.requireShape(v.rows(), norm.dimension(), what);
    requireFinite(v, what);
    Matrix out = Matrix.zeros(precision, v.rows(), v.cols());
    norm.apply(v, out);
    return out;
  }

  /** @return μ + σ·u in float64 */
  static Matrix denormalize(Standardization norm, Matrix u) {
    Matrix out = new DoubleMatrix(u.rows(), u.cols());
    norm.invert(u, out);
    return out;
  }

  private static Matrix precisionOf(Matrix m, Precision precision) {
    if (m.precision() == precision) {
      return m;
    }
    Matrix out = Matrix.zeros(precision, m.rows(), m.cols());
    for (int i = 0; i < m.size(); i++) {
      out.set(i, m.get(i));
    }
    return out;
  }

  static void requireFinite(Matrix m, String what) {
    for (int i = 0; i < m.size(); i++) {
      if (!Double.isFinite(m.get(i))) {
        throw new NonFiniteException(what, i / m.cols(), i % m.cols(), m.get(i));
      }
    }
  }
}
