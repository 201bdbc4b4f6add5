package org.inversesuite.core.cycle;

import org.inversesuite.core.tensor.Matrix;

/**
 * The forward process seen from the flow's coordinates, F(u) = ỹ: u are standardised (and
 * support-mapped) parameters as the flow sees them, ỹ standardised observations. The cycle term
 * of {@link CycleObjective} needs F and its vector-Jacobian product.
 */
public interface Resimulation {
  /** @return width of u */
  int inputDimension();

  /** @return width of ỹ */
  int outputDimension();

  /**
   * @param u shape [n, inputDimension()]
   * @return F(u), shape [n, outputDimension()], float64
   */
  Matrix apply(Matrix u);

  /**
   * @param u the point, shape [n, inputDimension()]
   * @param dF ∂L/∂F per row, shape [n, outputDimension()]
   * @return ∂L/∂u = J_F(u)ᵀ dF per row, shape [n, inputDimension()], float64
   */
  Matrix pullback(Matrix u, Matrix dF);
}
