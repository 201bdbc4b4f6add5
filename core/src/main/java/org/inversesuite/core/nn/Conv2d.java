package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution with odd square kernel k, stride 1 and zero padding (k−1)/2 ("same"), on
 * rows that hold one NCHW image each (columns c·H·W + h·W + w):
 * \[ y_{o,h,w} = b_o + \sum_{i,u,v} W_{o,i,u,v}\, x_{i,\,h+u-p,\,w+v-p}. \]
 * Weights are stored OIYX (PyTorch's layout) in the shared {@link Parameters} vector. In float32
 * (training and inference) forward and backward run through libnd4j's {@code conv2d} and
 * {@code conv2d_bp} custom ops, with the oneDNN build the suite ships; in float64 (the tests'
 * precision) through the direct loops of {@link JavaConv}, which the tests require to agree with
 * libnd4j's float64 path (see {@link Engine}).
 */
public final class Conv2d {
  private final int inChannels;
  private final int outChannels;
  private final int kernel;
  private final int height;
  private final int width;
  private final int weightOffset;
  private final int biasOffset;
  private final JavaConv reference;

  /** Where the arithmetic runs. */
  enum Engine {
    /** libnd4j conv2d / conv2d_bp. */
    ND4J,
    /** {@link JavaConv}: direct loops. */
    JAVA;

    static Engine of(Matrix m) {
      return m.precision() == org.inversesuite.core.tensor.Precision.FLOAT32 ? ND4J : JAVA;
    }
  }

  /**
   * @param parameters where the weights are allocated
   * @param name prefix of the segment names
   * @param inChannels input channels
   * @param outChannels output channels
   * @param kernel odd kernel size k
   * @param height image height
   * @param width image width
   * @param init {@link OutputInit#ZERO}: weights and bias start at zero; {@link OutputInit#UNIFORM}:
   *     PyTorch's U(±1/√(in·k²))
   */
  public Conv2d(Parameters parameters, String name, int inChannels, int outChannels, int kernel, int height, int width,
      OutputInit init) {
    if (inChannels < 1 || outChannels < 1 || height < 1 || width < 1 || kernel < 1 || kernel % 2 == 0) {
      throw new IllegalArgumentException("convolution '" + name + "' needs positive channels and size and an odd kernel, got "
          + inChannels + " -> " + outChannels + " channels, kernel " + kernel + ", image " + height + "x" + width);
    }
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernel = kernel;
    this.height = height;
    this.width = width;
    Initializer fill = init == OutputInit.ZERO ? Initializer.ZERO : Initializer.uniformFanIn(inChannels * kernel * kernel);
    this.weightOffset = parameters.allocate(name + ".weight", outChannels * inChannels * kernel * kernel, fill);
    this.biasOffset = parameters.allocate(name + ".bias", outChannels, fill);
    this.reference = new JavaConv(inChannels, outChannels, kernel, height, width);
  }

  /** @return columns of an input row, inChannels·H·W */
  public int inputDimension() {
    return inChannels * height * width;
  }

  /** @return columns of an output row, outChannels·H·W */
  public int outputDimension() {
    return outChannels * height * width;
  }

  /** @return multiply-adds of one image through this layer (2× this is its FLOP count) */
  public long multiplyAdds() {
    return (long) outChannels * inChannels * kernel * kernel * height * width;
  }

  /**
   * Computes y = conv(x) + b.
   *
   * @param x input [n, inputDimension()]
   * @param y output [n, outputDimension()], overwritten
   */
  public void forward(Matrix x, Matrix y, Matrix parameters) {
    forward(x, y, parameters, Engine.of(x));
  }

  /**
   * {@link #forward(Matrix, Matrix, Matrix)} with the parameters of {@code ws}; when the workspace
   * allows {@link Workspace#reuse() reuse}, the ND4J arrays are kept in it between calls instead
   * of being allocated (and zeroed) anew.
   */
  public void forward(Matrix x, Matrix y, Workspace ws) {
    if (!ws.reuse() || Engine.of(x) == Engine.JAVA) {
      forward(x, y, ws.values());
      return;
    }
    int n = x.rows();
    x.requireShape(n, inputDimension(), "convolution input");
    y.requireShape(n, outputDimension(), "convolution output");
    INDArray[] iwb = inputWeightsBias(x, ws);
    INDArray in = iwb[0];
    INDArray w = iwb[1];
    INDArray b = iwb[2];
    INDArray out = ws.array(this, 3, DataType.FLOAT, n, outChannels, height, width);
    Nd4j.exec(op("conv2d").addInputs(in, w, b).addOutputs(out).build());
    NdCopy.out(out, y);
  }

  /**
   * {@link #backward(Matrix, Matrix, Matrix, Matrix, Matrix)} with the parameters and gradients
   * of {@code ws}, keeping the ND4J arrays in it as {@link #forward(Matrix, Matrix, Workspace)} does.
   */
  public void backward(Matrix x, Matrix dy, Matrix dx, Workspace ws) {
    if (!ws.reuse() || Engine.of(x) == Engine.JAVA) {
      backward(x, dy, dx, ws.values(), ws.gradients());
      return;
    }
    int n = x.rows();
    x.requireShape(n, inputDimension(), "convolution input");
    dy.requireShape(n, outputDimension(), "convolution output gradient");
    if (dx != null) {
      dx.requireShape(n, inputDimension(), "convolution input gradient");
    }
    INDArray[] iwb = inputWeightsBias(x, ws);
    INDArray in = iwb[0];
    INDArray w = iwb[1];
    INDArray b = iwb[2];
    INDArray gradOut = ws.array(this, 3, DataType.FLOAT, n, outChannels, height, width);
    NdCopy.in(dy, 0, gradOut);
    INDArray gradIn = ws.array(this, 4, DataType.FLOAT, n, inChannels, height, width);
    INDArray gradW = ws.array(this, 5, DataType.FLOAT, outChannels, inChannels, kernel, kernel);
    INDArray gradB = ws.array(this, 6, DataType.FLOAT, outChannels);
    Nd4j.exec(op("conv2d_bp").addInputs(in, w, b, gradOut).addOutputs(gradIn, gradW, gradB).build());
    NdCopy.addOut(gradW, ws.gradients(), weightOffset);
    NdCopy.addOut(gradB, ws.gradients(), biasOffset);
    if (dx != null) {
      NdCopy.out(gradIn, dx);
    }
  }

  /** @return the workspace's arrays of x, the weights and the bias, filled */
  private INDArray[] inputWeightsBias(Matrix x, Workspace ws) {
    INDArray in = ws.array(this, 0, DataType.FLOAT, x.rows(), inChannels, height, width);
    NdCopy.in(x, 0, in);
    INDArray w = ws.array(this, 1, DataType.FLOAT, outChannels, inChannels, kernel, kernel);
    NdCopy.in(ws.values(), weightOffset, w);
    INDArray b = ws.array(this, 2, DataType.FLOAT, outChannels);
    NdCopy.in(ws.values(), biasOffset, b);
    return new INDArray[] {in, w, b};
  }

  void forward(Matrix x, Matrix y, Matrix parameters, Engine engine) {
    int n = x.rows();
    x.requireShape(n, inputDimension(), "convolution input");
    y.requireShape(n, outputDimension(), "convolution output");
    if (engine == Engine.JAVA) {
      reference.forward(x, y, parameters, weightOffset, biasOffset);
      return;
    }
    DataType type = dataType(x);
    INDArray in = image(x, type, inChannels);
    INDArray w = weights(parameters, type);
    INDArray b = bias(parameters, type);
    INDArray out = Nd4j.create(type, n, outChannels, height, width);
    Nd4j.exec(op("conv2d").addInputs(in, w, b).addOutputs(out).build());
    NdCopy.out(out, y);
  }

  /**
   * Backward pass of {@link #forward}: adds ∂L/∂W and ∂L/∂b to {@code gradients} and writes
   * ∂L/∂x to {@code dx} (skipped when {@code dx} is null).
   *
   * @param x the input of the forward pass
   * @param dy ∂L/∂y [n, outputDimension()]
   */
  public void backward(Matrix x, Matrix dy, Matrix dx, Matrix parameters, Matrix gradients) {
    backward(x, dy, dx, parameters, gradients, Engine.of(x));
  }

  void backward(Matrix x, Matrix dy, Matrix dx, Matrix parameters, Matrix gradients, Engine engine) {
    int n = x.rows();
    dy.requireShape(n, outputDimension(), "convolution output gradient");
    if (dx != null) {
      dx.requireShape(n, inputDimension(), "convolution input gradient");
    }
    if (engine == Engine.JAVA) {
      reference.backward(x, dy, dx, parameters, gradients, weightOffset, biasOffset);
      return;
    }
    DataType type = dataType(x);
    INDArray in = image(x, type, inChannels);
    INDArray gradOut = image(dy, type, outChannels);
    INDArray w = weights(parameters, type);
    INDArray b = bias(parameters, type);
    INDArray gradIn = Nd4j.create(type, n, inChannels, height, width);
    INDArray gradW = Nd4j.create(type, outChannels, inChannels, kernel, kernel);
    INDArray gradB = Nd4j.create(type, outChannels);
    Nd4j.exec(op("conv2d_bp").addInputs(in, w, b, gradOut).addOutputs(gradIn, gradW, gradB).build());
    NdCopy.addOut(gradW, gradients, weightOffset);
    NdCopy.addOut(gradB, gradients, biasOffset);
    if (dx != null) {
      NdCopy.out(gradIn, dx);
    }
  }

  private DynamicCustomOp.DynamicCustomOpsBuilder op(String name) {
    int pad = (kernel - 1) / 2;
    // kH, kW, sH, sW, pH, pW, dH, dW, padding mode 0 (explicit pH/pW), data format 0 (NCHW), weights 1 (OIYX)
    return DynamicCustomOp.builder(name).addIntegerArguments(kernel, kernel, 1, 1, pad, pad, 1, 1, 0, 0, 1);
  }

  private static DataType dataType(Matrix m) {
    return m.precision() == org.inversesuite.core.tensor.Precision.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
  }

  private INDArray image(Matrix m, DataType type, int channels) {
    INDArray a = Nd4j.create(type, m.rows(), channels, height, width);
    NdCopy.in(m, 0, a);
    return a;
  }

  private INDArray weights(Matrix parameters, DataType type) {
    INDArray a = Nd4j.create(type, outChannels, inChannels, kernel, kernel);
    NdCopy.in(parameters, weightOffset, a);
    return a;
  }

  private INDArray bias(Matrix parameters, DataType type) {
    INDArray a = Nd4j.create(type, outChannels);
    NdCopy.in(parameters, biasOffset, a);
    return a;
  }
}
