package org.inversesuite.core.nn;

import java.util.Random;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Builds random dense-layer problems and checks a {@link DenseKernel} against
 * {@link JavaDenseKernel} run in double on the same inputs, rounded to the tested precision
 * first, so that only the arithmetic of the kernel under test can differ.
 */
final class DenseFixture {
  private static final JavaDenseKernel REFERENCE = new JavaDenseKernel();

  private DenseFixture() {
  }

  /** One layer with W at offset 3 and b just after it, a gap on either side. */
  static void compare(DenseKernel kernel, Precision precision, int n, int in, int out, Activation activation,
      double tolerance) {
    int weightOffset = 3;
    int biasOffset = weightOffset + in * out + 2;
    compare(kernel, precision, n, in, out, activation, tolerance, weightOffset, biasOffset, biasOffset + out + 4);
  }

  /** One float layer inside a larger vector: b first at offset 5, W after a gap, more entries after. */
  static void compareOffsets(DenseKernel kernel, int n, int in, int out) {
    int biasOffset = 5;
    int weightOffset = biasOffset + out + 9;
    compare(kernel, Precision.FLOAT32, n, in, out, Activation.RELU, 1e-4, weightOffset, biasOffset,
        weightOffset + in * out + 2 * in * out);
  }

  private static void compare(DenseKernel kernel, Precision precision, int n, int in, int out,
      Activation activation, double tolerance, int weightOffset, int biasOffset, int size) {
    String label = kernel.getClass().getSimpleName() + " " + precision + " n=" + n + " in=" + in + " out=" + out
        + " " + activation + " W@" + weightOffset + " b@" + biasOffset + ": ";
    Random random = new Random(1_000_003L * n + 1_009L * in + 31L * out + activation.ordinal());
    double[] x = round(precision, inputs(random, n * in));
    double[] p = round(precision, gaussian(random, size, 1 / Math.sqrt(in)));
    double[] dy = round(precision, gaussian(random, n * out, 1));
    double[] gradients = round(precision, gaussian(random, size, 1));

    DoubleMatrix yRef = new DoubleMatrix(n, out);
    REFERENCE.forward(doubles(n, in, x), doubles(1, size, p), weightOffset, biasOffset, yRef, activation);
    Matrix y = matrix(precision, n, out, new double[n * out]);
    kernel.forward(matrix(precision, n, in, x), matrix(precision, 1, size, p), weightOffset, biasOffset, y,
        activation);
    assertClose(label + "y", yRef.data(), y, 0, n * out, tolerance);

    double[] yIn = round(precision, yRef.data());
    DoubleMatrix gRef = doubles(n, out, dy.clone());
    DoubleMatrix gradRef = doubles(1, size, gradients.clone());
    DoubleMatrix dxRef = new DoubleMatrix(n, in);
    REFERENCE.backward(doubles(n, in, x), doubles(n, out, yIn), gRef, doubles(1, size, p), weightOffset, biasOffset,
        gradRef, dxRef, activation);
    for (boolean withDx : new boolean[] {true, false}) {
      String what = label + (withDx ? "" : "(dx=null) ");
      Matrix g = matrix(precision, n, out, dy);
      Matrix grad = matrix(precision, 1, size, gradients);
      Matrix dx = withDx ? matrix(precision, n, in, new double[n * in]) : null;
      kernel.backward(matrix(precision, n, in, x), matrix(precision, n, out, yIn), g, matrix(precision, 1, size, p),
          weightOffset, biasOffset, grad, dx, activation);
      assertClose(what + "dy after mask", gRef.data(), g, 0, n * out, tolerance);
      assertClose(what + "dW", gradRef.data(), grad, weightOffset, weightOffset + in * out, tolerance);
      assertClose(what + "db", gradRef.data(), grad, biasOffset, biasOffset + out, tolerance);
      for (int i = 0; i < size; i++) {
        boolean inLayer = (i >= weightOffset && i < weightOffset + in * out) || (i >= biasOffset && i < biasOffset + out);
        if (!inLayer && grad.get(i) != gradients[i]) {
          throw new AssertionError(what + "gradient entry " + i + " outside the layer changed from " + gradients[i]
              + " to " + grad.get(i));
        }
      }
      if (withDx) {
        assertClose(what + "dx", dxRef.data(), dx, 0, n * in, tolerance);
      }
    }
  }

