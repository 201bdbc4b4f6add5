package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PeriodCoordinate#PEAK_MIXTURE}: the slot label of a period, the slot coordinates' round trips and
 * derivatives, the classifier's gradient against finite differences, the sampler's slot frequencies against π
 * (chi-square), the training simulator's rows, and the model file with its refusals.
 */
class PeriodMixtureTest {
  private static final RvSetEncoding ENCODING = PeriodHarmonicCentreTest.ENCODING;
  private static final RvCinnConfig MODEL = new RvCinnConfig(2, MlpConfig.of(8, 1, Activation.RELU), 4,
      MlpConfig.of(8, 1, Activation.RELU), PeriodogramConfig.defaults().withHarmonics(2), PeriodCoordinate.PEAK_MIXTURE,
      AngleCoordinate.BOX);

  /** Centre 20 d, span 2000 d (w = 0.01), candidates 10 d (GLS) and 40 d, 40.5 d (two-harmonic). */
  private static PeriodSlots toy() {
    List<PeriodReference.PeriodCandidate> c = List.of(new PeriodReference.PeriodCandidate(10, 0.5, false),
        new PeriodReference.PeriodCandidate(40, 0.4, true), new PeriodReference.PeriodCandidate(40.5, 0.3, true));
    return new PeriodSlots(new PeriodReference(20, 0.01, List.of(10.0, 40.0, 40.5)), c);
  }

  @Test
  void labelIsTheSlotWithinOneWidthNearestInWidths() {
    PeriodSlots s = toy();
    assertEquals(0.005, s.width(1), 1e-15);
    assertEquals(0.02, s.width(2), 1e-15);
    assertEquals(0, s.label(20));
    assertEquals(0, s.label(20 * Math.exp(0.0099)), "inside the centre's own width");
    assertEquals(0, s.label(300), "far from every candidate: the centre's slot");
    assertEquals(0, s.label(10 * Math.exp(0.0051)), "just outside the 10-d window (w = 0.005)");
    assertEquals(1, s.label(10 * Math.exp(-0.0049)));
    // 40 d (w 0.02) and 40.5 d (w 0.02025) overlap: ln(40.5/40) = 0.01242
    assertEquals(2, s.label(40 * Math.exp(0.006)), "0.30 widths from 40, 0.31 from 40.5");
    assertEquals(3, s.label(40 * Math.exp(0.0065)), "0.325 widths from 40, 0.29 from 40.5");
    assertEquals(3, s.label(40.5 * Math.exp(0.02)), "only 40.5's window");
    assertEquals(0, s.label(40.5 * Math.exp(0.021)));
    assertEquals(2, s.label(40 * Math.exp(-0.0199)));
  }

  @Test
  void slotCoordinatesRoundTripWithTheirDerivatives() {
    PeriodSlots s = toy();
    Rng r = new Rng(3);
    for (int k = 0; k < s.count(); k++) {
      for (int i = 0; i < 200; i++) {
        double p = k == 0 ? Math.exp(r.uniform() * Math.log(1000))
            : s.period(k) * Math.exp(s.width(k) * (2 * r.uniform() - 1) * 0.999);
        double u = s.forward(p, k);
        assertEquals(p, s.inverse(u, k), 1e-12 * p, "slot " + k + ", P " + p);
        double h = 1e-4 * p * s.width(k) * (k == 0 ? 1 : 1 - Math.abs(Math.log(p / s.period(k))) / s.width(k));
        double numeric = (s.forward(p + h, k) - s.forward(p - h, k)) / (2 * h);
        assertEquals(Math.log(numeric), s.logDerivative(p, k), 1e-6, "slot " + k + ", P " + p);
      }
    }
    // slot 0 is PEAK_BLEND_HARMONIC's coordinate; a slot's draws never leave its window
    for (double p : new double[] {1.5, 19.9, 20, 700}) {
      assertEquals(PeriodCoordinate.PEAK_BLEND_HARMONIC.forward(p, s.reference()), s.forward(p, 0), 0.0);
    }
    for (double u : new double[] {-30, -3, 0, 2, 40}) {
      assertTrue(Math.abs(Math.log(s.inverse(u, 1) / 10)) <= s.width(1), "u " + u);
    }
  }

