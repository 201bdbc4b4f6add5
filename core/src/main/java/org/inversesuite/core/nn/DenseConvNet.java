package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * A densely connected convolutional subnet, the dense block of the residual dense block (Zhang et
 * al. 2018, "Residual Dense Network for Image Super-Resolution", section 3.2) as HiNet (Jing et
 * al. 2021) and InvDN (Liu et al. 2021) use it inside their couplings: with u the input and
 * [·] concatenation along channels,
 * \[ h_l = a\big(\mathrm{conv}_l([u, h_1, \dots, h_{l-1}])\big), \quad l = 1..L, \qquad
 *    y = \mathrm{conv}_{L+1}([u, h_1, \dots, h_L]), \]
 * each h_l with g_l channels (the growth; {@link ConvNetConfig#hiddenChannels()}), every
 * convolution same-padded with the config's kernel, the last one linear and initialised by the
 * caller's {@link OutputInit} (ZERO in a coupling, so a new block is the identity). The RDB's local
 * residual y + u is <em>not</em> added: a coupling subnet maps C channels to 2C (or C₂ to C₁), so
 * input and output widths differ; this is HiNet's subnet, whose fifth convolution of the
 * concatenation is its output. Every convolution is a {@link Conv2d}; concatenations and
 * activations live in the caller's {@link Workspace}, one buffer set per slot, so backward needs
 * only the forward's input.
 */
public final class DenseConvNet implements ConvSubnet {
  private final Conv2d[] layers;
  private final int[] inWidth;
  private final Activation activation;
  private final int dense;
  private final int pixels;

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param inChannels channels of the input image
   * @param outChannels channels of the output image
   * @param height image height
   * @param width image width
   * @param config growth of each dense layer, kernel and activation
   * @param outputInit how the last convolution starts
   */
  public DenseConvNet(Parameters parameters, String name, int inChannels, int outChannels, int height, int width,
      ConvNetConfig config, OutputInit outputInit) {
    this.dense = config.hiddenChannels().size();
    this.layers = new Conv2d[dense + 1];
    this.inWidth = new int[dense + 1];
    this.activation = config.activation();
    this.pixels = height * width;
    int in = inChannels;
    for (int l = 0; l <= dense; l++) {
      boolean last = l == dense;
      int out = last ? outChannels : config.hiddenChannels().get(l);
      inWidth[l] = in * pixels;
      layers[l] = new Conv2d(parameters, name + ".conv" + l, in, out, config.kernel(), height, width,
          last ? outputInit : OutputInit.UNIFORM);
      in += out;
    }
  }

  @Override
  public int inputDimension() {
    return layers[0].inputDimension();
  }

  @Override
  public int outputDimension() {
    return layers[dense].outputDimension();
  }

  @Override
  public long multiplyAdds() {
    return ConvNet.multiplyAdds(layers);
  }

  /** Buffers per slot: h_l, [u, h_1..h_l], y; then ∂[u, h_1..h_l], ∂h_l and a scratch per dense layer. */
  private int base(int slot) {
    return slot * (5 * dense + 1);
  }

  /** @return h_{l+1}, the activated output of dense layer l (0-based) */
  private Matrix hidden(Workspace ws, int slot, int l, int n) {
    return ws.buffer(this, base(slot) + l, n, layers[l].outputDimension());
  }

  /** @return the input of convolution l: x for l = 0, else the concatenation [x, h_1..h_l] */
  private Matrix concatenation(Matrix x, Workspace ws, int slot, int l, int n) {
    return l == 0 ? x : ws.buffer(this, base(slot) + dense + l - 1, n, inWidth[l]);
  }

  @Override
  public Matrix output(Workspace ws, int slot, int rows) {
    return ws.buffer(this, base(slot) + 2 * dense, rows, outputDimension());
  }

  @Override
  public Matrix forward(Matrix x, Workspace ws, int slot) {
    int n = x.rows();
    x.requireShape(n, inputDimension(), "dense subnet input");
    for (int l = 0; l < dense; l++) {
      Matrix in = concatenation(x, ws, slot, l, n);
      Matrix h = hidden(ws, slot, l, n);
      layers[l].forward(in, h, ws);
      ConvNet.activate(h, activation);
      Matrix next = concatenation(x, ws, slot, l + 1, n);
      int a = inWidth[l];
      int b = h.cols();
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < a; j++) {
          next.set(r, j, in.get(r, j));
        }
        for (int j = 0; j < b; j++) {
          next.set(r, a + j, h.get(r, j));
        }
      }
    }
    Matrix y = output(ws, slot, n);
    layers[dense].forward(concatenation(x, ws, slot, dense, n), y, ws);
    return y;
  }

  /**
   * Walks the layers backwards: ∂[u, h_1..h_l] is split into the part for [u, h_1..h_{l−1}]
   * and ∂h_l; ∂h_l ⊙ a' goes through conv_l, whose input gradient adds to the first part.
   */
  @Override
  public void backward(Matrix x, Matrix dy, Matrix dx, Workspace ws, int slot) {
    int n = x.rows();
    int b0 = base(slot);
    Matrix dCat = ws.buffer(this, b0 + 2 * dense + dense, n, inWidth[dense]);
    layers[dense].backward(concatenation(x, ws, slot, dense, n), dy, dCat, ws);
    for (int l = dense - 1; l >= 0; l--) {
      int a = inWidth[l];
      Matrix h = hidden(ws, slot, l, n);
      Matrix dh = ws.buffer(this, b0 + 3 * dense + 1 + l, n, h.cols());
      for (int r = 0; r < n; r++) {
        for (int j = 0, b = h.cols(); j < b; j++) {
          dh.set(r, j, dCat.get(r, a + j));
        }
      }
      ConvNet.multiplyByDerivative(dh, h, activation);
      Matrix target = l == 0 ? dx : ws.buffer(this, b0 + 2 * dense + l, n, a);
      if (target == null) {
        layers[l].backward(x, dh, null, ws);
        return;
      }
      Matrix through = ws.buffer(this, b0 + 4 * dense + 1 + l, n, a);
      layers[l].backward(concatenation(x, ws, slot, l, n), dh, through, ws);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < a; j++) {
          target.set(r, j, dCat.get(r, j) + through.get(r, j));
        }
      }
      dCat = target;
    }
  }
}
