package org.inversesuite.core.autoregressive;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * A masked autoencoder for distribution estimation (Germain et al. 2015, "MADE",
 * arXiv:1502.03509): a fully connected network {@code h_{l+1} = a((M_l ⊙ W_l) h_l + b_l)} whose
 * binary masks M_l ({@link MadeDegrees}) make output column g·D + i depend only on x_{&lt;i} and
 * on the condition c. Input is [x (D), c (C)], output is {@code perDimension} groups of D
 * columns (e.g. μ and ŝ of an affine autoregressive transform).
 *
 * <p>The weights live unmasked in the shared {@link Parameters}; each pass multiplies them by
 * the mask into a workspace buffer, so the autoregressive property holds for any parameter
 * values, and gradients of masked weights are zero. Activations live in the caller's
 * {@link Workspace}, as in {@link org.inversesuite.core.nn.Mlp}.
 */
public final class Made {
  private final int dimension;
  private final int conditionDimension;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final double[][] masks;
  private final Activation activation;

  /**
   * @param name prefix of the parameter segments
   * @param perDimension number of output groups of D columns
   * @param config hidden widths and activation
   * @param outputInit how the last layer starts (ZERO: a new block is the identity)
   */
  public Made(Parameters parameters, String name, int dimension, int conditionDimension, int perDimension,
      MlpConfig config, OutputInit outputInit) {
    if (dimension < 1 || conditionDimension < 0 || perDimension < 1) {
      throw new IllegalArgumentException("MADE '" + name + "' needs dimension >= 1, condition >= 0 and outputs >= 1, got "
          + dimension + ", " + conditionDimension + ", " + perDimension);
    }
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.activation = config.activation();
    int layers = config.hiddenWidths().size() + 1;
    widths = new int[layers + 1];
    widths[0] = dimension + conditionDimension;
    int[] previous = MadeDegrees.inputs(dimension, conditionDimension);
    masks = new double[layers][];
    weightOffsets = new int[layers];
    biasOffsets = new int[layers];
    for (int l = 0; l < layers; l++) {
      boolean last = l == layers - 1;
      int[] next = last ? MadeDegrees.outputs(dimension, perDimension)
          : MadeDegrees.hidden(config.hiddenWidths().get(l), dimension, conditionDimension);
      widths[l + 1] = next.length;
      masks[l] = MadeDegrees.mask(previous, next, last);
      Initializer init = last && outputInit == OutputInit.ZERO ? Initializer.ZERO : Initializer.uniformFanIn(widths[l]);
      weightOffsets[l] = parameters.allocate(name + ".layer" + l + ".weight", widths[l] * widths[l + 1], init);
      biasOffsets[l] = parameters.allocate(name + ".layer" + l + ".bias", widths[l + 1], init);
      previous = next;
    }
  }

  /** @return D */
  public int dimension() {
    return dimension;
  }

  /** @return width of the input [x, c] */
  public int inputWidth() {
    return dimension + conditionDimension;
  }

  /** @return width of the output */
  public int outputWidth() {
    return widths[widths.length - 1];
  }

  private int layers() {
    return masks.length;
  }

  private Activation activationOf(int l) {
    return l == layers() - 1 ? Activation.IDENTITY : activation;
  }

  /** @return layer l's masked weights and bias in one workspace buffer [1, in·out + out] */
  private Matrix masked(int l, Workspace ws) {
    int size = widths[l] * widths[l + 1];
    Matrix m = ws.buffer(this, 2 * layers() + l, 1, size + widths[l + 1]);
    Matrix values = ws.values();
    double[] mask = masks[l];
    int w = weightOffsets[l];
    for (int i = 0; i < size; i++) {
      m.set(i, mask[i] == 0 ? 0 : values.get(w + i));
    }
    for (int j = 0, b = biasOffsets[l]; j < widths[l + 1]; j++) {
      m.set(size + j, values.get(b + j));
    }
    return m;
  }

  /**
   * @param in [x, c], shape [n, inputWidth()]
   * @return the output [n, outputWidth()], a workspace buffer valid until the next forward
   */
  public Matrix forward(Matrix in, Workspace ws) {
    int n = in.rows();
    in.requireShape(n, inputWidth(), "MADE input");
    Matrix h = in;
    for (int l = 0; l < layers(); l++) {
      Matrix out = ws.buffer(this, l, n, widths[l + 1]);
      ws.kernel().forward(h, masked(l, ws), 0, widths[l] * widths[l + 1], out, activationOf(l));
      h = out;
    }
    return h;
  }

  /** @return the output of the last {@link #forward} in this workspace for n rows, not recomputed */
  public Matrix output(int n, Workspace ws) {
    return ws.buffer(this, layers() - 1, n, outputWidth());
  }

  /**
   * Backward after {@link #forward} on {@code in}: adds the parameter gradients to
   * {@code ws.gradients()} and writes ∂L/∂in into {@code dIn}.
   *
   * @param dOut ∂L/∂output; clobbered
   */
  public void backward(Matrix in, Matrix dOut, Matrix dIn, Workspace ws) {
    propagate(in, dOut, dIn, ws, true);
  }

  /**
   * The vector-Jacobian product {@code dIn = (∂output/∂in)ᵀ dOut} at the last {@link #forward},
   * without touching the parameter gradients.
   *
   * @param dOut clobbered
   */
  public void inputGradient(Matrix in, Matrix dOut, Matrix dIn, Workspace ws) {
    propagate(in, dOut, dIn, ws, false);
  }

  private void propagate(Matrix in, Matrix dOut, Matrix dIn, Workspace ws, boolean accumulate) {
    int n = in.rows();
    Matrix dy = dOut;
    for (int l = layers() - 1; l >= 0; l--) {
      Matrix x = l == 0 ? in : ws.buffer(this, l - 1, n, widths[l]);
      Matrix y = ws.buffer(this, l, n, widths[l + 1]);
      Matrix dx = l == 0 ? dIn : ws.buffer(this, layers() + l, n, widths[l]);
      int size = widths[l] * widths[l + 1];
      Matrix g = ws.buffer(this, 3 * layers() + l, 1, size + widths[l + 1]);
      g.fill(0);
      ws.kernel().backward(x, y, dy, masked(l, ws), 0, size, g, dx, activationOf(l));
      if (accumulate) {
        Matrix grads = ws.gradients();
        double[] mask = masks[l];
        for (int i = 0, w = weightOffsets[l]; i < size; i++) {
          grads.add(w + i, mask[i] * g.get(i));
        }
        for (int j = 0, b = biasOffsets[l]; j < widths[l + 1]; j++) {
          grads.add(b + j, g.get(size + j));
        }
      }
      dy = dx;
    }
  }
}