  /**
   * The same kernel's backward pass with and without a gradient vector: g (the masked dy) and dx
   * must be identical, bit for bit, as the null path only skips dW and db.
   */
  static void compareInputGradientOnly(DenseKernel kernel, Precision precision, int n, int in, int out,
      Activation activation) {
    String label = kernel.getClass().getSimpleName() + " " + precision + " n=" + n + " in=" + in + " out=" + out
        + " " + activation + " (gradients=null): ";
    Random random = new Random(7L * n + 11L * in + out);
    int size = in * out + out;
    Matrix x = matrix(precision, n, in, round(precision, inputs(random, n * in)));
    Matrix p = matrix(precision, 1, size, round(precision, gaussian(random, size, 1 / Math.sqrt(in))));
    double[] dy = round(precision, gaussian(random, n * out, 1));
    Matrix y = matrix(precision, n, out, new double[n * out]);
    kernel.forward(x, p, 0, in * out, y, activation);
    Matrix gFull = matrix(precision, n, out, dy);
    Matrix dxFull = matrix(precision, n, in, new double[n * in]);
    kernel.backward(x, y, gFull, p, 0, in * out, matrix(precision, 1, size, new double[size]), dxFull, activation);
    Matrix g = matrix(precision, n, out, dy);
    Matrix dx = matrix(precision, n, in, new double[n * in]);
    kernel.backward(x, y, g, p, 0, in * out, null, dx, activation);
    for (int i = 0; i < n * in; i++) {
      if (Double.compare(dx.get(i), dxFull.get(i)) != 0) {
        throw new AssertionError(label + "dx[" + i + "] " + dx.get(i) + " vs " + dxFull.get(i));
      }
    }
    for (int i = 0; i < n * out; i++) {
      if (Double.compare(g.get(i), gFull.get(i)) != 0) {
        throw new AssertionError(label + "masked dy[" + i + "] " + g.get(i) + " vs " + gFull.get(i));
      }
    }
    double norm = 0;
    for (int i = 0; i < n * in; i++) {
      norm += Math.abs(dx.get(i));
    }
    if (!(norm > 0)) {
      throw new AssertionError(label + "dx is zero");
    }
  }

