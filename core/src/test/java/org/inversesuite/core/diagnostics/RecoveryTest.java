package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class RecoveryTest {
  @Test
  void handComputedScores() {
    // truths 0..3, every posterior {t, t + 2}: mean t + 1, error 1 everywhere
    List<Matrix> samples = new ArrayList<>();
    double[][] truths = new double[4][1];
    for (int t = 0; t < 4; t++) {
      truths[t][0] = t;
      samples.add(Matrix.of(Precision.FLOAT64, new double[][] {{t}, {t + 2}}));
    }
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, truths), samples, List.of("a"));
    RecoveryResult r = new Recovery(Recovery.PointEstimate.MEAN).assess(e);
    assertArrayEquals(new double[] {1}, r.rmse(), 1e-15);
    assertArrayEquals(new double[] {1 - 4 / 5.0}, r.r2(), 1e-15); // 1 - 4·1 / Σ(t - 1.5)² = 1 - 4/5
    assertArrayEquals(new double[] {1}, r.correlation(), 1e-15);
    assertEquals(3.0, r.estimates().get(2, 0), 1e-15);
    assertEquals(2.0, r.truths().get(2, 0), 0);
    assertEquals(0.2, new Recovery(Recovery.PointEstimate.MEAN).evaluate(e).value(), 1e-15);
  }

  @Test
  void medianIgnoresAnOutlier() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, new double[][] {{0}, {1}}),
        List.of(Matrix.of(Precision.FLOAT64, new double[][] {{0}, {0}, {30}}),
            Matrix.of(Precision.FLOAT64, new double[][] {{1}, {1}, {-30}})), List.of("a"));
    RecoveryResult median = new Recovery(Recovery.PointEstimate.MEDIAN).assess(e);
    RecoveryResult mean = new Recovery(Recovery.PointEstimate.MEAN).assess(e);
    assertArrayEquals(new double[] {1}, median.r2(), 1e-15);
    assertArrayEquals(new double[] {0}, median.rmse(), 1e-15);
    assertTrue(mean.rmse()[0] > 9);
  }

  @Test
  void gaussianPosteriorMeanRecoversByTheClosedForm() {
    // prior N(0, 1), noise σ = 0.5: R² = 1/(1 + σ²) = 0.8, RMSE = √0.2, ρ = 1/√1.25
    RecoveryResult r = new Recovery(Recovery.PointEstimate.MEAN).assess(GaussianEvidence.exact(4000, 100, 2, 0.5, 9));
    for (int j = 0; j < 2; j++) {
      assertEquals(0.8, r.r2()[j], 0.02);
      assertEquals(Math.sqrt(0.2), r.rmse()[j], 0.015);
      assertEquals(1 / Math.sqrt(1.25), r.correlation()[j], 0.01);
    }
    assertEquals("recovery_rmse", r.rmseResult().name());
    assertEquals(r.correlation()[1], r.correlationResult().perDimension().get("x1"), 0);
  }

  @Test
  void constantTruthsGiveNaNRatherThanANumber() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, new double[][] {{1}, {1}}),
        List.of(Matrix.of(Precision.FLOAT64, new double[][] {{0}}), Matrix.of(Precision.FLOAT64, new double[][] {{2}})),
        List.of("a"));
    RecoveryResult r = new Recovery(Recovery.PointEstimate.MEAN).assess(e);
    assertTrue(Double.isNaN(r.r2()[0]) && Double.isNaN(r.correlation()[0]));
    assertEquals(1, r.rmse()[0], 1e-15);
  }
}