  @Test
  void classifierGradientEqualsCentralDifferences() {
    Rng r = new Rng(17);
    SlotClassifier c = SlotClassifier.initial(7, 5, 2, r.stream("init"));
    double[] p = c.parameters();
    for (int i = 0; i < p.length; i++) {
      p[i] += 0.3 * r.gaussian(); // biases too, away from 0
    }
    c = c.with(p);
    double[][] x = new double[9][7];
    int[] labels = new int[9];
    int[] slots = new int[9];
    for (int b = 0; b < x.length; b++) {
      for (int j = 0; j < 7; j++) {
        x[b][j] = r.gaussian();
      }
      slots[b] = 1 + b % PeriodSlots.MAX;
      labels[b] = r.nextInt(slots[b]);
    }
    double[] g = new double[p.length];
    double loss = c.lossAndGradient(x, labels, slots, g);
    assertEquals(c.loss(x, labels, slots), loss, 1e-15);
    double h = 1e-6;
    for (int i = 0; i < p.length; i++) {
      double[] up = p.clone();
      double[] down = p.clone();
      up[i] += h;
      down[i] -= h;
      double numeric = (c.with(up).loss(x, labels, slots) - c.with(down).loss(x, labels, slots)) / (2 * h);
      assertEquals(numeric, g[i], 1e-7 + 1e-5 * Math.abs(numeric), "parameter " + i);
    }
    // outputs of absent slots get no gradient: the last layer's bias of slot 5 only from the rows with 6 slots
    assertTrue(Math.abs(g[p.length - 1]) > 0);
  }

  @Test
  void trainingLowersTheCrossEntropyOnASeparableToy() {
    // label = argmax of the first 3 features; Adam must learn it
    Rng r = new Rng(5);
    SlotClassifierTraining t = new SlotClassifierTraining(SlotClassifier.initial(3, 8, 1, r.stream("i")), 0.02, 300);
    double[][] x = new double[64][3];
    int[] labels = new int[64];
    int[] slots = new int[64];
    double first = 0;
    for (int step = 0; step < 300; step++) {
      for (int b = 0; b < x.length; b++) {
        for (int j = 0; j < 3; j++) {
          x[b][j] = r.gaussian();
        }
        labels[b] = x[b][0] > x[b][1] ? (x[b][0] > x[b][2] ? 0 : 2) : (x[b][1] > x[b][2] ? 1 : 2);
        slots[b] = 3;
      }
      t.step(x, labels, slots);
      first = step == 0 ? t.lastLoss() : first;
    }
    assertTrue(first > 0.6, "starts far from the labels: " + first);
    assertTrue(t.classifier().loss(x, labels, slots) < 0.3, "learned: " + t.classifier().loss(x, labels, slots));
  }

