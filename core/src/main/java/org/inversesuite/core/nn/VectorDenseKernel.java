package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The fast {@link DenseKernel}: register-tiled {@code jdk.incubator.vector} kernels on the flat
 * {@code float[]} of {@link FloatMatrix}.
 *
 * <p>Forward, {@code y = a(x W + b)}: the columns that fill whole vectors go through
 * {@link FloatGemmNn} (W packed into column panels by {@link FloatPanel}) with the bias and ReLU
 * fused into the tile epilogue; the last {@code out mod V} columns (all of them when
 * {@code out < V}, e.g. a 128→4 output layer) go through {@link FloatGemmNt} against a
 * transposed copy of those columns of W. Activations other than ReLU and the identity are
 * applied in a second pass.
 *
 * <p>Backward, with {@code g = dy ⊙ a'(y)} written into dy: one pass forms g and adds the bias
 * gradient {@code db += Σ_rows g}; {@link FloatGemmTn} accumulates {@code dW += xᵀ g} (or, when
 * the layer is narrower in its outputs than its inputs, {@code dWᵀ += gᵀ x} into scratch, added
 * back transposed); the input gradient {@code dx = g Wᵀ} is {@link FloatGemmNn} against panels
 * of Wᵀ for whole vectors of inputs and {@link FloatGemmNt} against W itself for the rest.
 * Panels and transposed copies are rebuilt on every call (for 128×128: about 4 µs forward and
 * 12 µs backward, 3% of a training step), so parameter updates between calls can never leave
 * them stale.
 *
 * <p>Measured on AMD EPYC Zen 3 (AVX2, 8 floats a vector; 2 vCPUs shared with other builds, so
 * best-of-rounds figures): 256×128·128×128 forward and dx 65–70 GFLOP/s, dW 50–55 GFLOP/s,
 * the 4-wide layers 20–25 GFLOP/s; the 4→128→128→4 training step at batch 256 0.53 ms
 * (50 GFLOP/s) at best on one thread. Tried and dropped: skipping the zero inputs of a ReLU
 * layer (row kernels over the non-zero entries ran at 20–23 GFLOP/s dense-equivalent with half
 * the inputs zero, below the dense tile, because every FMA then needs its own load of W), and
 * mul+add instead of FMA (half the speed).
 *
 * <p>Any shape works; tails that do not fill a vector are computed exactly, only slower.
 * If any argument is not a {@link FloatMatrix} (e.g. a {@code DoubleMatrix}), the whole call is
 * delegated to a {@link JavaDenseKernel}, which computes in double through {@link Matrix#get}.
 *
 * <p>Outputs must not share storage with inputs (y with x; dx with dy), as the tiles read
 * inputs while earlier tiles are already written. An instance owns scratch space and must be
 * used by one thread at a time; use one instance per thread.
 */
public final class VectorDenseKernel implements DenseKernel {
  private static final int V = FloatGemmNn.SPECIES.length();

  private final JavaDenseKernel fallback = new JavaDenseKernel();
  private float[] panel = new float[0];
  private float[] transposed = new float[0];
  private float[] zeros = new float[0];
  private float[] sink = new float[0];

  /** Creates a kernel with empty scratch space; it grows to the largest layer seen. */
  public VectorDenseKernel() {
  }

  /** @return the number of float lanes per vector on this CPU (8 with AVX2, 16 with AVX-512) */
  public static int vectorLength() {
    return V;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Computes {@code y[i][j] = a(b[j] + Σ_k x[i][k] W[k][j])} in float32.
   *
   * @throws IllegalArgumentException if y has not n rows or W or b do not fit the parameters
   */
  @Override
  public void forward(Matrix x, Matrix parameters, int weightOffset, int biasOffset, Matrix y, Activation activation) {
    DenseShapes.checkForward(x, parameters, weightOffset, biasOffset, y);
    if (!(x instanceof FloatMatrix fx && parameters instanceof FloatMatrix fp && y instanceof FloatMatrix fy)) {
      fallback.forward(x, parameters, weightOffset, biasOffset, y, activation);
      return;
    }
    int n = x.rows();
    int in = x.cols();
    int out = y.cols();
    float[] xs = fx.data();
    float[] p = fp.data();
    float[] ys = fy.data();
    boolean relu = activation == Activation.RELU;
    int wide = out - out % V;
    if (wide > 0) {
      float[] w = panel(in * wide);
      FloatPanel.pack(p, weightOffset, out, in, wide, w);
      FloatGemmNn.multiply(xs, 0, in, w, p, biasOffset, ys, 0, out, n, in, wide, relu);
    }
    if (wide < out) {
      int narrow = out - wide;
      float[] wt = transposeColumns(p, weightOffset, in, out, wide, narrow);
      FloatGemmNt.multiply(xs, 0, in, wt, 0, in, p, biasOffset + wide, ys, wide, out, n, in, narrow, relu);
    }
    if (!relu) {
      FloatActivation.apply(ys, n * out, activation);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>In float32: {@code g = dy ⊙ a'(y)} (stored in dy), {@code dW += xᵀ g}, {@code db += Σ_rows g},
   * {@code dx = g Wᵀ}.
   *
   * @throws IllegalArgumentException if a shape disagrees with x [n, in] and y [n, out], or if
   *     W or b do not fit the parameters
   */
  @Override
  public void backward(Matrix x, Matrix y, Matrix dy, Matrix parameters, int weightOffset, int biasOffset,
      Matrix gradients, Matrix dx, Activation activation) {
    DenseShapes.checkBackward(x, y, dy, parameters, weightOffset, biasOffset, gradients, dx);
    if (!(x instanceof FloatMatrix fx && y instanceof FloatMatrix fy && dy instanceof FloatMatrix fdy
        && parameters instanceof FloatMatrix fp && (gradients == null || gradients instanceof FloatMatrix)
        && (dx == null || dx instanceof FloatMatrix))) {
      fallback.backward(x, y, dy, parameters, weightOffset, biasOffset, gradients, dx, activation);
      return;
    }
    int n = x.rows();
    int in = x.cols();
    int out = y.cols();
    float[] xs = fx.data();
    float[] g = fdy.data();
    float[] p = fp.data();
    if (gradients == null) {
      // input gradient only: the column sums of g go to a scratch sink, dW is skipped
      float[] sink = biasSink(out);
      FloatActivation.maskAndSumColumns(g, fy.data(), n, out, activation, sink, 0);
    } else {
      float[] grad = ((FloatMatrix) gradients).data();
      FloatActivation.maskAndSumColumns(g, fy.data(), n, out, activation, grad, biasOffset);
      weightGradient(xs, g, grad, weightOffset, n, in, out);
    }
    if (dx != null) {
      inputGradient(g, p, weightOffset, ((FloatMatrix) dx).data(), n, in, out);
    }
  }

  /** {@code dW += xᵀ g}, vectorised along whichever of out and in fills more whole vectors. */
  private void weightGradient(float[] xs, float[] g, float[] grad, int weightOffset, int n, int in, int out) {
    if (out - out % V >= in - in % V) {
      FloatGemmTn.accumulate(xs, 0, in, g, 0, out, grad, weightOffset, out, n, in, out);
      return;
    }
    float[] dwt = scratch(out * in);
    java.util.Arrays.fill(dwt, 0, out * in, 0f);
    FloatGemmTn.accumulate(g, 0, out, xs, 0, in, dwt, 0, in, n, out, in);
    for (int k = 0; k < in; k++) {
      int row = weightOffset + k * out;
      for (int j = 0; j < out; j++) {
        grad[row + j] += dwt[j * in + k];
      }
    }
  }

  /** {@code dx = g Wᵀ}: whole vectors of inputs against panels of Wᵀ, the remaining inputs against W's rows. */
  private void inputGradient(float[] g, float[] p, int weightOffset, float[] dx, int n, int in, int out) {
    int wide = in - in % V;
    if (wide > 0) {
      float[] wt = panel(out * wide);
      FloatPanel.packTransposed(p, weightOffset, out, out, wide, wt);
      FloatGemmNn.multiply(g, 0, out, wt, zeros(wide), 0, dx, 0, in, n, out, wide, false);
    }
    if (wide < in) {
      FloatGemmNt.multiply(g, 0, out, p, weightOffset + wide * out, out, null, 0, dx, wide, in, n, out, in - wide,
          false);
    }
  }

  /** Copies W[:, first .. first + count) transposed into scratch: {@code wt[j][k] = W[k][first + j]}. */
  private float[] transposeColumns(float[] p, int weightOffset, int in, int out, int first, int count) {
    float[] wt = scratch(count * in);
    for (int k = 0; k < in; k++) {
      int row = weightOffset + k * out + first;
      for (int j = 0; j < count; j++) {
        wt[j * in + k] = p[row + j];
      }
    }
    return wt;
  }

  private float[] biasSink(int size) {
    if (sink.length < size) {
      sink = new float[size];
    }
    return sink;
  }

  private float[] panel(int size) {
    if (panel.length < size) {
      panel = new float[size];
    }
    return panel;
  }

  private float[] zeros(int size) {
    if (zeros.length < size) {
      zeros = new float[size];
    }
    return zeros;
  }

  private float[] scratch(int size) {
    if (transposed.length < size) {
      transposed = new float[size];
    }
    return transposed;
  }
}
