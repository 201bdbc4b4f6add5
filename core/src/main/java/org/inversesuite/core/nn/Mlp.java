package org.inversesuite.core.nn;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * A fully connected network {@code h_{l+1} = a(h_l W_l + b_l)}, linear last layer, with an
 * explicit backward pass. Weights are segments of a shared {@link Parameters} vector,
 * initialised U(±1/√fan_in) (PyTorch's default); the output layer per {@link OutputInit}.
 * Activations live in the caller's {@link Workspace}.
 */
public final class Mlp implements ConditionEncoder {
  private final int inputDimension;
  private final int outputDimension;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final Activation activation;

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param inputDimension width of the input
   * @param outputDimension width of the (linear) output
   * @param config hidden widths and activation
   * @param outputInit how the last layer starts
   */
  public Mlp(Parameters parameters, String name, int inputDimension, int outputDimension, MlpConfig config,
      OutputInit outputInit) {
    if (inputDimension < 1 || outputDimension < 1) {
      throw new IllegalArgumentException("MLP '" + name + "' needs positive input and output widths, got "
          + inputDimension + " -> " + outputDimension);
    }
    this.inputDimension = inputDimension;
    this.outputDimension = outputDimension;
    this.activation = config.activation();
    List<Integer> w = new ArrayList<>();
    w.add(inputDimension);
    w.addAll(config.hiddenWidths());
    w.add(outputDimension);
    int layers = w.size() - 1;
    this.widths = w.stream().mapToInt(Integer::intValue).toArray();
    this.weightOffsets = new int[layers];
    this.biasOffsets = new int[layers];
    for (int l = 0; l < layers; l++) {
      boolean last = l == layers - 1;
      Initializer init = last && outputInit == OutputInit.ZERO ? Initializer.ZERO : Initializer.uniformFanIn(widths[l]);
      weightOffsets[l] = parameters.allocate(name + ".layer" + l + ".weight", widths[l] * widths[l + 1], init);
      biasOffsets[l] = parameters.allocate(name + ".layer" + l + ".bias", widths[l + 1], init);
    }
  }

  /** @return input width */
  @Override
  public int inputDimension() {
    return inputDimension;
  }

  /** @return output width */
  @Override
  public int outputDimension() {
    return outputDimension;
  }

  /** @return the number of dense layers (hidden layers + 1) */
  public int layers() {
    return weightOffsets.length;
  }

  /** @return the activation after layer l (the identity after the last) */
  public Activation activationOf(int layer) {
    return layer == layers() - 1 ? Activation.IDENTITY : activation;
  }

  /** @return the input width of layer l (l = layers() gives the output width) */
  public int width(int layer) {
    return widths[layer];
  }

  /** @return index of layer l's W[0][0] (row-major [in, out]) in the parameter vector */
  public int weightOffset(int layer) {
    return weightOffsets[layer];
  }

  /** @return index of layer l's b[0] in the parameter vector */
  public int biasOffset(int layer) {
    return biasOffsets[layer];
  }

  /**
   * @param x input, shape [n, inputDimension()]
   * @return the output, shape [n, outputDimension()]: a workspace buffer, valid until the next
   *     forward pass of this MLP in the same workspace
   */
  @Override
  public Matrix forward(Matrix x, Workspace ws) {
    int n = x.rows();
    x.requireShape(n, inputDimension, "MLP input");
    Matrix h = x;
    for (int l = 0; l < layers(); l++) {
      Matrix out = ws.buffer(this, l, n, widths[l + 1]);
      ws.kernel().forward(h, ws.values(), weightOffsets[l], biasOffsets[l], out, activationOf(l));
      h = out;
    }
    return h;
  }

  /**
   * The forward pass on inputs {@code [x_r, c]} whose trailing part c is the same for every row r
   * (a coupling subnet's condition while sampling one posterior). The first layer splits as
   * \[ [x, c]\,W + b = x\,W_x + (b + c\,W_c), \]
   * with W_x the first {@code x.cols()} rows of W and W_c the rest: b + c W_c is computed once
   * (in double) instead of once per row, so the first layer costs {@code x.cols()} instead of
   * {@code inputDimension()} multiply-adds per output and row. Equals {@link #forward} on the
   * broadcast input up to the rounding of the kernel's precision. Leaves the same buffers as
   * {@link #forward} ({@link #output} is valid), but no backward pass may follow it.
   *
   * @param x the per-row leading columns, shape [n, k] with 1 ≤ k &lt; inputDimension()
   * @param shared the common trailing columns, shape [1, inputDimension() − k]
   * @return the output, shape [n, outputDimension()] (a workspace buffer, as for forward)
   */
  public Matrix forwardSharedTail(Matrix x, Matrix shared, Workspace ws) {
    int n = x.rows();
    int k = x.cols();
    int h = widths[1];
    if (k < 1 || shared.rows() != 1 || k + shared.cols() != inputDimension) {
      throw new org.inversesuite.core.tensor.ShapeMismatchException("inputs [" + n + ", " + k + "] and shared ["
          + shared.rows() + ", " + shared.cols() + "] do not make the MLP's input width " + inputDimension,
          new int[] {1, inputDimension - k}, new int[] {shared.rows(), shared.cols()});
    }
    Matrix values = ws.values();
    Matrix first = ws.buffer(this, 2 * layers(), 1, k * h + h);
    int w0 = weightOffsets[0];
    for (int i = 0; i < k * h; i++) {
      first.set(i, values.get(w0 + i));
    }
    double[] bias = sharedTailBias(values, shared, k);
    for (int j = 0; j < h; j++) {
      first.set(k * h + j, bias[j]);
    }
    Matrix out = ws.buffer(this, 0, n, h);
    ws.kernel().forward(x, first, 0, k * h, out, activationOf(0));
    Matrix in = out;
    for (int l = 1; l < layers(); l++) {
      Matrix next = ws.buffer(this, l, n, widths[l + 1]);
      ws.kernel().forward(in, values, weightOffsets[l], biasOffsets[l], next, activationOf(l));
      in = next;
    }
    return in;
  }

  /**
   * @param values the parameter vector
   * @param shared the common trailing columns c of the input, shape [1, inputDimension() − k]
   * @param k the number of per-row leading columns
   * @return the first layer's bias with c's part, {@code b + c W_c}, in double (summed in the order
   *     of c's columns), as {@link #forwardSharedTail} uses it
   */
  public double[] sharedTailBias(Matrix values, Matrix shared, int k) {
    int h = widths[1];
    double[] bias = new double[h];
    for (int j = 0; j < h; j++) {
      bias[j] = values.get(biasOffsets[0] + j);
    }
    for (int q = 0; q < shared.cols(); q++) {
      double c = shared.get(q);
      int row = weightOffsets[0] + (k + q) * h;
      for (int j = 0; j < h; j++) {
        bias[j] += c * values.get(row + j);
      }
    }
    return bias;
  }

  /**
   * @return the output of the last {@link #forward} in this workspace for a batch of n rows,
   *     without recomputing it
   */
  @Override
  public Matrix output(int n, Workspace ws) {
    return ws.buffer(this, layers() - 1, n, outputDimension);
  }

  /**
   * Backward pass after {@link #forward} on the same {@code x} and workspace: accumulates the
   * parameter gradients into {@code ws.gradients()}.
   *
   * @param x the forward input, shape [n, inputDimension()]
   * @param dOut gradient with respect to the output, shape [n, outputDimension()]; clobbered
   * @param dx receives the gradient with respect to x, shape [n, inputDimension()]; may be null
   */
  @Override
  public void backward(Matrix x, Matrix dOut, Matrix dx, Workspace ws) {
    backward(x, dOut, dx, ws, ws.gradients());
  }

  /**
   * The input gradient alone, after {@link #forward} on the same {@code x} and workspace: as
   * {@link #backward} without computing or accumulating parameter gradients (gradient descent in
   * the input of a fixed network).
   *
   * @param x the forward input, shape [n, inputDimension()]
   * @param dOut gradient with respect to the output, shape [n, outputDimension()]; clobbered
   * @param dx receives the gradient with respect to x, shape [n, inputDimension()]
   */
  public void inputGradient(Matrix x, Matrix dOut, Matrix dx, Workspace ws) {
    backward(x, dOut, dx, ws, null);
  }

  private void backward(Matrix x, Matrix dOut, Matrix dx, Workspace ws, Matrix gradients) {
    int n = x.rows();
    Matrix dy = dOut;
    for (int l = layers() - 1; l >= 0; l--) {
      Matrix in = l == 0 ? x : ws.buffer(this, l - 1, n, widths[l]);
      Matrix out = ws.buffer(this, l, n, widths[l + 1]);
      Matrix dIn = l == 0 ? dx : ws.buffer(this, layers() + l, n, widths[l]);
      ws.kernel().backward(in, out, dy, ws.values(), weightOffsets[l], biasOffsets[l], gradients, dIn,
          activationOf(l));
      dy = dIn;
    }
  }
}
