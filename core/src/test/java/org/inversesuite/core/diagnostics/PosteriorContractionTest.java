package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class PosteriorContractionTest {
  @Test
  void handComputedContraction() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, new double[][] {{0, 0}}),
        List.of(Matrix.of(Precision.FLOAT64, new double[][] {{1, 1}, {3, 2}, {5, 3}})), List.of("a", "b"));
    Matrix c = new PosteriorContraction(new double[] {4, 4}).perCase(e);
    assertEquals(0.0, c.get(0, 0), 1e-15); // variance 4 of 4
    assertEquals(0.75, c.get(0, 1), 1e-15); // variance 1 of 4
    MetricResult r = new PosteriorContraction(new double[] {4, 4}).evaluate(e);
    assertEquals(0.375, r.value(), 1e-15);
    assertEquals(0.75, r.perDimension().get("b"), 1e-15);
  }

  @Test
  void gaussianPosteriorContractsByTheClosedForm() {
    // prior N(0, 1), noise std 0.5: contraction 1 / (1 + 0.25) = 0.8; a posterior half as wide: 1 - 0.2/4 = 0.95
    PosteriorContraction contraction = new PosteriorContraction(new double[] {1, 1});
    MetricResult exact = contraction.evaluate(GaussianEvidence.exact(500, 200, 2, 0.5, 3));
    MetricResult narrow = contraction.evaluate(GaussianEvidence.build(500, 200, 2, 0.5, 0.5, 0, 3));
    assertEquals(0.8, exact.value(), 0.005);
    assertEquals(0.95, narrow.value(), 0.002);
  }

  @Test
  void priorVarianceEstimatedFromPriorDraws() {
    Prior prior = new Prior() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public List<String> names() {
        return List.of("x0");
      }

      @Override
      public Matrix sample(int n, Rng rng) {
        DoubleMatrix m = new DoubleMatrix(n, 1);
        for (int i = 0; i < n; i++) {
          m.set(i, 0, 3 + 2 * rng.gaussian());
        }
        return m;
      }

      @Override
      public double[] logDensity(Matrix x) {
        throw new UnsupportedOperationException();
      }
    };
    PosteriorContraction c = PosteriorContraction.fromPrior(prior, 100_000, new Rng(4));
    // posterior variance 1 against prior variance 4
    DoubleMatrix samples = new DoubleMatrix(3, 1, new double[] {1, 2, 3});
    PosteriorEvidence e = new PosteriorEvidence(new DoubleMatrix(1, 1), List.of(samples), List.of("x0"));
    assertEquals(0.75, c.evaluate(e).value(), 0.01);
  }

  @Test
  void rejectsBadVariancesAndWidths() {
    assertThrows(IllegalArgumentException.class, () -> new PosteriorContraction(new double[] {1, 0}));
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new PosteriorContraction(new double[] {1}).evaluate(GaussianEvidence.exact(3, 3, 2, 1, 1)));
    assertTrue(ex.getMessage().contains("2 parameters, prior variances 1"), ex.getMessage());
  }
}
