package org.inversesuite.anomaly.baseline;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.anomaly.detector.FlowDetector;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.inversesuite.anomaly.detector.FlowDetectorTraining;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingListener;

/** The flow detector ({@link FlowDetectorTraining}) behind the one-class interface; score = NLL. */
public final class FlowMethod implements OneClassMethod {
  private final FlowDetectorConfig config;

  /** @param config the recipe; its seed is replaced by the seed of each fit */
  public FlowMethod(FlowDetectorConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "Flow";
  }

  @Override
  public AnomalyScorer fit(Matrix normal, long seed) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < normal.cols(); j++) {
      names.add("f" + j);
    }
    FlowDetector detector = FlowDetectorTraining.fit(normal, names, config.withSeed(seed), TrainingListener.NONE).detector();
    return new AnomalyScorer() {
      @Override
      public double[] score(Matrix x) {
        return detector.score(x);
      }

      @Override
      public void close() {
        detector.close();
      }
    };
  }
}
