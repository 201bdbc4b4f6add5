package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class ExpectedCoverageTest {
  static final NormalDistribution PHI = new NormalDistribution(null, 0, 1);

  /** Coverage of a posterior N(μ + shift·σ, (w σ)²) when the truth is N(μ, σ²): P(|Z − shift| ≤ w z_q). */
  static double closedFormCoverage(double level, double width, double shift) {
    double zq = PHI.inverseCumulativeProbability((1 + level) / 2);
    return PHI.cumulativeProbability(shift + width * zq) - PHI.cumulativeProbability(shift - width * zq);
  }

  @Test
  void quantileIsHyndmanFanDefinitionSeven() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(1.0, ExpectedCoverage.quantile(sorted, 0), 0);
    assertEquals(1.75, ExpectedCoverage.quantile(sorted, 0.25), 1e-15);
    assertEquals(2.5, ExpectedCoverage.quantile(sorted, 0.5), 1e-15);
    assertEquals(4.0, ExpectedCoverage.quantile(sorted, 1), 0);
    assertEquals(7.0, ExpectedCoverage.quantile(new double[] {7}, 0.3), 0);
  }

  @Test
  void handMadeCaseIsCoveredExactlyWhenInsideTheCentralInterval() {
    DoubleMatrix samples = new DoubleMatrix(101, 1);
    for (int r = 0; r <= 100; r++) {
      samples.set(r, 0, 100 - r); // unsorted on purpose
    }
    Matrix truths = Matrix.of(Precision.FLOAT64, new double[][] {{30}});
    PosteriorEvidence e = new PosteriorEvidence(truths, List.of(samples), List.of("a"));
    // q = 0.3: [35, 65] misses 30; q = 0.4: [30, 70] holds it (closed interval); q = 0.5: [25, 75]
    CoverageResult r = new ExpectedCoverage(new double[] {0.3, 0.4, 0.5}).assess(e);
    assertArrayEquals(new double[] {0, 1, 1}, r.coverage(0), 0);
    assertArrayEquals(new double[] {0.3, 0.6, 0.5}, r.absoluteError(0), 1e-15);
  }

  @Test
  void exactPosteriorCoversAtTheNominalLevel() {
    CoverageResult r = ExpectedCoverage.defaults().assess(GaussianEvidence.exact(2000, 200, 2, 0.5, 7));
    double[] se = r.standardErrors();
    for (int j = 0; j < 2; j++) {
      double[] c = r.coverage(j);
      for (int k = 0; k < c.length; k++) {
        assertEquals(r.levels()[k], c[k], 4 * se[k] + 0.01, "dimension " + j + ", level " + r.levels()[k]);
      }
    }
  }

  @Test
  void tooNarrowAndShiftedPosteriorsMatchTheirClosedFormCoverage() {
    double[][] cases = {{0.5, 0.0}, {1.0, 1.0}};
    for (double[] c : cases) {
      CoverageResult r = ExpectedCoverage.defaults().assess(GaussianEvidence.build(2000, 200, 2, 0.5, c[0], c[1], 8));
      double[] se = r.standardErrors();
      for (int j = 0; j < 2; j++) {
        double[] coverage = r.coverage(j);
        for (int k = 0; k < coverage.length; k++) {
          double q = r.levels()[k];
          assertEquals(closedFormCoverage(q, c[0], c[1]), coverage[k], 4 * se[k] + 0.01,
              "width " + c[0] + ", shift " + c[1] + ", level " + q);
        }
      }
    }
  }

  @Test
  void rejectsBadLevels() {
    assertThrows(IllegalArgumentException.class, () -> new ExpectedCoverage(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> new ExpectedCoverage(new double[] {0.5, 0.4}));
    assertThrows(IllegalArgumentException.class, () -> new ExpectedCoverage(new double[] {1.0}));
    assertArrayEquals(new double[] {0.1, 0.5, 0.9}, ExpectedCoverage.evenLevels(0.1, 0.9, 3), 1e-15);
  }
}
