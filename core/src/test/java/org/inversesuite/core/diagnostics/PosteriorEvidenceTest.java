package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class PosteriorEvidenceTest {
  private static Matrix rows(double[][] v) {
    return Matrix.of(Precision.FLOAT64, v);
  }

  @Test
  void momentsMatchHandComputedValues() {
    PosteriorEvidence e = new PosteriorEvidence(rows(new double[][] {{0, 1}}),
        List.of(rows(new double[][] {{1, 2}, {3, 2}, {5, 8}})), List.of("a", "b"));
    assertEquals(3, e.posteriorMeans().get(0, 0), 1e-15);
    assertEquals(4, e.posteriorMeans().get(0, 1), 1e-15);
    assertEquals(4, e.posteriorVariances().get(0, 0), 1e-15); // ((-2)² + 0 + 2²) / 2
    assertEquals(12, e.posteriorVariances().get(0, 1), 1e-15); // (4 + 4 + 16) / 2
    assertEquals(3, e.column(0, 0).length);
    assertEquals(8, e.sample(0, 2)[1]);
  }

  @Test
  void isImmutable() {
    Matrix truths = rows(new double[][] {{0.5}});
    Matrix samples = rows(new double[][] {{1}, {2}});
    PosteriorEvidence e = new PosteriorEvidence(truths, List.of(samples), List.of("a"));
    truths.set(0, 9);
    samples.set(0, 9);
    e.truths().set(0, 7);
    e.samples().get(0).set(0, 7);
    assertEquals(0.5, e.truth(0, 0));
    assertEquals(1, e.column(0, 0)[0]);
  }

  @Test
  void float32InputIsCopiedToFloat64() {
    PosteriorEvidence e = new PosteriorEvidence(Matrix.of(Precision.FLOAT32, new double[][] {{0.5}}),
        List.of(Matrix.of(Precision.FLOAT32, new double[][] {{1}})), List.of("a"));
    assertEquals(Precision.FLOAT64, e.truths().precision());
    assertEquals(Precision.FLOAT64, e.samples().get(0).precision());
  }

  @Test
  void rejectsBadShapesNamingExpectedAndActual() {
    Matrix t = rows(new double[][] {{0, 0}, {1, 1}});
    Matrix s = new DoubleMatrix(3, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PosteriorEvidence(t, List.of(s), List.of("a", "b")));
    assertTrue(e.getMessage().contains("(2), got 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new PosteriorEvidence(t, List.of(s, new DoubleMatrix(3, 1)), List.of("a", "b")));
    assertTrue(e.getMessage().contains("[s >= 1, 2], got [3, 1]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new PosteriorEvidence(t, List.of(s, s), List.of("a")));
    assertTrue(e.getMessage().contains("expected 2 parameter names, got 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PosteriorEvidence(t, List.of(s, s), List.of("a", "a")));
    Matrix bad = new DoubleMatrix(3, 2);
    bad.set(4, Double.NaN);
    assertThrows(NonFiniteException.class, () -> new PosteriorEvidence(t, List.of(s, bad), List.of("a", "b")));
  }

  @Test
  void simulateUsesOneStreamPerCase() {
    Matrix truths = rows(new double[][] {{0}, {1}, {2}});
    Matrix y = rows(new double[][] {{10}, {20}, {30}});
    PosteriorEvidence.Sampler sampler = (obs, n, rng) -> {
      DoubleMatrix m = new DoubleMatrix(n, 1);
      for (int r = 0; r < n; r++) {
        m.set(r, 0, obs[0] + rng.gaussian());
      }
      return m;
    };
    PosteriorEvidence e = PosteriorEvidence.simulate(truths, y, sampler, 4, List.of("a"), new Rng(5));
    assertEquals(3, e.cases());
    assertEquals(4, e.sampleCount(2));
    double expected = 30 + new Rng(5).stream(2).gaussian();
    assertEquals(expected, e.column(2, 0)[0], 0.0);
  }
}
