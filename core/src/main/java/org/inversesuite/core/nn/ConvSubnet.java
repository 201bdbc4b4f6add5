package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * A convolutional subnet on rows holding one NCHW image each, with an explicit backward pass:
 * {@link ConvNet} (plain) or {@link DenseConvNet} (residual-dense). Activations live in the
 * caller's {@link Workspace}, in numbered buffer sets ("slots"), so a forward and an inverse pass
 * of a coupling can both be kept and backpropagated without recomputing either.
 */
public interface ConvSubnet {
  /** @return columns of an input row */
  int inputDimension();

  /** @return columns of an output row */
  int outputDimension();

  /** @return multiply-adds of one image through the whole net */
  long multiplyAdds();

  /**
   * @param x input [n, inputDimension()]
   * @return the output [n, outputDimension()]: a workspace buffer, valid until this net's next
   *     forward pass in the same slot and workspace
   */
  Matrix forward(Matrix x, Workspace ws, int slot);

  /** @return the output of the latest forward pass in buffer set {@code slot} with {@code rows} rows */
  Matrix output(Workspace ws, int slot, int rows);

  /**
   * Backward pass of the latest {@link #forward} on {@code x} in buffer set {@code slot}: adds the
   * parameter gradients to {@code ws.gradients()} and, if {@code dx} is not null, writes ∂L/∂x.
   *
   * @param dy ∂L/∂output [n, outputDimension()]; not modified
   */
  void backward(Matrix x, Matrix dy, Matrix dx, Workspace ws, int slot);

  /** {@link #forward(Matrix, Workspace, int)} in slot 0. */
  default Matrix forward(Matrix x, Workspace ws) {
    return forward(x, ws, 0);
  }

  /** {@link #backward(Matrix, Matrix, Matrix, Workspace, int)} in slot 0. */
  default void backward(Matrix x, Matrix dy, Matrix dx, Workspace ws) {
    backward(x, dy, dx, ws, 0);
  }
}
