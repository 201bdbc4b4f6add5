package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class ResimulationErrorTest {
  /** f(x1, x2) = (x1 + x2, 2 x1). */
  private static final ForwardModel LINEAR = new ForwardModel() {
    @Override
    public int inputDimension() {
      return 2;
    }

    @Override
    public int outputDimension() {
      return 2;
    }

    @Override
    public Matrix apply(Matrix x) {
      DoubleMatrix y = new DoubleMatrix(x.rows(), 2);
      for (int i = 0; i < x.rows(); i++) {
        y.set(i, 0, x.get(i, 0) + x.get(i, 1));
        y.set(i, 1, 2 * x.get(i, 0));
      }
      return y;
    }
  };

  private final ResimulationError resim = new ResimulationError(LINEAR);

  @Test
  void squaredErrorsMatchHandComputedValues() {
    double[] yStar = {1, 2};
    Matrix x = Matrix.of(Precision.FLOAT64, new double[][] {
        {1, 0}, // f = (1, 2): error 0
        {0, 0}, // f = (0, 0): 1 + 4 = 5
        {2, 1}, // f = (3, 4): 4 + 4 = 8
    });
    assertArrayEquals(new double[] {0, 5, 8}, resim.squaredErrors(x, yStar), 1e-15);
    assertEquals(13.0 / 3, resim.meanSquared(x, yStar), 1e-15);
  }

  @Test
  void rejectsMismatchedShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> resim.meanSquared(Matrix.zeros(Precision.FLOAT64, 3, 3), new double[] {0, 0}));
    assertTrue(e.getMessage().contains("[3, 3]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> resim.meanSquared(Matrix.zeros(Precision.FLOAT64, 3, 2), new double[] {0}));
    assertTrue(e.getMessage().contains("length 2, got 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> resim.meanSquared(Matrix.zeros(Precision.FLOAT64, 0, 2), new double[] {0, 0}));
  }
}
