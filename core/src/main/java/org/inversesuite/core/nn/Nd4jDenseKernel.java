package org.inversesuite.core.nn;

import java.util.HashMap;
import java.util.Map;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ND4J {@link DenseKernel}: every product is one {@code Nd4j.gemm(a, b, c, transA, transB,
 * alpha, beta)} into preallocated c-order arrays (never {@code mmul}, whose transposed views are
 * 15–25x slower here), element-wise work is in-place ND4J ops. It is the ND4J reference and the
 * yardstick for {@link VectorDenseKernel}; it works in any precision.
 *
 * <p>Matrix data is <em>copied</em> into ND4J arrays on every call and the results copied back,
 * because {@link Matrix} lives on the Java heap and ND4J off-heap. The arrays are kept per
 * layer shape [n, in, out] and precision (that of x), so steady-state calls allocate no ND4J
 * memory.
 *
 * <p>Forward: {@code y = 1 bᵀ} (a rank-1 gemm), {@code y += x W} (gemm with β = 1), then the
 * activation in place. Backward: {@code g = dy ⊙ a'(y)} with a'(y) built in place (ReLU: step;
 * leaky ReLU: 0.01 + 0.99 step; tanh: 1 − y²; ELU: 1 + min(y, 0)), {@code dW = xᵀ g},
 * {@code db = 1ᵀ g} and {@code dx = g Wᵀ} by gemm; dW and db are then added to the gradient
 * vector.
 *
 * <p>An instance owns its arrays and must be used by one thread at a time.
 */
public final class Nd4jDenseKernel implements DenseKernel {
  private final Map<Layer, Operands> operands = new HashMap<>();

  /** Creates a kernel; ND4J arrays are allocated on first use of each shape. */
  public Nd4jDenseKernel() {
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if y has not n rows or W or b do not fit the parameters
   */
  @Override
  public void forward(Matrix x, Matrix parameters, int weightOffset, int biasOffset, Matrix y, Activation activation) {
    DenseShapes.checkForward(x, parameters, weightOffset, biasOffset, y);
    Operands a = operands(x, y.cols());
    NdCopy.in(x, 0, a.x);
    NdCopy.in(parameters, weightOffset, a.w);
    NdCopy.in(parameters, biasOffset, a.b);
    Nd4j.gemm(a.ones, a.b, a.y, false, false, 1.0, 0.0);
    Nd4j.gemm(a.x, a.w, a.y, false, false, 1.0, 1.0);
    switch (activation) {
      case RELU -> Transforms.relu(a.y, false);
      case LEAKY_RELU -> Transforms.leakyRelu(a.y, 0.01, false);
      case TANH -> Transforms.tanh(a.y, false);
      case ELU -> Transforms.elu(a.y, false);
      case IDENTITY -> { }
    }
    NdCopy.out(a.y, y);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a shape disagrees with x [n, in] and y [n, out], or if
   *     W or b do not fit the parameters
   */
  @Override
  public void backward(Matrix x, Matrix y, Matrix dy, Matrix parameters, int weightOffset, int biasOffset,
      Matrix gradients, Matrix dx, Activation activation) {
    DenseShapes.checkBackward(x, y, dy, parameters, weightOffset, biasOffset, gradients, dx);
    Operands a = operands(x, y.cols());
    NdCopy.in(x, 0, a.x);
    NdCopy.in(dy, 0, a.g);
    if (activation != Activation.IDENTITY) {
      NdCopy.in(y, 0, a.mask);
      switch (activation) {
        case RELU -> Transforms.step(a.mask, false);
        case LEAKY_RELU -> Transforms.step(a.mask, false).muli(0.99).addi(0.01);
        case TANH -> a.mask.muli(a.mask).rsubi(1.0);
        case ELU -> Transforms.min(a.mask, 0.0, false).addi(1.0);
        default -> throw new IllegalStateException("no derivative for " + activation);
      }
      a.g.muli(a.mask);
      NdCopy.out(a.g, dy);
    }
    if (gradients != null) {
      Nd4j.gemm(a.x, a.g, a.dw, true, false, 1.0, 0.0);
      Nd4j.gemm(a.ones, a.g, a.db, true, false, 1.0, 0.0);
      NdCopy.addOut(a.dw, gradients, weightOffset);
      NdCopy.addOut(a.db, gradients, biasOffset);
    }
    if (dx != null) {
      NdCopy.in(parameters, weightOffset, a.w);
      Nd4j.gemm(a.g, a.w, a.dx, false, true, 1.0, 0.0);
      NdCopy.out(a.dx, dx);
    }
  }

  private Operands operands(Matrix x, int out) {
    DataType type = x.precision() == Precision.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
    return operands.computeIfAbsent(new Layer(x.rows(), x.cols(), out, type), Operands::new);
  }

  /** Shape and precision of one layer call. */
  private record Layer(int n, int in, int out, DataType type) {
  }

  /** The preallocated c-order operands of one layer shape. */
  private static final class Operands {
    final INDArray x;
    final INDArray w;
    final INDArray b;
    final INDArray y;
    final INDArray ones;
    final INDArray g;
    final INDArray mask;
    final INDArray dw;
    final INDArray db;
    final INDArray dx;

    Operands(Layer l) {
      x = Nd4j.create(l.type, l.n, l.in);
      w = Nd4j.create(l.type, l.in, l.out);
      b = Nd4j.create(l.type, 1, l.out);
      y = Nd4j.create(l.type, l.n, l.out);
      ones = Nd4j.ones(l.type, l.n, 1);
      g = Nd4j.create(l.type, l.n, l.out);
      mask = Nd4j.create(l.type, l.n, l.out);
      dw = Nd4j.create(l.type, l.in, l.out);
      db = Nd4j.create(l.type, 1, l.out);
      dx = Nd4j.create(l.type, l.n, l.in);
    }
  }
}
