package org.inversesuite.anomaly.tribuo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inversesuite.anomaly.detector.FlowDetector;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.anomaly.Event;
import org.tribuo.provenance.ModelProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;

/**
 * A Tribuo anomaly model backed by a {@link FlowDetector}: each example becomes a dense row in
 * feature-id order (absent features are 0), its {@link Event} carries the negative
 * log-likelihood as score and is ANOMALOUS when the score exceeds the detector's threshold.
 * Note the sign: Tribuo's one-class SVM scores with the decision value (negative = anomalous),
 * this model with the NLL (higher = anomalous).
 *
 * <p>The flow is not Java-serialisable; persist it with
 * {@link org.inversesuite.anomaly.detector.DetectorStore}.
 */
public final class FlowAnomalyModel extends Model<Event> {
  private static final long serialVersionUID = 1L;
  private final transient FlowDetector detector;

  FlowAnomalyModel(String name, ModelProvenance provenance, ImmutableFeatureMap features,
      ImmutableOutputInfo<Event> outputs, FlowDetector detector) {
    super(name, provenance, features, outputs, false);
    this.detector = detector;
  }

  /** @return the detector (shared, not copied) */
  public FlowDetector detector() {
    return detector;
  }

  @Override
  public Prediction<Event> predict(Example<Event> example) {
    double[] row = TribuoTables.row(example, featureIDMap);
    int used = 0;
    for (var f : example) {
      used += featureIDMap.getID(f.getName()) >= 0 ? 1 : 0;
    }
    if (used == 0) {
      throw new IllegalArgumentException("example has no feature known to the model: " + example);
    }
    double score = detector.score(Matrix.of(Precision.FLOAT64, new double[][] {row}))[0];
    Event.EventType type = score > detector.threshold() ? Event.EventType.ANOMALOUS : Event.EventType.EXPECTED;
    return new Prediction<>(new Event(type, score), used, example);
  }

  @Override
  public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
    return Collections.emptyMap();
  }

  @Override
  public Optional<Excuse<Event>> getExcuse(Example<Event> example) {
    return Optional.empty();
  }

  @Override
  protected Model<Event> copy(String newName, ModelProvenance newProvenance) {
    return new FlowAnomalyModel(newName, newProvenance, featureIDMap, outputIDInfo, detector);
  }
}
