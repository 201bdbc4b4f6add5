package org.inversesuite.anomaly.baseline;

import org.inversesuite.core.tensor.Matrix;

/** A one-class anomaly detection method: a recipe fitted to normal rows. */
public interface OneClassMethod {
  /** @return a short name for tables */
  String name();

  /**
   * @param normal normal rows, shape [n, d], finite
   * @param seed the seed of every random choice of the fit
   * @return the fitted scorer
   */
  AnomalyScorer fit(Matrix normal, long seed);
}