  /**
   * A float MLP with hidden ReLU layers and an identity output, run forward then backward by one
   * kernel instance; each layer is compared with the reference fed the kernel's own inputs, so
   * float rounding cannot flip a ReLU mask between the two.
   */
  static void compareSubnet(DenseKernel kernel, int n, int[] widths, double tolerance) {
    Precision f = Precision.FLOAT32;
    int layers = widths.length - 1;
    int[] weightOffsets = new int[layers];
    int[] biasOffsets = new int[layers];
    int size = 0;
    for (int l = 0; l < layers; l++) {
      weightOffsets[l] = size;
      biasOffsets[l] = size + widths[l] * widths[l + 1];
      size = biasOffsets[l] + widths[l + 1];
    }
    Random random = new Random(n * 7919L + size);
    double[] p = round(f, gaussian(random, size, 0.2));
    Matrix parameters = matrix(f, 1, size, p);
    Matrix gradients = matrix(f, 1, size, new double[size]);
    DoubleMatrix gradRef = new DoubleMatrix(1, size);
    Matrix[] h = new Matrix[layers + 1];
    h[0] = matrix(f, n, widths[0], round(f, inputs(random, n * widths[0])));
    String label = kernel.getClass().getSimpleName() + " subnet " + java.util.Arrays.toString(widths) + " n=" + n;
    for (int l = 0; l < layers; l++) {
      Activation a = l == layers - 1 ? Activation.IDENTITY : Activation.RELU;
      h[l + 1] = matrix(f, n, widths[l + 1], new double[n * widths[l + 1]]);
      kernel.forward(h[l], parameters, weightOffsets[l], biasOffsets[l], h[l + 1], a);
      DoubleMatrix ref = new DoubleMatrix(n, widths[l + 1]);
      REFERENCE.forward(toDoubles(h[l]), doubles(1, size, p), weightOffsets[l], biasOffsets[l], ref, a);
      assertClose(label + " layer " + l + " y", ref.data(), h[l + 1], 0, ref.size(), tolerance);
    }
    Matrix d = matrix(f, n, widths[layers], round(f, gaussian(random, n * widths[layers], 1)));
    for (int l = layers - 1; l >= 0; l--) {
      Activation a = l == layers - 1 ? Activation.IDENTITY : Activation.RELU;
      DoubleMatrix gRef = toDoubles(d);
      DoubleMatrix dxRef = new DoubleMatrix(n, widths[l]);
      REFERENCE.backward(toDoubles(h[l]), toDoubles(h[l + 1]), gRef, doubles(1, size, p), weightOffsets[l],
          biasOffsets[l], gradRef, dxRef, a);
      Matrix dx = matrix(f, n, widths[l], new double[n * widths[l]]);
      kernel.backward(h[l], h[l + 1], d, parameters, weightOffsets[l], biasOffsets[l], gradients, dx, a);
      assertClose(label + " layer " + l + " g", gRef.data(), d, 0, gRef.size(), tolerance);
      assertClose(label + " layer " + l + " dx", dxRef.data(), dx, 0, dxRef.size(), tolerance);
      d = dx;
    }
    for (int l = 0; l < layers; l++) {
      assertClose(label + " layer " + l + " dW", gradRef.data(), gradients, weightOffsets[l], biasOffsets[l], tolerance);
      assertClose(label + " layer " + l + " db", gradRef.data(), gradients, biasOffsets[l],
          biasOffsets[l] + widths[l + 1], tolerance);
    }
  }

  /**
   * Fails unless {@code |actual[i] − expected[i]| ≤ tolerance · max_i |expected[i]|} for
   * {@code from ≤ i < to} (an all-zero range must match to 1e-30).
   */
  static void assertClose(String what, double[] expected, Matrix actual, int from, int to, double tolerance) {
    double scale = 1e-30;
    for (int i = from; i < to; i++) {
      scale = Math.max(scale, Math.abs(expected[i]));
    }
    for (int i = from; i < to; i++) {
      double diff = Math.abs(actual.get(i) - expected[i]);
      if (!(diff <= tolerance * scale)) {
        throw new AssertionError(what + ": index " + (i - from) + " expected " + expected[i] + " but was "
            + actual.get(i) + " (|diff| " + diff + " > " + tolerance + " x max|expected| " + scale + ")");
      }
    }
  }

  /** Standard normals with about 30% exact zeros, as after a ReLU. */
  static double[] inputs(Random random, int count) {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = random.nextDouble() < 0.3 ? 0 : random.nextGaussian();
    }
    return v;
  }

  private static double[] gaussian(Random random, int count, double sigma) {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = sigma * random.nextGaussian();
    }
    return v;
  }

  private static double[] round(Precision precision, double[] values) {
    double[] r = values.clone();
    if (precision == Precision.FLOAT32) {
      for (int i = 0; i < r.length; i++) {
        r[i] = (float) r[i];
      }
    }
    return r;
  }

  private static Matrix matrix(Precision precision, int rows, int cols, double[] values) {
    Matrix m = Matrix.zeros(precision, rows, cols);
    for (int i = 0; i < values.length; i++) {
      m.set(i, values[i]);
    }
    return m;
  }

  private static DoubleMatrix doubles(int rows, int cols, double[] values) {
    return new DoubleMatrix(rows, cols, values.clone());
  }

  private static DoubleMatrix toDoubles(Matrix m) {
    DoubleMatrix d = new DoubleMatrix(m.rows(), m.cols());
    for (int i = 0; i < m.size(); i++) {
      d.set(i, m.get(i));
    }
    return d;
  }
}
