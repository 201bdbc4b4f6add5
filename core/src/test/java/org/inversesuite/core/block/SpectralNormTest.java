package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** σ and the singular vectors of the power iteration against Commons Math's SVD, cold and warm started. */
class SpectralNormTest {

  @ParameterizedTest
  @CsvSource({"6, 40", "40, 6", "24, 24", "40, 4"})
  void powerIterationFindsTheLeadingSingularTriple(int rows, int cols) {
    Rng rng = new Rng(rows * 100L + cols);
    double[] w = new double[rows * cols];
    double[][] m = new double[rows][cols];
    for (int i = 0; i < w.length; i++) {
      w[i] = rng.gaussian();
      m[i / cols][i % cols] = w[i];
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(m));
    double sigma = svd.getSingularValues()[0];
    SpectralNorm cold = SpectralNorm.of(w, rows, cols, 0.5, 20000);
    assertEquals(sigma, cold.sigma(), 1e-10 * sigma);
    assertEquals(0.5 / sigma, cold.scale(), 1e-10);
    // u, v are the singular vectors up to a common sign
    double sign = Math.signum(cold.v()[0] * svd.getV().getEntry(0, 0));
    for (int j = 0; j < cols; j++) {
      assertEquals(svd.getV().getEntry(j, 0), sign * cold.v()[j], 1e-6, "v[" + j + "]");
    }
    for (int i = 0; i < rows; i++) {
      assertEquals(svd.getU().getEntry(i, 0), sign * cold.u()[i], 1e-6, "u[" + i + "]");
    }
    // warm-started from the vector of a slightly different matrix: the same σ
    double[] nearby = w.clone();
    for (int i = 0; i < nearby.length; i++) {
      nearby[i] += 0.01 * rng.gaussian();
    }
    double[] start = SpectralNorm.of(nearby, rows, cols, 0.5, 20000).v();
    assertEquals(sigma, SpectralNorm.of(w, rows, cols, 0.5, 20000, start).sigma(), 1e-10 * sigma);
  }
}
