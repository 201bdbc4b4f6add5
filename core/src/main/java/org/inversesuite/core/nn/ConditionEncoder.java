package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * A feature extractor c = h(y) trained jointly with a flow, with an explicit backward pass: an
 * {@link Mlp} for fixed-width observations, a {@link DeepSetEncoder} for sets of varying size.
 * Activations live in the caller's {@link Workspace}.
 */
public interface ConditionEncoder {
  /** @return width of y */
  int inputDimension();

  /** @return width of c */
  int outputDimension();

  /**
   * @param y shape [n, inputDimension()]
   * @return c, shape [n, outputDimension()]: a workspace buffer, valid until the next forward
   *     pass of this encoder in the same workspace
   */
  Matrix forward(Matrix y, Workspace ws);

  /**
   * c = h(y) when no backward pass follows (sampling): the same values as {@link #forward}, which it may
   * compute with less work; it leaves no state for {@link #backward} (default: {@link #forward}).
   *
   * @param y shape [n, inputDimension()]
   * @return c, shape [n, outputDimension()], a workspace buffer as {@link #forward}'s
   */
  default Matrix infer(Matrix y, Workspace ws) {
    return forward(y, ws);
  }

  /** @return the output of the last {@link #forward} in this workspace for n rows */
  Matrix output(int n, Workspace ws);

  /**
   * Backward pass after {@link #forward} on the same y and workspace; adds the parameter
   * gradients to {@code ws.gradients()}.
   *
   * @param y the forward input
   * @param dOut ∂L/∂c, shape [n, outputDimension()]; clobbered
   * @param dy receives ∂L/∂y; may be null
   */
  void backward(Matrix y, Matrix dOut, Matrix dy, Workspace ws);
}
