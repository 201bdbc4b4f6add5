package org.inversesuite.anomaly.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.time.OffsetDateTime;
import java.util.Map;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.inversesuite.anomaly.detector.FlowDetectorTraining;
import org.inversesuite.core.train.TrainingListener;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.anomaly.Event;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * A Tribuo {@code Trainer<Event>} that fits a flow detector
 * ({@link FlowDetectorTraining}) to the EXPECTED examples of a data set and returns a
 * {@link FlowAnomalyModel}. Every setting is an OLCUT {@code @Config} field, so the trainer is
 * configurable from Tribuo configuration files and its provenance records all of them. Each
 * call of {@code train} uses seed {@code seed + invocation count}, as Tribuo's trainers do.
 */
public final class FlowAnomalyTrainer implements Trainer<Event> {
  @Config(description = "number of [affine coupling, permutation] pairs")
  private int couplings = FlowDetectorConfig.defaults().couplings();
  @Config(description = "width of the two hidden layers of each coupling subnet")
  private int hiddenWidth = FlowDetectorConfig.defaults().hiddenWidth();
  @Config(description = "maximum number of Adam steps")
  private int iterations = FlowDetectorConfig.defaults().iterations();
  @Config(description = "Adam learning rate")
  private double learningRate = FlowDetectorConfig.defaults().learningRate();
  @Config(description = "target false-alarm rate of the threshold")
  private double falseAlarmRate = FlowDetectorConfig.defaults().falseAlarmRate();
  @Config(description = "drop features constant in training instead of refusing them")
  private boolean dropConstantColumns = true;
  @Config(description = "candidate ridges of the whitening in front of the flows, the one with the lowest out-of-fold"
      + " NLL of the whitened Gaussians is kept (a single 0: standardise only)")
  private double[] whiteningRidges = FlowDetectorConfig.defaults().whiteningRidges().stream().mapToDouble(Double::doubleValue)
      .toArray();
  @Config(description = "number of cross-fitted flows in the ensemble (1: one flow with a random hold-out)")
  private int members = FlowDetectorConfig.defaults().members();
  @Config(description = "seed of the first training run")
  private long seed = Trainer.DEFAULT_SEED;
  private int invocationCount;

  /** For OLCUT. */
  private FlowAnomalyTrainer() {}

  /** A trainer with the settings of {@code config} (its seed becomes the first run's seed). */
  public FlowAnomalyTrainer(FlowDetectorConfig config) {
    this.couplings = config.couplings();
    this.hiddenWidth = config.hiddenWidth();
    this.iterations = config.iterations();
    this.learningRate = config.learningRate();
    this.falseAlarmRate = config.falseAlarmRate();
    this.dropConstantColumns = config.dropConstantColumns();
    this.whiteningRidges = config.whiteningRidges().stream().mapToDouble(Double::doubleValue).toArray();
    this.members = config.members();
    this.seed = config.seed();
  }

  private FlowDetectorConfig config(long runSeed) {
    FlowDetectorConfig d = FlowDetectorConfig.defaults();
    return new FlowDetectorConfig(couplings, hiddenWidth, d.clamp(), iterations, d.batchSize(), learningRate,
        d.weightDecay(), d.validationFraction(), members, falseAlarmRate, d.patience(), dropConstantColumns,
        java.util.Arrays.stream(whiteningRidges).boxed().toList(), d.trainingNoise(), d.dequantize(), d.threads(), runSeed);
  }

  @Override
  public FlowAnomalyModel train(Dataset<Event> examples) {
    return train(examples, Map.of());
  }

  @Override
  public synchronized FlowAnomalyModel train(Dataset<Event> examples, Map<String, Provenance> runProvenance) {
    return train(examples, runProvenance, INCREMENT_INVOCATION_COUNT);
  }

  @Override
  public synchronized FlowAnomalyModel train(Dataset<Event> examples, Map<String, Provenance> runProvenance,
      int invocation) {
    if (invocation != INCREMENT_INVOCATION_COUNT) {
      invocationCount = invocation;
    }
    TrainerProvenance trainerProvenance = getProvenance();
    long runSeed = seed + invocationCount;
    invocationCount++;
    var features = examples.getFeatureIDMap();
    var detector = FlowDetectorTraining.fit(TribuoTables.expectedRows(examples), TribuoTables.names(features),
        config(runSeed), TrainingListener.NONE).detector();
    ModelProvenance provenance = new ModelProvenance(FlowAnomalyModel.class.getName(), OffsetDateTime.now(),
        examples.getProvenance(), trainerProvenance, runProvenance);
    return new FlowAnomalyModel("flow-anomaly", provenance, features, examples.getOutputIDInfo(), detector);
  }

  @Override
  public int getInvocationCount() {
    return invocationCount;
  }

  @Override
  public synchronized void setInvocationCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("invocation count must be >= 0, got " + count);
    }
    invocationCount = count;
  }

  @Override
  public TrainerProvenance getProvenance() {
    return new TrainerProvenanceImpl(this);
  }

  @Override
  public String toString() {
    return "FlowAnomalyTrainer(couplings=" + couplings + ", hiddenWidth=" + hiddenWidth + ", iterations=" + iterations
        + ", members=" + members + ", learningRate=" + learningRate + ", falseAlarmRate=" + falseAlarmRate + ", seed=" + seed + ")";
  }
}
