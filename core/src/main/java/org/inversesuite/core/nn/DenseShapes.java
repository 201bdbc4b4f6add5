package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * Argument checks shared by the fast {@link DenseKernel}s: every shape and parameter range is
 * validated before any array is touched, and failures name the expected and actual values.
 */
final class DenseShapes {
  private DenseShapes() {
  }

  /**
   * Checks a forward call: x [n, in], y [n, out], and that W (in·out entries from
   * {@code weightOffset}) and b (out entries from {@code biasOffset}) lie inside the parameters.
   */
  static void checkForward(Matrix x, Matrix parameters, int weightOffset, int biasOffset, Matrix y) {
    int n = x.rows();
    y.requireShape(n, y.cols(), "dense output");
    checkParameters(parameters, x.cols(), y.cols(), weightOffset, biasOffset);
  }

  /** Checks a backward call: the forward shapes, dy [n, out], gradients like parameters, dx [n, in] or null. */
  static void checkBackward(Matrix x, Matrix y, Matrix dy, Matrix parameters, int weightOffset, int biasOffset,
      Matrix gradients, Matrix dx) {
    checkForward(x, parameters, weightOffset, biasOffset, y);
    dy.requireShape(x.rows(), y.cols(), "dense output gradient");
    if (gradients != null) {
      gradients.requireShape(parameters.rows(), parameters.cols(), "gradient vector");
    }
    if (dx != null) {
      dx.requireShape(x.rows(), x.cols(), "dense input gradient");
    }
  }

  private static void checkParameters(Matrix parameters, int in, int out, int weightOffset, int biasOffset) {
    long size = parameters.size();
    long weightEnd = (long) weightOffset + (long) in * out;
    if (weightOffset < 0 || weightEnd > size) {
      throw new IllegalArgumentException("weights [" + in + ", " + out + "] at offset " + weightOffset
          + " need parameter indices [" + weightOffset + ", " + weightEnd + "), parameter vector has " + size);
    }
    long biasEnd = (long) biasOffset + out;
    if (biasOffset < 0 || biasEnd > size) {
      throw new IllegalArgumentException("bias [" + out + "] at offset " + biasOffset + " needs parameter indices ["
          + biasOffset + ", " + biasEnd + "), parameter vector has " + size);
    }
  }
}
