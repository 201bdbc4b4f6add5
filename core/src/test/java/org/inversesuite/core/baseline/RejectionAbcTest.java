package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * Toy problem with an analytic ABC posterior: x ~ N(0, I₂), y = f(x) = x₁. Accepting
 * |x₁ − y*| &lt; ε keeps x₁ within ε of y* and leaves x₂ ~ N(0, 1), independent of x₁.
 */
class RejectionAbcTest {
  private static final DiagonalGaussianPrior PRIOR =
      new DiagonalGaussianPrior(new double[] {0, 0}, new double[] {1, 1}, List.of("x1", "x2"));

  /** f(x) = x₁. */
  private static final ForwardModel FIRST = new ForwardModel() {
    @Override
    public int inputDimension() {
      return 2;
    }

    @Override
    public int outputDimension() {
      return 1;
    }

    @Override
    public Matrix apply(Matrix x) {
      DoubleMatrix y = new DoubleMatrix(x.rows(), 1);
      for (int i = 0; i < x.rows(); i++) {
        y.set(i, x.get(i, 0));
      }
      return y;
    }
  };

  private static final double EPS = 0.01;
  private static final Matrix OBSERVATIONS = Matrix.of(Precision.FLOAT64, new double[][] {{1}, {-0.5}, {0}});

  private static AbcResult run(int target, long budget, int chunk, int threads, long seed) {
    return new RejectionAbc(PRIOR, FIRST, EPS, chunk, threads).run(OBSERVATIONS, target, budget, new Rng(seed));
  }

  private static double phi(double x) {
    return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  }

  @Test
  void acceptedSamplesFollowTheAnalyticAbcPosterior() {
    int target = 4000;
    AbcResult r = run(target, 50_000_000, 50_000, 2, 1);
    assertTrue(r.complete());
    for (int j = 0; j < OBSERVATIONS.rows(); j++) {
      double yStar = OBSERVATIONS.get(j);
      Matrix s = r.samples(j);
      assertEquals(target, s.rows());
      double m1 = 0;
      double m2 = 0;
      double v2 = 0;
      int within1 = 0;
      for (int i = 0; i < target; i++) {
        double x1 = s.get(i, 0);
        double x2 = s.get(i, 1);
        assertTrue(Math.abs(x1 - yStar) < EPS, "accepted x1 = " + x1 + " outside the radius of " + yStar);
        m1 += x1 / target;
        m2 += x2 / target;
        v2 += x2 * x2 / target;
        within1 += Math.abs(x2) < 1 ? 1 : 0;
      }
      v2 -= m2 * m2;
      // x1 is nearly uniform on (y* - eps, y* + eps): sd eps/sqrt(3); 5 standard errors
      assertEquals(yStar, m1, 5 * EPS / Math.sqrt(3.0 * target), "mean of x1 for y* = " + yStar);
      // x2 ~ N(0, 1): mean, variance (se sqrt(2/n)) and P(|x2| < 1) = 0.6827
      assertEquals(0.0, m2, 5 / Math.sqrt(target), "mean of x2 for y* = " + yStar);
      assertEquals(1.0, v2, 5 * Math.sqrt(2.0 / target), "variance of x2 for y* = " + yStar);
      assertEquals(0.6827, within1 / (double) target, 5 * Math.sqrt(0.6827 * 0.3173 / target));
      // acceptance probability P(|x1 - y*| < eps) ~ 2 eps phi(y*), counted over all proposals
      double expectedRate = 2 * EPS * phi(yStar);
      double sdRate = Math.sqrt(expectedRate / r.proposals());
      assertEquals(expectedRate, r.acceptanceRate(j), 5 * sdRate, "acceptance rate for y* = " + yStar);
      assertTrue(r.acceptedCounts()[j] >= target);
    }
  }

  @Test
  void stopsAtTheFirstChunkThatCompletesEveryObservation() {
    int chunk = 20_000;
    AbcResult r = run(300, 50_000_000, chunk, 2, 2);
    assertTrue(r.complete());
    assertEquals(0, r.proposals() % chunk, "whole chunks are drawn");
    AbcResult shorter = run(300, r.proposals() - chunk, chunk, 2, 2);
    assertFalse(shorter.complete(), "one chunk fewer must not have sufficed");
    assertEquals(r.proposals() - chunk, shorter.proposals());
  }

  @Test
  void keepsTheFirstAcceptedSamplesInProposalOrder() {
    AbcResult small = run(100, 50_000_000, 20_000, 2, 3);
    AbcResult large = run(400, 50_000_000, 20_000, 2, 3);
    for (int j = 0; j < OBSERVATIONS.rows(); j++) {
      double[][] first = small.samples(j).toRows();
      double[][] prefix = new double[100][];
      System.arraycopy(large.samples(j).toRows(), 0, prefix, 0, 100);
      assertArrayEquals(first, prefix, "observation " + j);
    }
  }

  @Test
  void isDeterministicForASeedWhateverTheThreadCount() {
    AbcResult a = run(200, 50_000_000, 10_000, 2, 4);
    AbcResult b = run(200, 50_000_000, 10_000, 2, 4);
    AbcResult one = run(200, 50_000_000, 10_000, 1, 4);
    AbcResult three = run(200, 50_000_000, 10_000, 3, 4);
    assertEquals(a, b);
    assertEquals(a, one);
    assertEquals(a, three);
    assertNotEquals(a, run(200, 50_000_000, 10_000, 2, 5));
  }

  @Test
  void stopsAtTheBudgetWithFewerSamples() {
    AbcResult r = run(1000, 61_234, 10_000, 2, 6);
    assertEquals(61_234, r.proposals(), "the last chunk is shortened to the budget");
    assertFalse(r.complete());
    for (int j = 0; j < OBSERVATIONS.rows(); j++) {
      assertEquals(r.acceptedCounts()[j], r.samples(j).rows());
      assertTrue(r.samples(j).rows() < 1000);
    }
  }

  @Test
  void resultIsImmutable() {
    AbcResult r = run(10, 50_000_000, 10_000, 1, 7);
    r.acceptedCounts()[0] = -1;
    r.samples(0).set(0, 99.0);
    r.samples().get(0).set(0, 99.0);
    assertTrue(r.acceptedCounts()[0] >= 10);
    assertNotEquals(99.0, r.samples(0).get(0));
  }

  @Test
  void rejectsInvalidArguments() {
    assertThrows(IllegalArgumentException.class, () -> new RejectionAbc(PRIOR, FIRST, 0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> new RejectionAbc(PRIOR, FIRST, EPS, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new RejectionAbc(PRIOR, FIRST, EPS, 10, 0));
    DiagonalGaussianPrior oneDim = new DiagonalGaussianPrior(new double[] {0}, new double[] {1}, List.of("x"));
    assertThrows(IllegalArgumentException.class, () -> new RejectionAbc(oneDim, FIRST, EPS));
    RejectionAbc abc = new RejectionAbc(PRIOR, FIRST, EPS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> abc.run(Matrix.zeros(Precision.FLOAT64, 2, 2), 10, 100, new Rng(1)));
    assertTrue(e.getMessage().contains("[2, 2]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> abc.run(OBSERVATIONS, 0, 100, new Rng(1)));
    assertThrows(IllegalArgumentException.class, () -> abc.run(OBSERVATIONS, 10, 0, new Rng(1)));
  }
}
