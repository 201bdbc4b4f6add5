package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The data-dependent period coordinates: P → u → P round trips over a simulated batch, the
 * derivative against central differences, and a cINN whose flow is known exactly (all weights
 * set to zero: every coupling is the identity, the permutations permute iid normals) so that
 * the posterior of P is a known log-normal about the data's periodogram peak.
 */
class PeriodCoordinateTest {
  static final IrregularRvConfig SCHEDULE = IrregularRvConfig.defaults().withEpochs(10, 30);
  static final RvSetEncoding ENCODING = RvSetEncoding.of(SCHEDULE, 0, PeriodogramConfig.defaults());

  static PaddedRvSimulator simulator() {
    return new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(), SCHEDULE, 0), ENCODING);
  }

  @Test
  void roundTripOverABatch() {
    Batch physical = simulator().simulate(64, new Rng(3));
    for (PeriodCoordinate c : new PeriodCoordinate[] {PeriodCoordinate.PEAK_SHIFT, PeriodCoordinate.PEAK_ASINH,
        PeriodCoordinate.PEAK_BLEND, PeriodCoordinate.PEAK_BLEND_SOFT}) {
      Batch flow = PeriodCentredSimulator.toFlowCoordinates(physical, ENCODING, c);
      for (int r = 0; r < physical.size(); r++) {
        PeriodReference ref = PeriodReference.of(row(physical.y(), r), ENCODING);
        double p = physical.x().get(r, 0);
        assertEquals(p, c.inverse(flow.x().get(r, 0), ref), 1e-12 * p, c + " row " + r);
        for (int j = 1; j < RvParameters.DIMENSION; j++) {
          assertEquals(physical.x().get(r, j), flow.x().get(r, j), 0.0);
        }
        double h = 1e-6 * p;
        double numeric = (c.forward(p + h, ref) - c.forward(p - h, ref)) / (2 * h);
        assertEquals(Math.log(Math.abs(numeric)), c.logDerivative(p, ref), 1e-6, c + " derivative, row " + r);
      }
    }
  }

  /** The blend's Newton inverse over the whole prior, for narrow and wide peaks, and u increasing in P. */
  @Test
  void blendInvertsOverThePriorForAnyPeakWidth() {
    for (PeriodCoordinate c : new PeriodCoordinate[] {PeriodCoordinate.PEAK_BLEND, PeriodCoordinate.PEAK_BLEND_SOFT,
        PeriodCoordinate.PEAK_BLEND_HARMONIC}) {
      for (double width : new double[] {1e-5, 1e-3, 0.1, 2}) {
        for (double peak : new double[] {1.2, 30, 900}) {
          PeriodReference ref = new PeriodReference(peak, width);
          double previous = Double.NEGATIVE_INFINITY;
          for (int k = 0; k <= 400; k++) {
            double p = Math.exp(k * Math.log(1000) / 400);
            double u = c.forward(p, ref);
            assertTrue(u > previous, "increasing at P = " + p);
            previous = u;
            assertEquals(p, c.inverse(u, ref), 1e-12 * p, "w = " + width + ", P^ = " + peak + ", P = " + p);
          }
          assertEquals(peak, c.inverse(0, ref), 1e-12 * peak);
        }
      }
    }
  }

  @Test
  void referenceIsTheHighestPeakAndItsWidth() {
    double period = 37.0;
    RvParameters p = new RvParameters(period, 40, 0, 0.3, 1.1, 0, 0);
    RadialVelocityModel model = new RadialVelocityModel(0);
    Rng r = new Rng(5);
    double[] t = new double[30];
    double[] v = new double[30];
    double[] e = new double[30];
    for (int i = 0; i < t.length; i++) {
      t[i] = 100 + i * 40 + 10 * r.uniform();
      e[i] = 2;
      v[i] = model.velocity(p, t[i]) + 2 * r.gaussian();
    }
    double[] y = ENCODING.encode(new RvObservationSet(t, v, e)).toRows()[0];
    PeriodReference ref = PeriodReference.of(y, ENCODING);
    assertEquals(period, ref.period(), 0.005 * period);
    assertEquals(ref.period() / (t[t.length - 1] - t[0]), ref.width(), 1e-9 * ref.width());
    assertThrows(IllegalArgumentException.class, () -> PeriodReference.of(new double[3], ENCODING));
    RvSetEncoding bare = RvSetEncoding.of(SCHEDULE, 0);
    assertThrows(IllegalArgumentException.class, () -> PeriodReference.of(new double[bare.width()], bare));
  }

  /**
   * All flow weights zero: v = z ~ N(0, I), so with the standardisation μ₀, σ₀ of the period
   * column, ln P − ln P̂ ~ N(μ₀, σ₀²) (PEAK_SHIFT) truncated to the prior's [1, 1000] d.
   */
  @Test
  void identityFlowGivesTheKnownLogNormalAboutThePeak() {
    double mu = 0.03;
    double sigma = 0.02;
    try (RvPosterior posterior = knownPosterior(PeriodCoordinate.PEAK_SHIFT, mu, sigma)) {
      Batch target = simulator().simulate(3, new Rng(8));
      for (int i = 0; i < 3; i++) {
        double[] y = row(target.y(), i);
        double centre = Math.log(PeriodReference.of(y, ENCODING).period()) + mu;
        Matrix q = posterior.sample(y, 4000, new Rng(20 + i));
        double mean = 0;
        double square = 0;
        for (int r = 0; r < q.rows(); r++) {
          double d = Math.log(q.get(r, 0)) - centre;
          mean += d / q.rows();
          square += d * d / q.rows();
          assertTrue(q.get(r, 0) >= 1 && q.get(r, 0) <= 1000);
        }
        if (centre > Math.log(1) + 5 * sigma && centre < Math.log(1000) - 5 * sigma) {
          assertEquals(0, mean, 5 * sigma / Math.sqrt(q.rows()), "mean of ln P, target " + i);
          assertEquals(sigma, Math.sqrt(square - mean * mean), 0.05 * sigma, "std of ln P, target " + i);
          // density: two rows differing only in P differ by the log-normal's log density
          DoubleMatrix x = new DoubleMatrix(2, RvParameters.DIMENSION);
          x.copyRows(q, 0, 0, 1);
          x.copyRows(q, 0, 1, 1);
          double p1 = Math.exp(centre + 0.5 * sigma);
          double p2 = Math.exp(centre - 1.5 * sigma);
          x.set(0, 0, p1);
          x.set(1, 0, p2);
          DoubleMatrix ys = new DoubleMatrix(2, y.length);
          for (int j = 0; j < y.length; j++) {
            ys.set(0, j, y[j]);
            ys.set(1, j, y[j]);
          }
          double[] log = posterior.logDensity(x, ys);
          double expected = logNormal(p1, centre, sigma) - logNormal(p2, centre, sigma);
          assertEquals(expected, log[0] - log[1], 1e-4, "log-density difference, target " + i);
        }
      }
    }
  }

  @Test
  void drawsOutsideThePriorAreRedrawn() {
    // centred 3σ above P_max for a peak near 1000 d would put most draws outside; every draw stays inside
    try (RvPosterior posterior = knownPosterior(PeriodCoordinate.PEAK_ASINH, 0, 3)) {
      Batch target = simulator().simulate(4, new Rng(12));
      for (int i = 0; i < 4; i++) {
        Matrix q = posterior.sample(row(target.y(), i), 500, new Rng(i));
        for (int r = 0; r < q.rows(); r++) {
          assertTrue(q.get(r, 0) >= 1 && q.get(r, 0) <= 1000, "P = " + q.get(r, 0));
        }
      }
      Matrix each = posterior.sampleEach(target.y(), new Rng(4));
      assertEquals(4, each.rows());
    }
  }

  /**
   * Two training steps in the centred coordinate, saved and loaded: the model file keeps the
   * coordinate and its posterior draws physical periods inside the prior. Tagged slow: the
   * standardisation is fitted on 2000 simulated sets with their periodograms (~5-25 s).
   */
  @Test
  @org.junit.jupiter.api.Tag("slow")
  void trainedModelKeepsItsCoordinateThroughTheModelFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    RvCinnConfig model = new RvCinnConfig(2, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), 4, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), PeriodogramConfig.defaults(), PeriodCoordinate.PEAK_ASINH);
    org.inversesuite.core.train.TrainingConfig recipe = new org.inversesuite.core.train.TrainingConfig(2, 16, 1e-3,
        new org.inversesuite.core.train.LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, 0, 5, 0, 1, 0, 1, 7);
    var trained = RvCinnTraining.online(simulator(), RvPriorConfig.defaults(), model, recipe,
        new org.inversesuite.core.train.TrainingListener() {});
    RvExperimentConfig experiment = new RvExperimentConfig("t", RvPriorConfig.defaults(), SCHEDULE, model, recipe);
    java.nio.file.Path file = dir.resolve("rv.inn");
    try (var cinn = trained.cinn()) {
      // the flow's period column is u, unbounded: the physical periods are only in the posterior's draws
      assertEquals(Double.NEGATIVE_INFINITY, cinn.xSpace().support().lower()[0]);
      RvModelFile.save(file, cinn, experiment);
    }
    try (RvModelFile loaded = RvModelFile.load(file, 1)) {
      assertEquals(PeriodCoordinate.PEAK_ASINH, loaded.experiment().model().period());
      Batch target = simulator().simulate(2, new Rng(4));
      Matrix q = loaded.posterior().sample(row(target.y(), 0), 300, new Rng(5));
      for (int r = 0; r < q.rows(); r++) {
        assertTrue(q.get(r, 0) >= 1 && q.get(r, 0) <= 1000, "P = " + q.get(r, 0));
      }
    }
  }

  @Test
  void configWithoutTheSettingReadsAsThePriorCoordinate() throws Exception {
    RvCinnConfig model = RvCinnConfig.defaults().withPeriod(PeriodCoordinate.PEAK_SHIFT);
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) org.inversesuite.core.config.Json.mapper()
        .valueToTree(model);
    assertEquals(model, org.inversesuite.core.config.Json.mapper().treeToValue(node, RvCinnConfig.class));
    node.remove("period");
    assertEquals(PeriodCoordinate.PRIOR, org.inversesuite.core.config.Json.mapper().treeToValue(node,
        RvCinnConfig.class).period());
    assertThrows(IllegalArgumentException.class, () -> model.withPeriodogram(PeriodogramConfig.none())
        .withPeriod(PeriodCoordinate.PEAK_SHIFT));
  }

  private static double logNormal(double p, double centre, double sigma) {
    double d = (Math.log(p) - centre) / sigma;
    return -0.5 * d * d - Math.log(p);
  }

  static RvPosterior knownPosterior(PeriodCoordinate coordinate, double mu, double sigma) {
    RvCinnConfig model = new RvCinnConfig(2, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), 4, org.inversesuite.core.nn.MlpConfig.of(8, 1,
        org.inversesuite.core.nn.Activation.RELU), PeriodogramConfig.defaults(), coordinate);
    Flow flow = Flow.build(RvCinnTraining.flowConfig(model, ENCODING), Precision.FLOAT64, new Rng(1), true);
    flow.parameters().assign(Matrix.zeros(Precision.FLOAT64, 1, flow.parameters().size()));
    double[] mean = new double[RvParameters.DIMENSION];
    double[] std = new double[RvParameters.DIMENSION];
    java.util.Arrays.fill(std, 1);
    mean[0] = mu;
    std[0] = sigma;
    ParameterSpace space = new ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(), coordinate),
        new Standardization(mean, std));
    Cinn cinn = new Cinn(flow, space, Standardization.identity(ENCODING.width()), 1);
    return new RvPosterior(cinn, coordinate, ENCODING, RvPriorConfig.defaults());
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
