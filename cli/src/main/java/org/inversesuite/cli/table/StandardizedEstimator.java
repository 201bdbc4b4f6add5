package org.inversesuite.cli.table;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A posterior estimator trained in standardised units ũ = (u − μ)/σ, seen from raw units: the
 * observation is standardised on the way in, the samples mapped back on the way out, and
 * log q(x | y) = log q̃(x̃ | ỹ) − Σ_j log σ_x,j.
 */
final class StandardizedEstimator implements PosteriorEstimator {
  private final PosteriorEstimator inner;
  private final Standardization xNorm;
  private final Standardization yNorm;

  StandardizedEstimator(PosteriorEstimator inner, Standardization xNorm, Standardization yNorm) {
    this.inner = inner;
    this.xNorm = xNorm;
    this.yNorm = yNorm;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public int conditionDimension() {
    return inner.conditionDimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    if (observation.length != conditionDimension()) {
      throw new IllegalArgumentException("observation has " + observation.length + " values, the model expects "
          + conditionDimension());
    }
    Matrix y = new DoubleMatrix(1, observation.length, observation.clone());
    yNorm.apply(y, y);
    return raw(inner.sample(((DoubleMatrix) y).data(), n, rng));
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    Matrix yTilde = new DoubleMatrix(y.rows(), y.cols());
    yNorm.apply(y, yTilde);
    return raw(inner.sampleEach(yTilde, rng));
  }

  private Matrix raw(Matrix xTilde) {
    Matrix x = new DoubleMatrix(xTilde.rows(), xTilde.cols());
    xNorm.invert(xTilde, x);
    return x;
  }

  @Override
  public boolean hasDensity() {
    return inner.hasDensity();
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    Matrix xTilde = new DoubleMatrix(x.rows(), x.cols());
    Matrix yTilde = new DoubleMatrix(y.rows(), y.cols());
    xNorm.apply(x, xTilde);
    yNorm.apply(y, yTilde);
    double[] out = inner.logDensity(xTilde, yTilde);
    for (int i = 0; i < out.length; i++) {
      out[i] += xNorm.logDet();
    }
    return out;
  }
}
