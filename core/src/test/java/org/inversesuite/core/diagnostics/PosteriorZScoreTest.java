package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class PosteriorZScoreTest {
  private final PosteriorZScore zScore = new PosteriorZScore();

  @Test
  void handComputedZScore() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, new double[][] {{0.5}}),
        List.of(Matrix.of(Precision.FLOAT64, new double[][] {{1}, {2}, {3}})), List.of("a"));
    assertEquals(1.5, zScore.perCase(e).get(0, 0), 1e-15); // (2 - 0.5) / 1
    assertEquals(1.5, zScore.evaluate(e).value(), 1e-15);
    assertEquals(1.5, zScore.rootMeanSquare(e).value(), 1e-15);
  }

  @Test
  void exactPosteriorGivesStandardNormalScores() {
    PosteriorEvidence e = GaussianEvidence.exact(2000, 200, 2, 0.5, 5);
    assertEquals(0, zScore.evaluate(e).value(), 0.06);
    assertEquals(1, zScore.rootMeanSquare(e).value(), 0.05);
  }

  @Test
  void shiftedAndNarrowPosteriorsGiveTheirClosedForms() {
    // shifted by one std: z = 1 + N(0, 1), mean 1, rms √2; half as wide: z = 2 N(0, 1), mean 0, rms 2
    PosteriorEvidence shifted = GaussianEvidence.build(2000, 200, 2, 0.5, 1, 1, 6);
    PosteriorEvidence narrow = GaussianEvidence.build(2000, 200, 2, 0.5, 0.5, 0, 7);
    assertEquals(1, zScore.evaluate(shifted).value(), 0.06);
    assertEquals(Math.sqrt(2), zScore.rootMeanSquare(shifted).value(), 0.06);
    assertEquals(0, zScore.evaluate(narrow).value(), 0.1);
    assertEquals(2, zScore.rootMeanSquare(narrow).value(), 0.1);
    assertEquals("posterior_z_score_rms", zScore.rootMeanSquare(narrow).name());
  }

  @Test
  void zeroSpreadIsRefused() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT64, new double[][] {{0.5}}),
        List.of(Matrix.of(Precision.FLOAT64, new double[][] {{1}, {1}})), List.of("a"));
    assertThrows(IllegalArgumentException.class, () -> zScore.evaluate(e));
  }
}
