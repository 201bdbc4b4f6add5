package org.inversesuite.molecules.design;

import org.inversesuite.core.tensor.Matrix;

/**
 * A differentiable logP surrogate g(x) on an encoding's continuous x, for the {@link LogPCycle}
 * term: the symbol-count regression of the decoded row with each hard cell lookup replaced by
 * logistic steps, so that g equals that regression's prediction as the step width τ → 0.
 */
public interface SoftLogP {
  /** @return the columns of x that g reads */
  int dimension();

  /**
   * @param x raw encodings, shape [n, dimension()]
   * @param row the row to score
   * @param gradient receives ∂g/∂x of that row (length dimension()), or null
   * @return g(x) of that row
   */
  double value(Matrix x, int row, double[] gradient);
}
