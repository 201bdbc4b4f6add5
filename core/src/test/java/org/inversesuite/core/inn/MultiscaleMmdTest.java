package org.inversesuite.core.inn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** The INN's MMD against its definition (a naive double sum) and its gradient against central differences. */
class MultiscaleMmdTest {
  private static final List<MmdKernel> KERNELS = List.of(new MmdKernel(0.1, 0.1), new MmdKernel(0.8, 0.5),
      new MmdKernel(0.2, 2), new MmdKernel(1.5, 1));

  private static double naive(Matrix a, Matrix b) {
    int n = a.rows();
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        s += k(a, i, a, j) + k(b, i, b, j) - 2 * k(a, i, b, j);
      }
    }
    return s / (n * n);
  }

  private static double k(Matrix a, int i, Matrix b, int j) {
    double d = 0;
    for (int c = 0; c < a.cols(); c++) {
      d += Math.pow(a.get(i, c) - b.get(j, c), 2);
    }
    double s = 0;
    for (MmdKernel kernel : KERNELS) {
      s += kernel.value(d);
    }
    return s;
  }

  @Test
  void valueMatchesTheDefinitionAndGradientMatchesFiniteDifferences() {
    Rng rng = new Rng(1);
    Matrix a = Numerics.gaussian(rng, 7, 3, 1.0);
    Matrix b = Numerics.gaussian(rng, 7, 3, 1.5);
    MultiscaleMmd mmd = new MultiscaleMmd(KERNELS);
    Matrix grad = a.like(7, 3);
    double value = mmd.evaluate(a, 0, b, 0, 3, 2.5, grad, 0);
    assertEquals(2.5 * naive(a, b), value, 1e-12);
    assertTrue(value > 0);
    Numerics.assertGradient("dMMD/da", a, grad, 1e-6, 1e-6, 1e-10, () -> mmd.evaluate(a, 0, b, 0, 3, 2.5, null, 0));
    assertEquals(0.0, mmd.evaluate(b, 0, b, 0, 3, 1, null, 0), 1e-12, "MMD of a sample with itself");
  }

  @Test
  void kernelDerivativeIsTheDerivativeOfTheKernel() {
    for (MmdKernel kernel : KERNELS) {
      double d = 0.7;
      double h = 1e-6;
      assertEquals((kernel.value(d + h) - kernel.value(d - h)) / (2 * h), kernel.derivative(d), 1e-7);
    }
  }
}
