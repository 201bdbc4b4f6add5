package org.inversesuite.core.nn;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.inversesuite.core.tensor.Matrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-thread working memory of one model: reusable buffers for activations, the gradient
 * vector that backward passes accumulate into, and the thread's {@link DenseKernel}.
 *
 * <p>A forward pass leaves in its buffers what the backward pass needs; buffers are keyed by
 * their owner (a layer or block), an index and the shape, and reused, so a training step or a
 * sampling call allocates nothing once each shape has been seen. A workspace belongs to one thread; running a batch on two
 * threads means two workspaces whose gradients are summed afterwards.
 */
public final class Workspace {
  private final Parameters parameters;
  private final DenseKernel kernel;
  private static final int SHAPES_PER_OWNER = 16;
  private final Map<Object, Map<Long, Matrix>> buffers = new IdentityHashMap<>();
  private final Map<Object, Map<String, INDArray>> arrays = new IdentityHashMap<>();
  private Matrix gradients;
  private boolean reuse = true;

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
    if (index < 0 || index >= 1 << 15 || rows < 0 || rows >= 1 << 24 || cols < 0 || cols >= 1 << 24) {
      throw new IllegalArgumentException("buffer " + index + " of shape [" + rows + ", " + cols + "] is out of range");
    }
    // One matrix per (index, shape): a pass that alternates batch sizes (the last, shorter chunk
    // of a sample call) reuses both instead of reallocating every time.
    Map<Long, Matrix> slots = buffers.computeIfAbsent(owner, k -> new HashMap<>());
    // times an odd constant: a bijection (keys stay distinct) that spreads the bits, since
    // Long.hashCode of the packed key alone put every row count of a 256-block into one bucket
    // of a small map (measured: 5 % of a small flow's sampling time in Long.equals, run 10 in docs/astro.md)
    long key = (((long) index << 48) | ((long) rows << 24) | cols) * 0x9E3779B97F4A7C15L;
    Matrix m = slots.get(key);
    if (m == null) {
      if (slots.size() >= SHAPES_PER_OWNER * 8) {
        slots.clear();
      }
      m = Matrix.zeros(parameters.precision(), rows, cols);
      slots.put(key, m);
    }
    return m;
  }

  /**
   * @return whether blocks and layers may reuse what an earlier pass left in this workspace:
   *     subnet activations of a forward or inverse pass in the matching backward pass (after
   *     checking that the input is the same) and the ND4J arrays of convolutions (default true)
   */
  public boolean reuse() {
    return reuse;
  }

  /**
   * {@code false} makes every backward pass recompute its subnet and every convolution allocate
   * fresh ND4J arrays, the behaviour before the reuse was added (kept for side-by-side
   * benchmarks); results are identical either way.
   */
  public void setReuse(boolean reuse) {
    this.reuse = reuse;
  }

  /**
   * @return the ND4J array {@code index} of {@code owner} with the given type and c-order shape,
   *     created on first use (zeros) and afterwards holding whatever was last written to it
   */
  public INDArray array(Object owner, int index, DataType type, long... shape) {
    Map<String, INDArray> slots = arrays.computeIfAbsent(owner, k -> new HashMap<>());
    String key = index + ":" + type + java.util.Arrays.toString(shape);
    INDArray a = slots.get(key);
    if (a == null) {
      if (slots.size() >= SHAPES_PER_OWNER * 8) {
        slots.clear();
      }
      a = Nd4j.create(type, shape);
      slots.put(key, a);
    }
    return a;
  }
}
