package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class PosteriorPredictiveCheckTest {
  /** f(x) = x in d dimensions. */
  private static ForwardModel identity(int d) {
    return new ForwardModel() {
      @Override
      public int inputDimension() {
        return d;
      }

      @Override
      public int outputDimension() {
        return d;
      }

      @Override
      public Matrix apply(Matrix x) {
        return x.copy();
      }
    };
  }

  /** y = clean + σ ε. */
  private static ObservationModel gaussianNoise(double sigma) {
    return new ObservationModel() {
      @Override
      public Matrix observe(Matrix clean, Rng rng) {
        Matrix y = clean.copy();
        for (int i = 0; i < y.size(); i++) {
          y.add(i, sigma * rng.gaussian());
        }
        return y;
      }

      @Override
      public double[] logLikelihood(Matrix y, Matrix clean) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static Matrix standardNormal(int n, long seed) {
    Rng rng = new Rng(seed);
    DoubleMatrix m = new DoubleMatrix(n, 1);
    for (int i = 0; i < n; i++) {
      m.set(i, 0, rng.gaussian());
    }
    return m;
  }

  @Test
  void observationOneStdAboveANoiseFreePredictive() {
    PosteriorPredictiveCheck ppc = new PosteriorPredictiveCheck(identity(1), ObservationModel.NONE, List.of("y"));
    PredictiveResult r = ppc.check(standardNormal(20_000, 1), new double[] {1}, new Rng(2));
    assertEquals(0.8413, r.quantile(0), 0.01); // Φ(1)
    assertEquals(0.3173, r.pValue(0), 0.02);
    assertEquals(1.0, r.zScore(0), 0.03);
    assertEquals(2.0, r.meanSquaredDistance(), 0.06); // E(y_rep − 1)² = 1 + 1
  }

  @Test
  void observationNoiseWidensThePredictive() {
    // y_rep ~ N(0, 1 + 1): q = Φ(1/√2) = 0.760, z = 1/√2
    PosteriorPredictiveCheck ppc = new PosteriorPredictiveCheck(identity(1), gaussianNoise(1), List.of("y"));
    PredictiveResult r = ppc.check(standardNormal(20_000, 3), new double[] {1}, new Rng(4));
    assertEquals(0.7602, r.quantile(0), 0.01);
    assertEquals(1 / Math.sqrt(2), r.zScore(0), 0.03);
  }

  @Test
  void tiesCountHalf() {
    PosteriorPredictiveCheck ppc = new PosteriorPredictiveCheck(identity(1), ObservationModel.NONE, List.of("y"));
    Matrix samples = Matrix.of(Precision.FLOAT64, new double[][] {{1}, {1}, {2}});
    PredictiveResult r = ppc.check(samples, new double[] {1}, new Rng(0));
    assertEquals(1 / 3.0, r.quantile(0), 1e-15);
    assertEquals(2 / 3.0, r.pValue(0), 1e-15);
    assertEquals((1 - 4 / 3.0) / Math.sqrt(1 / 3.0), r.zScore(0), 1e-12);
    assertEquals(1 / 3.0, r.meanSquaredDistance(), 1e-15);
  }

  @Test
  void exactPosteriorGivesTheClosedFormSpreadOfPredictiveScores() {
    // prior N(0, 1), y ~ N(x, σ²), exact posterior: z ~ N(0, σ²/(2 + σ²)) = N(0, 1/9) for σ = 0.5,
    // so E|z| = (1/3) √(2/π)
    GaussianEvidence.Simulated exact = GaussianEvidence.simulate(2000, 200, 2, 0.5, 1, 0, 41);
    PosteriorPredictiveCheck ppc = new PosteriorPredictiveCheck(identity(2), gaussianNoise(0.5), List.of("y0", "y1"));
    MetricResult r = ppc.evaluate(exact.evidence(), exact.observations(), new Rng(42));
    assertEquals("ppc_mean_abs_z", r.name());
    assertEquals(Math.sqrt(2 / Math.PI) / 3, r.value(), 0.015);
    GaussianEvidence.Simulated shifted = GaussianEvidence.simulate(2000, 200, 2, 0.5, 1, 1, 41);
    double worse = ppc.evaluate(shifted.evidence(), shifted.observations(), new Rng(42)).value();
    assertTrue(worse > 1.5 * r.value(), "shifted " + worse + " against exact " + r.value());
  }

  @Test
  void builtFromAProblemAndRejectsBadShapes() {
    Prior prior = new Prior() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public List<String> names() {
        return List.of("a", "b");
      }

      @Override
      public Matrix sample(int n, Rng rng) {
        return new DoubleMatrix(n, 2);
      }

      @Override
      public double[] logDensity(Matrix x) {
        return new double[x.rows()];
      }
    };
    InverseProblem problem = new InverseProblem("toy", prior, identity(2), ObservationModel.NONE, List.of("u", "v"));
    PosteriorPredictiveCheck ppc = PosteriorPredictiveCheck.of(problem);
    assertEquals(List.of("u", "v"), ppc.check(new DoubleMatrix(3, 2), new double[] {0, 0}, new Rng(1)).names());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ppc.check(new DoubleMatrix(3, 3), new double[] {0, 0}, new Rng(1)));
    assertTrue(e.getMessage().contains("[S >= 2, 2], got [3, 3]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ppc.check(new DoubleMatrix(3, 2), new double[] {0}, new Rng(1)));
    assertTrue(e.getMessage().contains("length 2, got 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new PosteriorPredictiveCheck(identity(2), ObservationModel.NONE, List.of("u")));
  }
}
