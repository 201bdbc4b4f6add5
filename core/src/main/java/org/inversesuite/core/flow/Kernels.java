package org.inversesuite.core.flow;

import org.inversesuite.core.nn.DenseKernel;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Nd4jDenseKernel;
import org.inversesuite.core.nn.VectorDenseKernel;
import org.inversesuite.core.tensor.Precision;

/**
 * Which {@link DenseKernel} a thread uses: the Vector API kernel for float32 (the fast path),
 * the reference loops for float64.
 */
public enum Kernels {
  /** Vector API for float32, plain Java for float64. */
  FASTEST,
  /** Plain Java loops for both precisions (the reference). */
  REFERENCE,
  /** ND4J {@code gemm}, with copies in and out of ND4J buffers: the tested reference of the fast kernel. */
  ND4J;

  /** @return a new kernel instance for one thread */
  public DenseKernel create(Precision precision) {
    return switch (this) {
      case FASTEST -> precision == Precision.FLOAT32 ? new VectorDenseKernel() : new JavaDenseKernel();
      case REFERENCE -> new JavaDenseKernel();
      case ND4J -> new Nd4jDenseKernel();
    };
  }
}
