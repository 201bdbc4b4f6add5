package org.inversesuite.core.nn;

import org.inversesuite.core.tensor.Matrix;

/**
 * Reference {@link DenseKernel}: straightforward loops through {@link Matrix#get(int)}, any
 * precision, accumulating in double. Slow (no vectorisation), exact, and the yardstick the fast
 * kernels are tested against.
 */
public final class JavaDenseKernel implements DenseKernel {

  @Override
  public void forward(Matrix x, Matrix parameters, int weightOffset, int biasOffset, Matrix y, Activation activation) {
    int n = x.rows();
    int in = x.cols();
    int out = y.cols();
    y.requireShape(n, out, "dense output");
    double[] acc = new double[out];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < out; j++) {
        acc[j] = parameters.get(biasOffset + j);
      }
      for (int k = 0; k < in; k++) {
        double xv = x.get(r * in + k);
        if (xv == 0) {
          continue;
        }
        int w = weightOffset + k * out;
        for (int j = 0; j < out; j++) {
          acc[j] += xv * parameters.get(w + j);
        }
      }
      for (int j = 0; j < out; j++) {
        y.set(r * out + j, activation.apply(acc[j]));
      }
    }
  }

  @Override
  public void backward(Matrix x, Matrix y, Matrix dy, Matrix parameters, int weightOffset, int biasOffset,
      Matrix gradients, Matrix dx, Activation activation) {
    int n = x.rows();
    int in = x.cols();
    int out = y.cols();
    dy.requireShape(n, out, "dense output gradient");
    if (activation != Activation.IDENTITY) {
      for (int i = 0, size = n * out; i < size; i++) {
        dy.set(i, dy.get(i) * activation.derivativeFromOutput(y.get(i)));
      }
    }
    for (int r = 0; r < n && gradients != null; r++) {
      for (int j = 0; j < out; j++) {
        double g = dy.get(r * out + j);
        if (g == 0) {
          continue;
        }
        gradients.add(biasOffset + j, g);
        for (int k = 0; k < in; k++) {
          gradients.add(weightOffset + k * out + j, x.get(r * in + k) * g);
        }
      }
    }
    if (dx != null) {
      dx.requireShape(n, in, "dense input gradient");
      for (int r = 0; r < n; r++) {
        for (int k = 0; k < in; k++) {
          double s = 0;
          int w = weightOffset + k * out;
          for (int j = 0; j < out; j++) {
            s += dy.get(r * out + j) * parameters.get(w + j);
          }
          dx.set(r * in + k, s);
        }
      }
    }
  }
}
