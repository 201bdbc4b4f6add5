package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * The dense-layer arithmetic under every MLP: {@code y = a(x W + b)} and its backward pass.
 *
 * <p>Weights live in a flat parameter vector: {@code W} is row-major [in, out] starting at
 * {@code weightOffset}, {@code b} has {@code out} entries starting at {@code biasOffset}. All
 * matrices are dense row-major (batch-major: one sample per row).
 *
 * <p>Two implementations exist on purpose: {@link JavaDenseKernel} (plain loops, any
 * precision: the reference) and {@code VectorDenseKernel} (register-tiled
 * {@code jdk.incubator.vector} code, float32: the fast path). Tests require them to agree.
 * Kernels are stateless apart from scratch space and may be shared by one thread only.
 */
public interface DenseKernel {

  /**
   * Forward pass {@code y = a(x W + b)}.
   *
   * @param x input, shape [n, in]
   * @param parameters flat parameter vector, shape [1, P]
   * @param weightOffset index of W[0][0] in {@code parameters}
   * @param biasOffset index of b[0] in {@code parameters}
   * @param y output, shape [n, out]; overwritten
   * @param activation the element-wise activation a
   */
  void forward(Matrix x, Matrix parameters, int weightOffset, int biasOffset, Matrix y, Activation activation);

  /**
   * Backward pass. With {@code g = dy ⊙ a'(y)}: accumulates {@code dW += xᵀ g} and
   * {@code db += Σ_rows g} into {@code gradients}, and writes {@code dx = g Wᵀ}. With
   * {@code gradients == null} only g and dx are computed (an input gradient through a fixed
   * network, e.g. iterative inversion: a third fewer multiply-adds).
   *
   * @param x the forward input, shape [n, in]
   * @param y the forward output, shape [n, out]
   * @param dy gradient of the loss with respect to y, shape [n, out]; overwritten with g
   * @param parameters flat parameter vector, as in forward
   * @param gradients flat gradient vector, same shape as parameters; accumulated into; {@code null}
   *     if parameter gradients are not needed
   * @param dx gradient with respect to x, shape [n, in], overwritten; {@code null} if not needed
   */
  void backward(Matrix x, Matrix y, Matrix dy, Matrix parameters, int weightOffset, int biasOffset,
      Matrix gradients, Matrix dx, Activation activation);
}
