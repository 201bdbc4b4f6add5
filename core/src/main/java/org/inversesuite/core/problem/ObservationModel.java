package org.inversesuite.core.problem;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/** The measurement noise p(y | y*) between the clean forward output and an observation. */
public interface ObservationModel {
  /** @return y ~ p(y | clean), same shape as {@code clean} */
  Matrix observe(Matrix clean, Rng rng);

  /** @return log p(y | clean) per row */
  double[] logLikelihood(Matrix y, Matrix clean);

  /** No noise: y = y*. Its likelihood is a delta, so {@link #logLikelihood} is refused. */
  ObservationModel NONE = new ObservationModel() {
    @Override
    public Matrix observe(Matrix clean, Rng rng) {
      return clean.copy();
    }

    @Override
    public double[] logLikelihood(Matrix y, Matrix clean) {
      throw new UnsupportedOperationException("a noise-free observation has no likelihood density");
    }

    @Override
    public String toString() {
      return "none";
    }
  };
}
