package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * A plain convolutional subnet {@code h_{l+1} = a(conv_l(h_l))}, linear last layer, on rows
 * holding one NCHW image each (Dinh et al. 2017, RealNVP, use such subnets inside coupling
 * layers). Every layer is a {@link Conv2d}; activations live in the caller's {@link Workspace},
 * so backward needs only the forward's input.
 */
public final class ConvNet implements ConvSubnet {
  private final Conv2d[] layers;
  private final Activation activation;

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param inChannels channels of the input image
   * @param outChannels channels of the output image
   * @param height image height
   * @param width image width
   * @param config hidden widths, kernel and activation
   * @param outputInit how the last layer starts
   */
  public ConvNet(Parameters parameters, String name, int inChannels, int outChannels, int height, int width,
      ConvNetConfig config, OutputInit outputInit) {
    int count = config.hiddenChannels().size() + 1;
    this.layers = new Conv2d[count];
    this.activation = config.activation();
    int in = inChannels;
    for (int l = 0; l < count; l++) {
      boolean last = l == count - 1;
      int out = last ? outChannels : config.hiddenChannels().get(l);
      layers[l] = new Conv2d(parameters, name + ".conv" + l, in, out, config.kernel(), height, width,
          last ? outputInit : OutputInit.UNIFORM);
      in = out;
    }
  }

  @Override
  public Matrix output(Workspace ws, int slot, int rows) {
    return ws.buffer(this, slot * 2 * layers.length + layers.length - 1, rows, outputDimension());
  }

  @Override
  public int inputDimension() {
    return layers[0].inputDimension();
  }

  @Override
  public int outputDimension() {
    return layers[layers.length - 1].outputDimension();
  }

  @Override
  public long multiplyAdds() {
    return multiplyAdds(layers);
  }

  /** @return the sum of the layers' multiply-adds per image */
  static long multiplyAdds(Conv2d[] layers) {
    long s = 0;
    for (Conv2d layer : layers) {
      s += layer.multiplyAdds();
    }
    return s;
  }

  /**
   * {@link ConvSubnet#forward(Matrix, Workspace)} into the buffer set {@code slot} of the workspace: passes
   * in different slots do not overwrite each other's activations, so a caller can run a forward
   * and an inverse pass and then backpropagate through both without recomputing either.
   *
   * @return the output, valid until this net's next forward pass in the same slot and workspace
   */
  @Override
  public Matrix forward(Matrix x, Workspace ws, int slot) {
    int n = x.rows();
    int base = slot * 2 * layers.length;
    Matrix h = x;
    for (int l = 0; l < layers.length; l++) {
      Matrix out = ws.buffer(this, base + l, n, layers[l].outputDimension());
      layers[l].forward(h, out, ws);
      if (l < layers.length - 1) {
        activate(out, activation);
      }
      h = out;
    }
    return h;
  }

  /** Applies {@code activation} to every entry of {@code out} in place. */
  static void activate(Matrix out, Activation activation) {
    if (out instanceof org.inversesuite.core.tensor.FloatMatrix f && activation == Activation.LEAKY_RELU) {
      float[] v = f.data();
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i] > 0 ? v[i] : 0.01f * v[i];
      }
      return;
    }
    for (int i = 0, size = out.size(); i < size; i++) {
      out.set(i, activation.apply(out.get(i)));
    }
  }

  @Override
  public void backward(Matrix x, Matrix dy, Matrix dx, Workspace ws, int slot) {
    int n = x.rows();
    int base = slot * 2 * layers.length;
    Matrix grad = dy;
    for (int l = layers.length - 1; l >= 0; l--) {
      Matrix input = l == 0 ? x : ws.buffer(this, base + l - 1, n, layers[l].inputDimension());
      Matrix dInput = l == 0 ? dx : ws.buffer(this, base + layers.length + l - 1, n, layers[l].inputDimension());
      layers[l].backward(input, grad, dInput, ws);
      if (l > 0) {
        multiplyByDerivative(dInput, input, activation);
        grad = dInput;
      }
    }
  }

  /** Multiplies every entry of {@code grad} by a'(u) computed from the activated output y = a(u). */
  static void multiplyByDerivative(Matrix grad, Matrix output, Activation activation) {
    for (int i = 0, size = grad.size(); i < size; i++) {
      grad.set(i, grad.get(i) * activation.derivativeFromOutput(output.get(i)));
    }
  }
}
