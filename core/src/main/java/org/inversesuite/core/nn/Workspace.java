package org.inversesuite.core.nn;

import java.util.IdentityHashMap;
import java.util.Map;
import org.inversesuite.core.tensor.Matrix;

/**
 * Per-thread working memory of one model: reusable buffers for activations, the gradient
 * vector that backward passes accumulate into, and the thread's {@link DenseKernel}.
 *
 * <p>A forward pass leaves in its buffers what the backward pass needs; buffers are keyed by
 * their owner (a layer or block) and an index, and reused while the shape stays the same, so a
 * training step allocates nothing. A workspace belongs to one thread; running a batch on two
 * threads means two workspaces whose gradients are summed afterwards.
 */
public final class Workspace {
  private final Parameters parameters;
  private final DenseKernel kernel;
  private final Map<Object, Matrix[]> buffers = new IdentityHashMap<>();
  private Matrix gradients;

  /**
   * @param parameters the model's parameters (its precision sets that of every buffer)
   * @param kernel the dense kernel this thread uses
   */
  public Workspace(Parameters parameters, DenseKernel kernel) {
    this.parameters = parameters;
    this.kernel = kernel;
  }

  /** @return the model's parameters */
  public Parameters parameters() {
    return parameters;
  }

  /** @return the flat parameter vector (read-only during a pass) */
  public Matrix values() {
    return parameters.values();
  }

  /** @return this thread's dense kernel */
  public DenseKernel kernel() {
    return kernel;
  }

  /** @return the gradient vector [1, P], created zero on first use and accumulated into */
  public Matrix gradients() {
    if (gradients == null) {
      gradients = Matrix.zeros(parameters.precision(), 1, parameters.size());
    }
    return gradients;
  }

  /** Sets every gradient to zero. */
  public void zeroGradients() {
    gradients().fill(0);
  }

  /**
   * @return the buffer {@code index} of {@code owner} with shape [rows, cols]; its content is
   *     whatever was last written to it (not zeroed)
   */
  public Matrix buffer(Object owner, int index, int rows, int cols) {
    Matrix[] slots = buffers.computeIfAbsent(owner, k -> new Matrix[4]);
    if (index >= slots.length) {
      Matrix[] grown = new Matrix[Math.max(index + 1, slots.length * 2)];
      System.arraycopy(slots, 0, grown, 0, slots.length);
      slots = grown;
      buffers.put(owner, slots);
    }
    Matrix m = slots[index];
    if (m == null || m.rows() != rows || m.cols() != cols) {
      m = Matrix.zeros(parameters.precision(), rows, cols);
      slots[index] = m;
    }
    return m;
  }
}
