package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampling latent (docs/astro.md run 22b): τ = 1 changes nothing, τ scales a toy flow's draws, it is saved. */
class RvLatentTest {
  private static final double MU = 0.02;
  private static final double SIGMA = 0.05;

  private static double[] target() {
    return PeriodCoordinateTest.simulator().simulate(1, new Rng(2)).y().toRows()[0];
  }

  /** A random (untrained) RV flow of the run-19 shape: its fused draws through the latent path equal the old ones. */
  @Test
  void standardLatentGivesTheSameBitsAsTheCinnsOwnDraws() {
    RvCinnConfig model = new RvCinnConfig(3, MlpConfig.of(8, 1, Activation.RELU), 4, MlpConfig.of(8, 1, Activation.RELU),
        org.inversesuite.astro.rv.periodogram.PeriodogramConfig.defaults(), PeriodCoordinate.PEAK_BLEND,
        AngleCoordinate.ANGLE_PAIRS);
    var flow = org.inversesuite.core.flow.Flow.build(RvCinnTraining.flowConfig(model, PeriodCoordinateTest.ENCODING),
        org.inversesuite.core.tensor.Precision.FLOAT32, new Rng(8), true);
    Matrix v = flow.parameters().values();
    Rng r = new Rng(9);
    for (int i = 0; i < v.size(); i++) {
      v.add(i, 0.2 * r.gaussian());
    }
    int d = model.angles().flowDimension();
    double[] zero = new double[d];
    double[] one = new double[d];
    Arrays.fill(one, 1);
    var space = new org.inversesuite.core.flow.ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(),
        model.period(), model.angles()), new org.inversesuite.core.flow.Standardization(zero, one));
    try (Cinn cinn = new Cinn(flow, space,
        org.inversesuite.core.flow.Standardization.identity(PeriodCoordinateTest.ENCODING.width()), 2)) {
      assertTrue(cinn.fused(), "the RV flow draws through the fused pass");
      Cinn.Prepared c = cinn.prepare(cinn.condition(target()));
      Matrix old = cinn.sampleGivenCondition(c, 500, new Rng(3));
      Matrix now = cinn.sampleGivenLatent(c, RvLatent.standard().draw(500, d, new Rng(3)));
      Matrix unit = cinn.sampleGivenLatent(c, new RvLatent(1.0, List.of(0, 2), null).draw(500, d, new Rng(3)));
      for (int i = 0; i < old.size(); i++) {
        assertEquals(Double.doubleToRawLongBits(old.get(i)), Double.doubleToRawLongBits(now.get(i)), "element " + i);
        assertEquals(Double.doubleToRawLongBits(old.get(i)), Double.doubleToRawLongBits(unit.get(i)), "element " + i);
      }
    }
  }

  /** u = μ + σ z with ln P = ln P̂ + u: the draws' deviations from the centre scale by τ, on P's latent column only. */
  @Test
  void aToyFlowsSpreadScalesByTheTemperature() {
    double[] y = target();
    try (RvPosterior plain = PeriodCoordinateTest.knownPosterior(PeriodCoordinate.PEAK_SHIFT, MU, SIGMA)) {
      double centre = Math.log(plain.coordinate().reference(y, plain.encoding()).period()) + MU;
      Matrix base = plain.sample(y, 2000, new Rng(4));
      Matrix same = plain.withLatent(RvLatent.temperature(1.0)).sample(y, 2000, new Rng(4));
      int periodColumn = -1;
      for (int j = 0; j < plain.cinn().dimension(); j++) {
        Matrix hot = plain.withLatent(new RvLatent(1.5, List.of(j), null)).sample(y, 2000, new Rng(4));
        boolean moved = false;
        for (int r = 0; r < base.rows(); r++) {
          moved |= hot.get(r, 0) != base.get(r, 0);
        }
        if (moved) {
          assertEquals(-1, periodColumn, "one latent column feeds P");
          periodColumn = j;
          for (int r = 0; r < base.rows(); r++) {
            assertEquals(1.5 * (Math.log(base.get(r, 0)) - centre), Math.log(hot.get(r, 0)) - centre, 1e-12, "row " + r);
          }
        }
      }
      assertTrue(periodColumn >= 0, "some latent column feeds P");
      Matrix all = plain.withLatent(RvLatent.temperature(0.5)).sample(y, 2000, new Rng(4));
      double spread = 0;
      double half = 0;
      for (int r = 0; r < base.rows(); r++) {
        assertEquals(Double.doubleToRawLongBits(base.get(r, 0)), Double.doubleToRawLongBits(same.get(r, 0)));
        spread += Math.pow(Math.log(base.get(r, 0)) - centre, 2);
        half += Math.pow(Math.log(all.get(r, 0)) - centre, 2);
      }
      assertEquals(0.5, Math.sqrt(half / spread), 1e-9);
      assertEquals(SIGMA, Math.sqrt(spread / base.rows()), 0.05 * SIGMA);
    }
  }

  /** Student-t latents: t₅'s variance 5/3 and its 97.5 % quantile 2.5706; Γ(a) with a &lt; 1 has mean and variance a. */
  @Test
  void studentLatentHasTheTailsOfStudentT() {
    int n = 200_000;
    Matrix z = new RvLatent(1.0, null, 5.0).draw(n, 1, new Rng(11));
    double sum = 0;
    int beyond = 0;
    for (int i = 0; i < n; i++) {
      sum += z.get(i) * z.get(i);
      beyond += Math.abs(z.get(i)) > 2.5706 ? 1 : 0;
    }
    assertEquals(5.0 / 3, sum / n, 0.05);
    assertEquals(0.05, beyond / (double) n, 0.003);
    Matrix normal = RvLatent.standard().draw(n, 1, new Rng(11));
    int beyondNormal = 0;
    for (int i = 0; i < n; i++) {
      beyondNormal += Math.abs(normal.get(i)) > 2.5706 ? 1 : 0;
    }
    assertEquals(0.01015, beyondNormal / (double) n, 0.0015);
    Rng rng = new Rng(12);
    double mean = 0;
    double square = 0;
    for (int i = 0; i < n; i++) {
      double g = RvLatent.gamma(0.3, rng);
      mean += g;
      square += g * g;
    }
    mean /= n;
    assertEquals(0.3, mean, 0.01);
    assertEquals(0.3, square / n - mean * mean, 0.02);
  }

  @Test
  void badSettingsAreRefusedWithOneLine() {
    for (double t : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      var e = assertThrows(IllegalArgumentException.class, () -> RvLatent.temperature(t));
      assertEquals("sampling temperature must be a finite number > 0, got " + t, e.getMessage());
    }
    var nu = assertThrows(IllegalArgumentException.class, () -> new RvLatent(1.0, null, 0.0));
    assertEquals("latent degrees of freedom must be a finite number > 0, got 0.0", nu.getMessage());
    var twice = assertThrows(IllegalArgumentException.class, () -> new RvLatent(1.1, List.of(0, 0), null));
    assertEquals("sampling temperature columns must be distinct indices >= 0, got [0, 0]", twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RvLatent(1.1, List.of(-1), null));
    try (RvPosterior p = PeriodCoordinateTest.knownPosterior(PeriodCoordinate.PEAK_SHIFT, MU, SIGMA)) {
      var wide = assertThrows(IllegalArgumentException.class, () -> p.withLatent(new RvLatent(1.1, List.of(7), null)));
      assertEquals("sampling temperature column 7 is outside the flow's 7 columns (0 to 6)", wide.getMessage());
      var density = assertThrows(IllegalStateException.class, () -> p.withLatent(RvLatent.temperature(1.2))
          .logDensity(p.sample(target(), 2, new Rng(1)), Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, 2,
              p.conditionDimension())));
      assertFalse(density.getMessage().contains("\n"));
    }
    var json = assertThrows(Exception.class, () -> Json.mapper().readValue("{\"temperature\": -2}", RvLatent.class));
    assertTrue(json.getMessage().contains("sampling temperature must be a finite number > 0, got -2.0"), json.getMessage());
  }

  /** The fitted latent is saved with the model; the loaded posterior draws the same bits; older files read N(0, I). */
  @Test
  void theSettingRoundTripsThroughTheModelFile(@TempDir Path dir) throws Exception {
    RvLatent latent = new RvLatent(1.25, List.of(0, 3), 7.0);
    RvCinnConfig model = new RvCinnConfig(2, MlpConfig.of(8, 1, Activation.RELU), 4, MlpConfig.of(8, 1, Activation.RELU),
        org.inversesuite.astro.rv.periodogram.PeriodogramConfig.defaults(), PeriodCoordinate.PEAK_SHIFT);
    TrainingConfig recipe = new TrainingConfig(2, 16, 1e-3, new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, 0, 5,
        0, 1, 0, 1, 7);
    RvExperimentConfig experiment = new RvExperimentConfig("t", RvPriorConfig.defaults(), PeriodCoordinateTest.SCHEDULE,
        model, recipe).withSampling(latent);
    Path file = dir.resolve("rv.inn");
    double[] y = target();
    Matrix expected;
    try (RvPosterior p = PeriodCoordinateTest.knownPosterior(PeriodCoordinate.PEAK_SHIFT, MU, SIGMA)) {
      expected = p.withLatent(latent).sample(y, 300, new Rng(5));
      RvModelFile.save(file, p.cinn(), experiment);
    }
    try (RvModelFile loaded = RvModelFile.load(file, 1)) {
      assertEquals(latent, loaded.experiment().sampling());
      assertEquals(latent, loaded.posterior().latent());
      Matrix q = loaded.posterior().sample(y, 300, new Rng(5));
      for (int i = 0; i < q.size(); i++) {
        assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(q.get(i)), "element " + i);
      }
    }
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(experiment);
    assertEquals(experiment, Json.mapper().treeToValue(node, RvExperimentConfig.class));
    node.remove("sampling");
    assertEquals(RvLatent.standard(), Json.mapper().treeToValue(node, RvExperimentConfig.class).sampling());
    assertTrue(Json.mapper().readValue("{}", RvLatent.class).isStandard());
    RvLatent gaussian = new RvLatent(1.1, List.of(0), null);
    assertEquals("temperature 1.1 on flow columns [0], Gaussian", gaussian.describe());
    assertEquals("N(0, I)", RvLatent.standard().describe());
    assertEquals(gaussian, Json.mapper().readValue(Json.mapper().writeValueAsString(gaussian), RvLatent.class));
    assertEquals(gaussian, Json.mapper().readValue("{\"temperature\": 1.1, \"columns\": [0], \"degreesOfFreedom\": null}",
        RvLatent.class));
    var unknown = assertThrows(Exception.class, () -> Json.mapper().readValue("{\"temprature\": 1.1}", RvLatent.class));
    assertTrue(unknown.getMessage().contains("unknown field 'temprature' in the sampling latent"), unknown.getMessage());
  }
}
