package org.inversesuite.anomaly.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.ScoredLabels;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.evaluation.AnomalyEvaluation;
import org.tribuo.anomaly.evaluation.AnomalyEvaluator;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/** The flow trainer and Tribuo's one-class SVM, trained on the same data and judged by the same evaluator. */
class FlowAnomalyTrainerTest {
  static final List<String> NAMES = List.of("a", "b", "c");

  /** Normal rows on a ring of radius 3 in (a, b) with c = a·b/3 + noise; anomalies lie 1 off that surface in c. */
  static Matrix ring(int n, Rng rng, boolean anomalous) {
    Matrix m = Matrix.zeros(Precision.FLOAT64, n, 3);
    for (int r = 0; r < n; r++) {
      double t = 2 * Math.PI * rng.uniform();
      double radius = 3 + 0.15 * rng.gaussian();
      double a = radius * Math.cos(t);
      double b = radius * Math.sin(t);
      m.set(r, 0, a);
      m.set(r, 1, b);
      m.set(r, 2, a * b / 3 + 0.1 * rng.gaussian() + (anomalous ? (rng.uniform() < 0.5 ? 1 : -1) : 0));
    }
    return m;
  }

  @Test
  void bothTrainersRunThroughTheAnomalyEvaluator() {
    Rng rng = new Rng(21);
    MutableDataset<Event> train = TribuoTables.dataset(ring(600, rng.stream("train"), false), null, NAMES, "ring train");
    Matrix normal = ring(200, rng.stream("normal"), false);
    Matrix anomalies = ring(200, rng.stream("anomalies"), true);
    Matrix test = Matrix.zeros(Precision.FLOAT64, 400, 3);
    test.copyRows(normal, 0, 0, 200);
    test.copyRows(anomalies, 0, 200, 200);
    boolean[] truth = new boolean[400];
    for (int i = 200; i < 400; i++) {
      truth[i] = true;
    }
    MutableDataset<Event> testData = TribuoTables.dataset(test, truth, NAMES, "ring test");

    FlowAnomalyTrainer flowTrainer = new FlowAnomalyTrainer(FlowDetectorConfig.defaults().withIterations(600)
        .withArchitecture(4, 32).withSeed(5));
    FlowAnomalyModel flow = flowTrainer.train(train);
    SVMParameters<Event> params = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS), KernelType.RBF);
    params.setGamma(1.0);
    params.setNu(0.05);
    Model<Event> svm = new LibSVMAnomalyTrainer(params).train(train);

    AnomalyEvaluator evaluator = new AnomalyEvaluator();
    AnomalyEvaluation flowEval = evaluator.evaluate(flow, testData);
    AnomalyEvaluation svmEval = evaluator.evaluate(svm, testData);
    assertEquals(400, flowEval.getTruePositives() + flowEval.getFalsePositives() + flowEval.getTrueNegatives()
        + flowEval.getFalseNegatives());
    assertTrue(flowEval.getRecall() > 0.95, "flow recall " + flowEval.getRecall());
    assertTrue(flowEval.getPrecision() > 0.8, "flow precision " + flowEval.getPrecision());
    assertTrue(svmEval.getTruePositives() + svmEval.getFalseNegatives() == 200, svmEval.toString());

    double[] scores = new double[400];
    List<Prediction<Event>> predictions = flow.predict(testData);
    for (int i = 0; i < 400; i++) {
      scores[i] = predictions.get(i).getOutput().getScore();
    }
    assertTrue(Auroc.of(new ScoredLabels(scores, truth)) > 0.99);

    String provenance = flow.getProvenance().toString();
    assertTrue(provenance.contains("couplings") && provenance.contains("members") && provenance.contains("ring train"),
        provenance);
    assertEquals(1, flowTrainer.getInvocationCount());
    assertEquals(FlowAnomalyModel.class.getName(), flow.getProvenance().getClassName());
    flow.detector().close();
  }

  @Test
  void refusesAnomalousTrainingEvents() {
    Matrix x = ring(50, new Rng(1), false);
    boolean[] labels = new boolean[50];
    labels[7] = true;
    FlowAnomalyTrainer trainer = new FlowAnomalyTrainer(FlowDetectorConfig.defaults().withIterations(5));
    Exception e = assertThrows(IllegalArgumentException.class,
        () -> trainer.train(TribuoTables.dataset(x, labels, NAMES, "bad")));
    assertTrue(e.getMessage().contains("example 7"), e.getMessage());
  }
}
