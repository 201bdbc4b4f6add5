package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast dense kernels against the reference {@link JavaDenseKernel}, computed in double from
 * the very same (float-rounded) inputs: y, g = dy ⊙ a'(y), the accumulated dW and db, and dx,
 * over odd shapes (tails of every kernel) and every activation.
 */
class DenseKernelTest {
  private static final double FLOAT_TOLERANCE = 1e-4;
  private static final double DOUBLE_TOLERANCE = 1e-12;
  private static final int[] BATCHES = {1, 3, 5, 256, 517};
  private static final int[] INPUTS = {2, 4, 6, 128, 130};
  private static final int[] OUTPUTS = {4, 128, 131};

  /** Every (in, out) pair once, cycling through batch sizes and activations; then every activation on two shapes. */
  static Stream<Arguments> shapes() {
    List<Arguments> cases = new ArrayList<>();
    Activation[] activations = Activation.values();
    int c = 0;
    for (int in : INPUTS) {
      for (int out : OUTPUTS) {
        cases.add(Arguments.of(BATCHES[c % BATCHES.length], in, out, activations[c % activations.length]));
        c++;
      }
    }
    for (Activation a : activations) {
      cases.add(Arguments.of(256, 128, 128, a));
      cases.add(Arguments.of(5, 6, 4, a));
    }
    cases.add(Arguments.of(517, 130, 131, Activation.RELU));
    cases.add(Arguments.of(517, 4, 128, Activation.RELU));
    cases.add(Arguments.of(256, 128, 4, Activation.IDENTITY));
    return cases.stream();
  }

  @ParameterizedTest(name = "n={0} in={1} out={2} {3}")
  @MethodSource("shapes")
  void vectorKernelMatchesReference(int n, int in, int out, Activation activation) {
    DenseFixture.compare(new VectorDenseKernel(), Precision.FLOAT32, n, in, out, activation, FLOAT_TOLERANCE);
  }

  @ParameterizedTest(name = "n={0} in={1} out={2} {3}")
  @MethodSource("shapes")
  void nd4jKernelMatchesReferenceInDouble(int n, int in, int out, Activation activation) {
    DenseFixture.compare(new Nd4jDenseKernel(), Precision.FLOAT64, n, in, out, activation, DOUBLE_TOLERANCE);
  }

  /** ND4J in float32 on a few shapes; the float subnet test below covers it further. */
  @ParameterizedTest(name = "n={0} in={1} out={2}")
  @CsvSource({"3, 6, 131", "256, 128, 128", "5, 130, 4"})
  void nd4jKernelMatchesReferenceInFloat(int n, int in, int out) {
    DenseFixture.compare(new Nd4jDenseKernel(), Precision.FLOAT32, n, in, out, Activation.TANH, FLOAT_TOLERANCE);
  }

  @ParameterizedTest(name = "n={0} in={1} out={2} {3}")
  @CsvSource({"5, 6, 4, TANH", "256, 128, 128, TANH", "517, 130, 131, RELU", "3, 4, 128, ELU"})
  void inputGradientWithoutParameterGradientsEqualsTheFullBackwardPass(int n, int in, int out, Activation a) {
    DenseFixture.compareInputGradientOnly(new VectorDenseKernel(), Precision.FLOAT32, n, in, out, a);
    DenseFixture.compareInputGradientOnly(new Nd4jDenseKernel(), Precision.FLOAT64, n, in, out, a);
    DenseFixture.compareInputGradientOnly(new JavaDenseKernel(), Precision.FLOAT64, n, in, out, a);
  }

  @Test
  void vectorKernelDelegatesDoubleMatricesToTheReference() {
    DenseFixture.compare(new VectorDenseKernel(), Precision.FLOAT64, 7, 9, 10, Activation.TANH, DOUBLE_TOLERANCE);
  }

  @Test
  void weightsAreReadAtTheirOffsetsInsideALargerParameterVector() {
    for (Supplier<DenseKernel> kernel : List.<Supplier<DenseKernel>>of(VectorDenseKernel::new, Nd4jDenseKernel::new)) {
      DenseFixture.compareOffsets(kernel.get(), 11, 130, 20);
      DenseFixture.compareOffsets(kernel.get(), 6, 5, 131);
    }
  }

  @Test
  void oneInstanceRunsAWholeSubnetLikeTheReference() {
    for (Supplier<DenseKernel> kernel : List.<Supplier<DenseKernel>>of(VectorDenseKernel::new, Nd4jDenseKernel::new)) {
      DenseFixture.compareSubnet(kernel.get(), 256, new int[] {4, 128, 128, 4}, FLOAT_TOLERANCE);
      DenseFixture.compareSubnet(kernel.get(), 37, new int[] {3, 130, 17, 5}, FLOAT_TOLERANCE);
    }
  }

  @Test
  void badShapesAreRejectedNamingBothShapes() {
    for (DenseKernel kernel : List.<DenseKernel>of(new VectorDenseKernel(), new Nd4jDenseKernel())) {
      Matrix x = Matrix.zeros(Precision.FLOAT32, 5, 3);
      Matrix p = Matrix.zeros(Precision.FLOAT32, 1, 3 * 4 + 4);
      Matrix y = Matrix.zeros(Precision.FLOAT32, 5, 4);
      IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
          () -> kernel.forward(x, p, 0, 12, Matrix.zeros(Precision.FLOAT32, 6, 4), Activation.RELU));
      assertTrue(rows.getMessage().contains("[6, 4]") && rows.getMessage().contains("[5, 4]"), rows.getMessage());
      IllegalArgumentException weights = assertThrows(IllegalArgumentException.class,
          () -> kernel.forward(x, p, 5, 12, y, Activation.RELU));
      assertTrue(weights.getMessage().contains("17") && weights.getMessage().contains("16"), weights.getMessage());
      assertThrows(IllegalArgumentException.class, () -> kernel.forward(x, p, 0, 13, y, Activation.RELU));
      Matrix dy = Matrix.zeros(Precision.FLOAT32, 5, 4);
      IllegalArgumentException dx = assertThrows(IllegalArgumentException.class, () -> kernel.backward(x, y, dy, p, 0,
          12, p.copy(), Matrix.zeros(Precision.FLOAT32, 5, 4), Activation.RELU));
      assertTrue(dx.getMessage().contains("[5, 3]"), dx.getMessage());
      assertThrows(IllegalArgumentException.class, () -> kernel.backward(x, y, Matrix.zeros(Precision.FLOAT32, 5, 3),
          p, 0, 12, p.copy(), null, Activation.RELU));
      assertThrows(IllegalArgumentException.class, () -> kernel.backward(x, y, dy, p, 0, 12,
          Matrix.zeros(Precision.FLOAT32, 1, 15), null, Activation.RELU));
    }
  }

  @Test
  void fixtureDetectsADifference() {
    Matrix actual = new DoubleMatrix(1, 3, new double[] {1, 2, 3.01});
    AssertionError e = assertThrows(AssertionError.class,
        () -> DenseFixture.assertClose("probe", new double[] {1, 2, 3}, actual, 0, 3, 1e-4));
    assertTrue(e.getMessage().contains("probe"), e.getMessage());
    DenseFixture.assertClose("probe", new double[] {1, 2, 3.0100001}, actual, 0, 3, 1e-4);
  }
}
