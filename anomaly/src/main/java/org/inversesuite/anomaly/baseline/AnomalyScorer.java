package org.inversesuite.anomaly.baseline;

import org.inversesuite.core.tensor.Matrix;

/** A fitted detector: scores rows, higher = more anomalous. Close it to release its threads, if any. */
@FunctionalInterface
public interface AnomalyScorer extends AutoCloseable {
  /**
   * @param x rows, shape [n, d] with the d of the training rows
   * @return a finite score per row
   */
  double[] score(Matrix x);

  /** Releases resources; does nothing by default. */
  @Override
  default void close() {}
}