  @Test
  void samplerSlotFrequenciesEqualPi() {
    double[] y = observationWithSlots(3, 1.0);
    PeriodSlots slots = PeriodSlots.of(y, ENCODING);
    int k = slots.count();
    double[] pi = new double[k];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      pi[j] = j + 1.0;
      sum += pi[j];
    }
    for (int j = 0; j < k; j++) {
      pi[j] /= sum;
    }
    try (RvPosterior posterior = identityMixture(constant(pi))) {
      int n = 6000;
      long[] counts = new long[5];
      Matrix q = posterior.sample(y, n, new Rng(8), counts);
      long[] seen = new long[k];
      for (int r = 0; r < n; r++) {
        seen[slots.label(q.get(r, 0))]++;
      }
      double chi2 = 0;
      for (int j = 0; j < k; j++) {
        double expected = n * pi[j];
        chi2 += (seen[j] - expected) * (seen[j] - expected) / expected;
      }
      // χ² quantile 0.999 for k − 1 ≤ 5 degrees of freedom is at most 20.5
      assertTrue(chi2 < 20.5, "chi2 " + chi2 + ", seen " + Arrays.toString(seen) + ", pi " + Arrays.toString(pi));
      assertEquals(0, counts[RvPosterior.CLAMPED]);
      assertEquals(n, counts[RvPosterior.KEPT]);
      assertEquals(seen[0], counts[RvPosterior.CENTRE]);
      assertTrue(counts[RvPosterior.OTHER_SLOT] > 0, "slot 0's wide draws land in candidate windows too: "
          + Arrays.toString(counts));
      // a constant π: the density is log π_k + the slot's density, finite at every draw
      org.inversesuite.core.tensor.DoubleMatrix ys = new org.inversesuite.core.tensor.DoubleMatrix(n, y.length);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < y.length; j++) {
          ys.set(r, j, y[j]);
        }
      }
      double[] logp = posterior.logDensity(q, ys);
      for (double v : logp) {
        assertTrue(Double.isFinite(v));
      }
    }
  }

  @Test
  void simulatorRowsMapBackToThePeriodThroughTheirSlot() {
    PeriodMixtureSimulator sim = new PeriodMixtureSimulator(simulator());
    PeriodMixtureSimulator.Labelled[] seen = new PeriodMixtureSimulator.Labelled[1];
    sim.listen(b -> seen[0] = b);
    Batch b = sim.simulate(96, new Rng(21));
    Batch physical = simulator().simulate(96, new Rng(21));
    assertEquals(ENCODING.width() + PeriodSlots.CONDITION_WIDTH, b.y().cols());
    int offCentre = 0;
    for (int r = 0; r < 96; r++) {
      double[] y = Arrays.copyOf(row(b.y(), r), ENCODING.width());
      assertArrayEquals(row(physical.y(), r), y);
      PeriodSlots slots = PeriodSlots.of(y, ENCODING);
      int k = seen[0].labels()[r];
      assertEquals(slots.label(physical.x().get(r, 0)), k);
      assertEquals(1.0, b.y().get(r, ENCODING.width() + k), "one-hot of the slot");
      assertEquals(physical.x().get(r, 0), slots.inverse(b.x().get(r, 0), k), 1e-11 * physical.x().get(r, 0));
      for (int j = 1; j < RvParameters.DIMENSION; j++) {
        assertEquals(physical.x().get(r, j), b.x().get(r, j), 0.0);
      }
      assertArrayEquals(SlotFeatures.of(y, ENCODING, slots), seen[0].features()[r]);
      offCentre += k > 0 ? 1 : 0;
    }
    assertTrue(offCentre > 0, "some truths at a candidate other than the centre");
  }

  @Test
  void modelFileKeepsTheClassifierAndRefusesBadCombinations(@TempDir Path dir) {
    TrainingConfig recipe = new TrainingConfig(3, 16, 1e-3, new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8,
        0, 5, 0, 1, 0, 1, 7);
    RvCinnTraining.Trained trained = RvCinnTraining.train(simulator(), RvPriorConfig.defaults(), MODEL, recipe,
        new TrainingListener() {});
    assertTrue(trained.slots() != null);
    RvExperimentConfig experiment = new RvExperimentConfig("t", RvPriorConfig.defaults(),
        PeriodHarmonicCentreTest.SCHEDULE, MODEL, recipe);
    Path file = dir.resolve("rv.inn");
    double[] y = observationWithSlots(2, 10);
    Matrix before;
    try (Cinn cinn = trained.cinn()) {
      assertThrows(IllegalArgumentException.class, () -> RvModelFile.save(file, cinn, experiment));
      RvModelFile.save(file, cinn, experiment, trained.slots());
      before = experiment.posterior(cinn, trained.slots()).sample(y, 50, new Rng(4));
      assertThrows(IllegalArgumentException.class, () -> experiment.posterior(cinn));
      org.inversesuite.core.io.CinnStore.save(dir.resolve("bare.inn"), cinn,
          org.inversesuite.core.config.Json.mapper().createObjectNode().set("rvExperiment",
              org.inversesuite.core.config.Json.mapper().valueToTree(experiment)));
    }
    try (RvModelFile loaded = RvModelFile.load(file, 1)) {
      assertArrayEquals(trained.slots().parameters(), loaded.slots().parameters(), 0.0);
      assertArrayEquals(trained.slots().sizes(), loaded.slots().sizes());
      Matrix after = loaded.posterior().sample(y, 50, new Rng(4));
      for (int r = 0; r < 50; r++) {
        for (int j = 0; j < RvParameters.DIMENSION; j++) {
          assertEquals(before.get(r, j), after.get(r, j), 1e-6 * Math.max(1, Math.abs(before.get(r, j))));
        }
      }
      assertEquals(ENCODING.width(), loaded.posterior().conditionDimension());
    }
    ModelFormatException bare = assertThrows(ModelFormatException.class,
        () -> RvModelFile.load(dir.resolve("bare.inn"), 1));
    assertTrue(bare.getMessage().contains("rvSlotClassifier"), bare.getMessage());
    IllegalArgumentException online = assertThrows(IllegalArgumentException.class, () -> RvCinnTraining.online(
        simulator(), RvPriorConfig.defaults(), MODEL, recipe, new TrainingListener() {}));
    assertTrue(online.getMessage().contains("RvCinnTraining.train"), online.getMessage());
    IllegalArgumentException centred = assertThrows(IllegalArgumentException.class,
        () -> new PeriodCentredSimulator(simulator(), PeriodCoordinate.PEAK_MIXTURE));
    assertTrue(centred.getMessage().contains("PeriodMixtureSimulator"), centred.getMessage());
    IllegalArgumentException gls = assertThrows(IllegalArgumentException.class,
        () -> MODEL.withPeriodogram(PeriodogramConfig.defaults()));
    assertTrue(gls.getMessage().contains("harmonics 2"), gls.getMessage());
    // the setting's name reads back (an absent one reads as PRIOR: PeriodCoordinateTest)
    assertEquals(MODEL, org.inversesuite.core.config.Json.mapper().convertValue(
        org.inversesuite.core.config.Json.mapper().valueToTree(MODEL), RvCinnConfig.class));
  }

  /** @return a classifier with π fixed (zero weights, output biases ln π) */
  static SlotClassifier constant(double[] pi) {
    SlotClassifier c = SlotClassifier.initial(SlotFeatures.width(ENCODING.periodogram()), 4, 1, new Rng(1));
    double[] p = new double[c.parameters().length];
    for (int k = 0; k < pi.length; k++) {
      p[p.length - PeriodSlots.MAX + k] = Math.log(pi[k]);
    }
    return c.with(p);
  }

  /**
   * The slots' conditions with φ and the pooling shared ({@link RvPosterior#slotConditions}) are bit for bit one
   * {@code cinn.condition} per slot (the path before docs/astro.md run 24), on a flow with random weights where the
   * slot columns change c; slots not drawn get none.
   */
  @Test
  void slotConditionsEqualOneConditionPerSlotBitForBit() {
    double[] y = observationWithSlots(3, 1.0);
    PeriodSlots slots = PeriodSlots.of(y, ENCODING);
    try (RvPosterior posterior = identityMixture(constant(new double[] {1}))) {
      Flow flow = posterior.cinn().flow();
      Rng weights = new Rng(42);
      for (int i = 0; i < flow.parameters().size(); i++) {
        flow.parameters().values().set(i, 0.1 * weights.gaussian()); // c depends on every input
      }
      int[] per = new int[slots.count()];
      Arrays.fill(per, 1);
      per[1] = 0; // a slot not drawn
      Matrix[] shared = posterior.slotConditions(y, slots, per);
      assertEquals(null, shared[1]);
      for (int k = 0; k < per.length; k++) {
        if (per[k] == 0) {
          continue;
        }
        Matrix alone = posterior.cinn().condition(slots.augment(y, k));
        for (int f = 0; f < alone.cols(); f++) {
          assertEquals(Double.doubleToRawLongBits(alone.get(0, f)), Double.doubleToRawLongBits(shared[k].get(0, f)),
              "slot " + k + ", feature " + f);
        }
      }
      assertTrue(Math.abs(shared[0].get(0, 0) - shared[2].get(0, 0)) > 1e-12, "the slot columns reach c");
    }
  }

  /** @return the mixture posterior of an identity flow (u normal with s.d. 3, the other columns standard normal) */
  private static RvPosterior identityMixture(SlotClassifier slots) {
    Flow flow = Flow.build(RvCinnTraining.flowConfig(MODEL, ENCODING), Precision.FLOAT64, new Rng(1), true);
    flow.parameters().assign(Matrix.zeros(Precision.FLOAT64, 1, flow.parameters().size()));
    double[] mean = new double[RvParameters.DIMENSION];
    double[] std = new double[RvParameters.DIMENSION];
    Arrays.fill(std, 1);
    std[0] = 3; // slot 0's draws spread over the prior's ln P, through the candidates' windows
    ParameterSpace space = new ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(),
        PeriodCoordinate.PEAK_MIXTURE), new Standardization(mean, std));
    Cinn cinn = new Cinn(flow, space, Standardization.identity(ENCODING.width() + PeriodSlots.CONDITION_WIDTH), 1);
    return new RvPosterior(cinn, PeriodCoordinate.PEAK_MIXTURE, AngleCoordinate.BOX, ENCODING,
        RvPriorConfig.defaults(), slots);
  }

  /**
   * @return the first simulated observation with at least {@code count} slots, one of them within {@code near} of the
   *     centre in ln P
   */
  static double[] observationWithSlots(int count, double near) {
    Batch b = simulator().simulate(128, new Rng(12));
    for (int r = 0; r < 128; r++) {
      double[] y = row(b.y(), r);
      PeriodSlots s = PeriodSlots.of(y, ENCODING);
      boolean close = false;
      for (int k = 1; k < s.count(); k++) {
        close |= Math.abs(Math.log(s.period(k) / s.period(0))) < near;
      }
      if (s.count() >= count && close) {
        return y;
      }
    }
    throw new AssertionError("no observation with " + count + " slots");
  }

  static PaddedRvSimulator simulator() {
    return new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        PeriodHarmonicCentreTest.SCHEDULE, 0), ENCODING);
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
