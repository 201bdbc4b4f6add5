package org.inversesuite.anomaly.detector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.ScoredLabels;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowDetectorTest {
  static final List<String> NAMES = List.of("a", "b", "c");

  /** Normal rows lie near the curve b = a², c = sin(a) + noise; anomalies are off it. */
  static Matrix curve(int n, Rng rng, boolean anomalous) {
    Matrix m = Matrix.zeros(Precision.FLOAT64, n, 3);
    for (int r = 0; r < n; r++) {
      double a = rng.gaussian();
      double b = a * a + 0.1 * rng.gaussian() + (anomalous ? (rng.uniform() < 0.5 ? 1.5 : -1.5) : 0);
      double c = Math.sin(2 * a) + 0.1 * rng.gaussian();
      m.set(r, 0, 10 * a + 100);
      m.set(r, 1, b);
      m.set(r, 2, c);
    }
    return m;
  }

  static FlowDetectorConfig fast() {
    return FlowDetectorConfig.defaults().withIterations(600).withArchitecture(4, 32);
  }

  @Test
  void separatesRowsOffTheNormalManifoldAndHoldsTheFalseAlarmRate() {
    Rng rng = new Rng(3);
    FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(curve(800, rng.stream("train"), false), NAMES, fast(),
        TrainingListener.NONE);
    try (FlowDetector det = t.detector()) {
      Matrix normal = curve(400, rng.stream("normal"), false);
      Matrix anomalies = curve(400, rng.stream("anomalies"), true);
      double[] sn = det.score(normal);
      double[] sa = det.score(anomalies);
      double[] all = new double[800];
      boolean[] y = new boolean[800];
      System.arraycopy(sn, 0, all, 0, 400);
      System.arraycopy(sa, 0, all, 400, 400);
      for (int i = 400; i < 800; i++) {
        y[i] = true;
      }
      double auroc = Auroc.of(new ScoredLabels(all, y));
      assertTrue(auroc > 0.97, "AUROC " + auroc);
      int flagged = 0;
      for (boolean f : det.flag(normal)) {
        flagged += f ? 1 : 0;
      }
      double rate = flagged / 400.0;
      // the 800 out-of-fold scores set the 95% quantile: the fresh false-alarm rate lies near (at most) 5%
      assertTrue(rate > 0.005 && rate < 0.15, "false-alarm rate " + rate);
      double[] norms = det.latentNorm(anomalies);
      double[] normalNorms = det.latentNorm(normal);
      assertTrue(mean(norms) > mean(normalNorms), "latent norm of anomalies " + mean(norms) + " vs " + mean(normalNorms));
    }
  }

  /** One flow: the score is its NLL on the whitened rows minus log|det W|; the threshold the held-out quantile. */
  @Test
  void scoreIsTheNegativeLogDensityOfTheModel() {
    FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(curve(200, new Rng(1), false), NAMES,
        fast().withIterations(50).withMembers(1), TrainingListener.NONE);
    try (FlowDetector det = t.detector()) {
      Matrix x = curve(20, new Rng(2), false);
      double[] s = det.score(x);
      Whitening w = det.whitening();
      double[] lp = det.model().logDensity(w.apply(x), Matrix.zeros(Precision.FLOAT64, 20, 0));
      for (int i = 0; i < 20; i++) {
        assertEquals(-lp[i] - w.logDet(), s[i], 1e-9);
      }
      assertEquals(40, t.validationScores().length);
      assertEquals(Quantile.of(t.validationScores(), 0.95), det.threshold(), 1e-12);
    }
  }

  /**
   * K members: the score is the NLL of the equal mixture of the members, −log((1/K) Σ p_k), each
   * member with its own whitening; every row is held out by exactly one member, so there are n
   * out-of-fold scores.
   */
  @Test
  void ensembleScoreIsTheNllOfTheMixtureOfItsMembers() {
    FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(curve(90, new Rng(1), false), NAMES,
        fast().withIterations(60).withMembers(3), TrainingListener.NONE);
    try (FlowDetector det = t.detector()) {
      assertEquals(3, det.members().size());
      assertEquals(3, t.memberResults().size());
      assertEquals(90, t.validationScores().length);
      assertEquals(Quantile.of(t.validationScores(), 0.95), det.threshold(), 1e-12);
      Matrix x = curve(20, new Rng(2), false);
      double[] s = det.score(x);
      double[][] nll = new double[3][];
      for (int k = 0; k < 3; k++) {
        FlowDetector.Member m = det.members().get(k);
        double[] lp = m.model().logDensity(m.whitening().apply(x), Matrix.zeros(Precision.FLOAT64, 20, 0));
        nll[k] = new double[20];
        for (int i = 0; i < 20; i++) {
          nll[k][i] = -lp[i] - m.whitening().logDet();
        }
        assertArrayEquals(nll[k], det.memberScores(x)[k], 1e-9);
      }
      assertTrue(det.members().get(0).whitening().mean()[0] != det.members().get(1).whitening().mean()[0],
          "each member whitens with the statistics of its own training folds");
      for (int i = 0; i < 20; i++) {
        double p = (Math.exp(-nll[0][i]) + Math.exp(-nll[1][i]) + Math.exp(-nll[2][i])) / 3;
        assertEquals(-Math.log(p), s[i], 1e-9);
        assertTrue(s[i] <= (nll[0][i] + nll[1][i] + nll[2][i]) / 3 + 1e-12, "Jensen: mixture NLL <= mean NLL");
      }
    }
  }

  /**
   * With several noise candidates the whole ensemble is trained per candidate (same streams) and
   * the one with the lowest mean out-of-fold NLL is kept: its scores equal that single-candidate fit's.
   */
  @Test
  void noiseCandidateWithTheLowestOutOfFoldNllIsKept() {
    Matrix x = curve(120, new Rng(6), false);
    Matrix probe = curve(10, new Rng(7), false);
    FlowDetectorConfig base = fast().withIterations(40).withMembers(3);
    double[] mean = new double[2];
    double[][] scores = new double[2][];
    Double[] candidates = {0.0, 1.5};
    for (int c = 0; c < 2; c++) {
      FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(x, NAMES, base.withTrainingNoise(candidates[c]),
          TrainingListener.NONE);
      try (FlowDetector det = t.detector()) {
        mean[c] = mean(t.validationScores());
        scores[c] = det.score(probe);
      }
    }
    assertTrue(mean[0] != mean[1], "the candidates differ");
    int best = mean[0] < mean[1] ? 0 : 1;
    FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(x, NAMES, base.withTrainingNoise(candidates),
        TrainingListener.NONE);
    try (FlowDetector det = t.detector()) {
      assertEquals(mean[best], mean(t.validationScores()), 1e-12);
      assertArrayEquals(scores[best], det.score(probe), 1e-12);
      assertTrue(t.result().message().contains("noise factor c = " + candidates[best] + " kept"), t.result().message());
    }
  }

  /** Far from every member the densities underflow, yet the mixture's NLL stays finite: log-sum-exp. */
  @Test
  void mixtureOfTinyDensitiesIsFinite() {
    double[] s = FlowDetector.mixture(new double[][] {{1000, 5}, {2000, 5}});
    assertEquals(1000 + Math.log(2), s[0], 1e-9);
    assertEquals(5, s[1], 1e-12);
    assertEquals(1500, FlowDetector.logSpaceMean(new double[][] {{1000}, {2000}})[0], 1e-12);
  }

  /**
   * With several ridge candidates the one whose whitened Gaussians give the lowest out-of-fold NLL
   * ({@link RidgeSelection}) is used by every member: few rows in many independent dimensions pick
   * the largest ridge, and the detector equals the one fitted with that ridge alone.
   */
  @Test
  void ridgeCandidateWithTheLowestGaussianOutOfFoldNllIsUsed() {
    Matrix x = RidgeSelectionTest.independent(40, 20, new Rng(4));
    Matrix probe = RidgeSelectionTest.independent(5, 20, new Rng(5));
    List<String> names = new java.util.ArrayList<>();
    for (int j = 0; j < 20; j++) {
      names.add("f" + j);
    }
    FlowDetectorConfig base = fast().withIterations(20).withMembers(3).withTrainingNoise(0.0);
    FlowDetectorTraining.Trained chosen = FlowDetectorTraining.fit(x, names, base.withWhiteningRidges(0.1, 1.0),
        TrainingListener.NONE);
    FlowDetectorTraining.Trained alone = FlowDetectorTraining.fit(x, names, base.withWhiteningRidges(1.0),
        TrainingListener.NONE);
    try (FlowDetector a = chosen.detector(); FlowDetector b = alone.detector()) {
      assertEquals(1.0, chosen.whiteningRidge());
      assertTrue(chosen.result().message().contains("whitening ridge λ = 1.0 kept"), chosen.result().message());
      assertArrayEquals(b.score(probe), a.score(probe), 1e-12);
      assertArrayEquals(alone.validationScores(), chosen.validationScores(), 1e-12);
    }
  }

  @Test
  void constantColumnsAreRefusedByNameOrDropped() {
    Matrix x = curve(100, new Rng(4), false);
    Matrix withConstant = Matrix.zeros(Precision.FLOAT64, 100, 4);
    withConstant.copyColumns(x, 0, 0, 3);
    for (int r = 0; r < 100; r++) {
      withConstant.set(r, 3, 7.0);
    }
    List<String> names = List.of("a", "b", "c", "valve");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FlowDetectorTraining.fit(withConstant, names, fast().withIterations(20), TrainingListener.NONE));
    assertTrue(e.getMessage().contains("'valve' (always 7.0)"), e.getMessage());
    try (FlowDetector det = FlowDetectorTraining.fit(withConstant, names,
        fast().withIterations(20).withDropConstantColumns(true), TrainingListener.NONE).detector()) {
      assertEquals(List.of("valve"), det.droppedFeatures());
      assertEquals(100, det.score(withConstant).length);
      assertThrows(IllegalArgumentException.class, () -> det.score(x));
    }
  }

  @Test
  void nonFiniteOrTooFewRowsAreRefused() {
    Matrix x = curve(100, new Rng(5), false);
    x.set(17, 1, Double.NaN);
    Exception e = assertThrows(ArithmeticException.class,
        () -> FlowDetectorTraining.fit(x, NAMES, fast(), TrainingListener.NONE));
    assertTrue(e.getMessage().contains("17"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FlowDetectorTraining.fit(curve(5, new Rng(1), false), NAMES, fast(), TrainingListener.NONE));
    Exception folds = assertThrows(IllegalArgumentException.class,
        () -> FlowDetectorTraining.fit(curve(15, new Rng(1), false), NAMES, fast().withMembers(8), TrainingListener.NONE));
    assertTrue(folds.getMessage().contains("8 member(s) needs at least 16"), folds.getMessage());
  }

  @Test
  void storeRoundTripGivesIdenticalScores(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("detector.invm");
    Matrix x = curve(30, new Rng(8), false);
    try (FlowDetector det = FlowDetectorTraining.fit(curve(100, new Rng(7), false), NAMES, fast().withIterations(30),
        TrainingListener.NONE).detector()) {
      assertEquals(5, det.members().size());
      DetectorStore.save(file, det, null, null);
      DetectorStore.Stored back = DetectorStore.load(file, 1);
      try (FlowDetector loaded = back.detector()) {
        assertEquals(5, loaded.members().size());
        assertArrayEquals(det.score(x), loaded.score(x), 0.0);
        assertEquals(det.threshold(), loaded.threshold());
        assertEquals(det.featureNames(), loaded.featureNames());
      }
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 1;
      Files.write(file, bytes);
      Exception e = assertThrows(IllegalArgumentException.class, () -> DetectorStore.load(file, 1));
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
  }

  /** A one-flow file of detector format 1 (a CinnStore file, whitening in the metadata) still loads. */
  @Test
  void formatOneFilesStillLoad(@TempDir Path dir) {
    Path file = dir.resolve("old.invm");
    Matrix x = curve(30, new Rng(8), false);
    try (FlowDetector det = FlowDetectorTraining.fit(curve(100, new Rng(7), false), NAMES,
        fast().withIterations(30).withMembers(1), TrainingListener.NONE).detector()) {
      ObjectMapper m = Json.mapper();
      ObjectNode d = m.createObjectNode();
      d.put("format", 1);
      d.set("featureNames", m.valueToTree(det.featureNames()));
      d.set("kept", m.valueToTree(det.kept()));
      d.set("whitening", m.valueToTree(det.whitening()));
      d.put("threshold", det.threshold());
      d.put("falseAlarmRate", det.falseAlarmRate());
      ObjectNode run = m.createObjectNode();
      run.set("detector", d);
      CinnStore.save(file, det.model(), run);
      try (FlowDetector loaded = DetectorStore.load(file, 1).detector()) {
        assertArrayEquals(det.score(x), loaded.score(x), 0.0);
      }
    }
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
