package org.inversesuite.anomaly.detector;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.inversesuite.data.set.ArrayDataset;

/**
 * Fits a {@link FlowDetector} to normal rows: hold out a random share of the rows, drop or refuse
 * features that are constant on the rest, whiten ({@link Whitening}) or standardise, train an unconditional affine-coupling
 * flow by maximum likelihood with early stopping on the held-out rows, and set the threshold to
 * the (1 − α)-quantile of the held-out scores. If the untrained flow (the identity: a Gaussian on
 * the whitened rows) gives the held-out rows a lower mean NLL than the trained one, it is kept:
 * early stopping that includes step 0. Random streams derive from the seed by name
 * ("split", "model", "training").
 */
public final class FlowDetectorTraining {
  private FlowDetectorTraining() {}

  /**
   * A trained detector and how its training went.
   *
   * @param detector the detector (close it when done)
   * @param result the training result
   * @param validationScores the scores of the held-out normal rows
   */
  public record Trained(FlowDetector detector, TrainingResult result, double[] validationScores) {}

  /**
   * @param normal normal rows, shape [n, featureNames.size()], n ≥ 10
   * @param featureNames a name per column, used in messages and stored with the model
   * @throws IllegalArgumentException for too few rows or features, non-finite values, or a
   *     constant feature when {@code config.dropConstantColumns()} is false (naming it)
   */
  public static Trained fit(Matrix normal, List<String> featureNames, FlowDetectorConfig config, TrainingListener listener) {
    int n = normal.rows();
    if (featureNames.size() != normal.cols()) {
      throw new IllegalArgumentException(featureNames.size() + " feature names for " + normal.cols() + " columns");
    }
    if (n < 10) {
      throw new IllegalArgumentException("training needs at least 10 normal rows, got " + n);
    }
    NonFiniteException.check(normal, "normal training rows");
    Rng seed = new Rng(config.seed());
    int[] order = seed.stream("split").permutation(n);
    int nVal = Math.max(2, (int) Math.round(n * config.validationFraction()));
    Matrix val = rows(normal, order, 0, nVal);
    Matrix train = rows(normal, order, nVal, n - nVal);
    int[] kept = keptColumns(train, featureNames, config.dropConstantColumns());
    if (kept.length < 2) {
      throw new IllegalArgumentException("the flow needs at least 2 non-constant features, got " + kept.length
          + " of " + featureNames);
    }
    Whitening whitening = config.whiteningRidge() > 0 ? Whitening.fit(columns(train, kept), config.whiteningRidge()) : null;
    Matrix xTrain = columns(train, kept);
    Matrix xVal = columns(val, kept);
    if (whitening != null) {
      xTrain = whitening.apply(xTrain);
      xVal = whitening.apply(xVal);
    }
    int d = kept.length;
    ParameterSpace space = ParameterSpace.fit(BoundedTransform.unbounded(d), xTrain);
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, config.clamp(),
        MlpConfig.of(config.hiddenWidth(), 2, Activation.RELU));
    Flow flow = Flow.build(FlowConfig.couplingChain(d, 0, config.couplings(), coupling), Precision.FLOAT32,
        seed.stream("model"), true);
    xTrain = noisyCopies(xTrain, config.trainingNoise(), seed.stream("noise"));
    Matrix initial = flow.parameters().values().copy();
    int batch = Math.min(config.batchSize(), xTrain.rows());
    int interval = Math.max(1, Math.min(50, config.iterations() / 10));
    TrainingConfig recipe = new TrainingConfig(config.iterations(), batch, config.learningRate(),
        new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, config.weightDecay(), 10.0, nVal, interval,
        config.patience(), config.threads(), config.seed());
    Matrix none = Matrix.zeros(Precision.FLOAT64, xTrain.rows(), 0);
    BatchSource source = new BatchSource.Offline(new ArrayDataset(xTrain, none), seed.stream("training"));
    Batch validation = new Batch(xVal, Matrix.zeros(Precision.FLOAT64, nVal, 0));
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(space,
        Standardization.identity(0), source, validation, listener));
    if (result.stopReason() == TrainingResult.StopReason.NON_FINITE) {
      throw new IllegalStateException("training diverged: " + result.message());
    }
    Cinn model = new Cinn(flow, space, Standardization.identity(0), config.threads());
    FlowDetector untuned = new FlowDetector(model, featureNames, kept, whitening, Double.POSITIVE_INFINITY,
        config.falseAlarmRate());
    double[] valScores = untuned.score(val);
    Matrix trained = flow.parameters().values().copy();
    flow.parameters().assign(initial);
    double[] initialScores = untuned.score(val);
    if (mean(initialScores) < mean(valScores)) {
      valScores = initialScores;
      result = new TrainingResult(result.iterationsRun(), result.stopReason(), result.message()
          + "; the untrained flow (the whitened Gaussian) scored better on the held-out rows and was kept",
          result.history(), 0, mean(initialScores), result.seconds());
    } else {
      flow.parameters().assign(trained);
    }
    double threshold = Quantile.of(valScores, 1 - config.falseAlarmRate());
    return new Trained(untuned.withThreshold(threshold, config.falseAlarmRate()), result, valScores);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** @return {@code NOISY_COPIES} copies of every row plus N(0, σ²) noise, or {@code x} itself for σ = 0 */
  private static Matrix noisyCopies(Matrix x, double sigma, Rng rng) {
    if (sigma == 0) {
      return x;
    }
    int k = FlowDetectorConfig.NOISY_COPIES;
    Matrix out = Matrix.zeros(Precision.FLOAT64, x.rows() * k, x.cols());
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < x.rows(); r++) {
        for (int j = 0; j < x.cols(); j++) {
          out.set(c * x.rows() + r, j, x.get(r, j) + sigma * rng.gaussian());
        }
      }
    }
    return out;
  }

  private static Matrix rows(Matrix m, int[] order, int from, int count) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, count, m.cols());
    for (int i = 0; i < count; i++) {
      out.copyRows(m, order[from + i], i, 1);
    }
    return out;
  }

  static Matrix columns(Matrix m, int[] cols) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, m.rows(), cols.length);
    for (int r = 0; r < m.rows(); r++) {
      for (int j = 0; j < cols.length; j++) {
        out.set(r, j, m.get(r, cols[j]));
      }
    }
    return out;
  }

  private static int[] keptColumns(Matrix train, List<String> names, boolean drop) {
    List<Integer> kept = new ArrayList<>();
    List<String> constant = new ArrayList<>();
    for (int j = 0; j < train.cols(); j++) {
      double first = train.get(0, j);
      boolean varies = false;
      for (int r = 1; r < train.rows() && !varies; r++) {
        varies = train.get(r, j) != first;
      }
      if (varies) {
        kept.add(j);
      } else {
        constant.add("'" + names.get(j) + "' (always " + first + ")");
      }
    }
    if (!constant.isEmpty() && !drop) {
      throw new IllegalArgumentException("constant column(s) in the normal training rows: " + String.join(", ", constant)
          + "; a density cannot be fitted to a column with zero variance: drop them, or allow dropping (--drop-constant)");
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }
}
