package org.inversesuite.anomaly.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class NoisyRowsTest {
  /**
   * Rows (±1.5, 5), column 1 dequantised, noise s = (0.5, 0.2): draws have means (0, 5) and
   * variances (2.25 + 0.25, 1/12 + 0.04); the whitening is applied after the uniform noise.
   */
  @Test
  void drawsAreDequantisedWhitenedTrainingRowsPlusFreshGaussianNoise() {
    Matrix rows = Matrix.of(Precision.FLOAT64, new double[][] {{-1.5, 5}, {1.5, 5}});
    boolean[] integer = {false, true};
    Batch b = new NoisyRows(rows, integer, null, new double[] {0.5, 0.2}).simulate(200_000, new Rng(3));
    assertEquals(0, b.y().cols());
    double[][] moments = moments(b.x());
    assertEquals(0, moments[0][0], 0.01);
    assertEquals(5, moments[0][1], 0.01);
    assertEquals(2.25 + 0.25, moments[1][0], 0.02);
    assertEquals(1.0 / 12 + 0.04, moments[1][1], 0.002);
    Whitening w = new Whitening(new double[] {0, 5}, new double[] {1, 0.5}, new double[] {2, 0, 0, 1}, 0);
    double[][] whitened = moments(new NoisyRows(rows, integer, w, new double[2]).simulate(200_000, new Rng(4)).x());
    assertEquals(0, whitened[0][1], 0.01);
    assertEquals(4 * 2.25, whitened[1][0], 0.05);
    assertEquals(4.0 / 12, whitened[1][1], 0.005);
    assertThrows(IllegalArgumentException.class, () -> new NoisyRows(rows, integer, null, new double[] {Double.NaN, 0}));
    assertThrows(IllegalArgumentException.class, () -> new NoisyRows(rows, new boolean[1], null, new double[2]));
  }

  /** @return {means, variances} of the columns */
  private static double[][] moments(Matrix x) {
    double[][] out = new double[2][x.cols()];
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < x.cols(); j++) {
        out[0][j] += x.get(r, j) / x.rows();
        out[1][j] += x.get(r, j) * x.get(r, j) / x.rows();
      }
    }
    for (int j = 0; j < x.cols(); j++) {
      out[1][j] -= out[0][j] * out[0][j];
    }
    return out;
  }
}
