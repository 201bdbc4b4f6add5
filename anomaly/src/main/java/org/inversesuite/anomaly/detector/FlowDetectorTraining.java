package org.inversesuite.anomaly.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Fits a {@link FlowDetector} to normal rows. With one member: hold out a random share of the
 * rows, drop or refuse features that are constant on the rest, whiten ({@link Whitening}) or
 * standardise, train an unconditional affine-coupling flow by maximum likelihood with early
 * stopping on the held-out rows, and set the threshold to the (1 − α)-quantile of the held-out
 * scores. If the untrained flow (the identity: a Gaussian on the whitened rows) gives the held-out
 * rows a lower mean NLL than the trained one, it is kept: early stopping that includes step 0.
 *
 * <p>With K ≥ 2 members (K-fold cross-fitting): the rows are shuffled into K folds; member k gets
 * its own whitening and flow, fitted as above to the rows outside fold k and early-stopped on
 * fold k. Every row then trains K − 1 members and validates exactly one, no row is spent on
 * validation only, and the threshold is the (1 − α)-quantile of the n out-of-fold scores
 * −log p_{k(i)}(x_i), a single member's NLL of the row it did not see. The ensemble's score of a
 * fresh normal row, the NLL of the members' mixture, is at most the mean of the K members' NLLs
 * (Jensen), which has the same mean as one member's and a smaller spread, so this threshold errs
 * towards fewer false alarms. Before any flow is trained, the ridge of the whitening is chosen
 * among the candidates by the out-of-fold NLL of the whitened Gaussians on the same folds
 * ({@link RidgeSelection}). All hyperparameters are fixed in the config or chosen on held-out
 * normal rows; no anomaly is ever seen. Random streams
 * derive from the seed by name ("split"; per member "model", "training").
 */
public final class FlowDetectorTraining {
  private FlowDetectorTraining() {}

  /**
   * A trained detector and how its training went.
   *
   * @param detector the detector (close it when done)
   * @param result the training result (with several members: a summary of theirs)
   * @param validationScores the (out-of-fold) scores of the held-out normal rows that set the threshold
   * @param memberResults the training result of each member
   * @param whiteningRidge the ridge λ of the members' whitening (chosen among the candidates, or the only one)
   */
  public record Trained(FlowDetector detector, TrainingResult result, double[] validationScores,
      List<TrainingResult> memberResults, double whiteningRidge) {}

  /** One member: the flow, how it trained, its NLL of its held-out rows. */
  private record MemberFit(FlowDetector.Member member, TrainingResult result, double[] validationScores) {}

  /**
   * @param normal normal rows, shape [n, featureNames.size()], n ≥ 10 (and n ≥ 2K for K members)
   * @param featureNames a name per column, used in messages and stored with the model
   * @throws IllegalArgumentException for too few rows or features, non-finite values, or a
   *     constant feature when {@code config.dropConstantColumns()} is false (naming it)
   */
  public static Trained fit(Matrix normal, List<String> featureNames, FlowDetectorConfig config, TrainingListener listener) {
    int n = normal.rows();
    if (featureNames.size() != normal.cols()) {
      throw new IllegalArgumentException(featureNames.size() + " feature names for " + normal.cols() + " columns");
    }
    int k = config.members();
    if (n < Math.max(10, 2 * k)) {
      throw new IllegalArgumentException("training " + k + " member(s) needs at least " + Math.max(10, 2 * k)
          + " normal rows, got " + n);
    }
    NonFiniteException.check(normal, "normal training rows");
    Rng seed = new Rng(config.seed());
    int[] order = seed.stream("split").permutation(n);
    int nVal = Math.max(2, (int) Math.round(n * config.validationFraction()));
    int[] kept = keptColumns(k == 1 ? rows(normal, order, nVal, n - nVal) : normal, featureNames,
        config.dropConstantColumns());
    if (kept.length < 2) {
      throw new IllegalArgumentException("the flow needs at least 2 non-constant features, got " + kept.length
          + " of " + featureNames);
    }
    Matrix x = columns(normal, kept);
    double[] addedVariance = dequantisationVariance(x, config);
    RidgeSelection.Choice ridge = config.whiteningRidges().size() == 1 ? null
        : RidgeSelection.choose(x, folds(order, n, k, nVal), addedVariance, config.whiteningRidges());
    double lambda = ridge == null ? config.whiteningRidges().get(0) : ridge.ridge();
    Ensemble best = null;
    StringBuilder selection = new StringBuilder();
    for (double c : config.trainingNoise()) {
      Ensemble e = ensemble(x, order, nVal, c, lambda, config, seed, listener);
      selection.append(selection.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "c = %s: %.4f", c,
          mean(e.outOfFold())));
      if (best == null || mean(e.outOfFold()) < mean(best.outOfFold())) {
        if (best != null) {
          best.close();
        }
        best = e;
      } else {
        e.close();
      }
    }
    double threshold = Quantile.of(best.outOfFold(), 1 - config.falseAlarmRate());
    FlowDetector detector = new FlowDetector(best.members(), featureNames, kept, threshold, config.falseAlarmRate());
    TrainingResult result = k == 1 ? best.results().get(0) : summary(best.results());
    if (config.trainingNoise().size() > 1) {
      result = new TrainingResult(result.iterationsRun(), result.stopReason(), result.message() + "; noise factor c = "
          + best.noise() + " kept, the lowest held-out NLL per row of the candidates (" + selection + ")",
          result.history(), result.keptIteration(), result.bestValidationLoss(), result.seconds());
    }
    if (ridge != null) {
      result = new TrainingResult(result.iterationsRun(), result.stopReason(), result.message() + "; whitening ridge λ = "
          + lambda + " kept, the lowest held-out NLL per row of the whitened Gaussians (" + ridge.describe() + ")",
          result.history(), result.keptIteration(), result.bestValidationLoss(), result.seconds());
    }
    return new Trained(detector, result, best.outOfFold(), best.results(), lambda);
  }

  /** @return the rows each member holds out: K folds of {@code order}, or (K = 1) its first nVal rows */
  private static int[][] folds(int[] order, int n, int k, int nVal) {
    int[][] out = new int[k][];
    for (int m = 0; m < k; m++) {
      int lo = k == 1 ? 0 : m * n / k;
      int hi = k == 1 ? nVal : (m + 1) * n / k;
      out[m] = java.util.Arrays.copyOfRange(order, lo, hi);
    }
    return out;
  }

  /** @return per column 1/12 where an integer column is dequantised, else 0 */
  private static double[] dequantisationVariance(Matrix x, FlowDetectorConfig config) {
    double[] v = new double[x.cols()];
    for (int j = 0; j < v.length && config.dequantize(); j++) {
      v[j] = isInteger(x, j) ? 1.0 / 12 : 0;
    }
    return v;
  }

  /** The members trained with one noise factor, and their held-out scores. */
  private record Ensemble(double noise, List<FlowDetector.Member> members, List<TrainingResult> results,
      double[] outOfFold) {
    void close() {
      for (FlowDetector.Member m : members) {
        m.model().close();
      }
    }
  }

  /** Trains K members (K = 1: one, with the first {@code nVal} rows of {@code order} held out). */
  private static Ensemble ensemble(Matrix x, int[] order, int nVal, double noise, double ridge, FlowDetectorConfig config,
      Rng seed, TrainingListener listener) {
    int n = x.rows();
    int k = config.members();
    List<FlowDetector.Member> members = new ArrayList<>();
    List<TrainingResult> results = new ArrayList<>();
    double[] oof = new double[k == 1 ? nVal : n];
    int filled = 0;
    for (int m = 0; m < k; m++) {
      int lo = k == 1 ? 0 : m * n / k;
      int hi = k == 1 ? nVal : (m + 1) * n / k;
      Matrix val = rows(x, order, lo, hi - lo);
      int[] outside = new int[n - (hi - lo)];
      System.arraycopy(order, 0, outside, 0, lo);
      System.arraycopy(order, hi, outside, lo, n - hi);
      Matrix train = rows(x, outside, 0, outside.length);
      MemberFit fit = trainMember(train, val, noise, ridge, config, k == 1 ? seed : seed.stream("member" + m), listener);
      members.add(fit.member());
      results.add(fit.result());
      System.arraycopy(fit.validationScores(), 0, oof, filled, hi - lo);
      filled += hi - lo;
    }
    return new Ensemble(noise, members, results, oof);
  }

  /** Trains one member on {@code train} (kept columns), early-stopped on {@code val}, step 0 included. */
  private static MemberFit trainMember(Matrix train, Matrix val, double noise, double ridge, FlowDetectorConfig config,
      Rng rng, TrainingListener listener) {
    int d = train.cols();
    int nVal = val.rows();
    boolean[] integer = new boolean[d];
    double[] addedVariance = new double[d];
    boolean anyInteger = false;
    for (int j = 0; j < d && config.dequantize(); j++) {
      integer[j] = isInteger(train, j);
      addedVariance[j] = integer[j] ? 1.0 / 12 : 0;
      anyInteger |= integer[j];
    }
    Whitening whitening = ridge > 0 ? Whitening.fit(train, ridge, addedVariance) : null;
    Matrix xTrain = whitening == null ? train : whitening.apply(train);
    Matrix xVal = whitening == null ? val : whitening.apply(val);
    ParameterSpace space = ParameterSpace.fit(BoundedTransform.unbounded(d), xTrain);
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, config.clamp(),
        MlpConfig.of(config.hiddenWidth(), 2, Activation.RELU));
    Flow flow = Flow.build(FlowConfig.couplingChain(d, 0, config.couplings(), coupling), Precision.FLOAT32,
        rng.stream("model"), true);
    Matrix initial = flow.parameters().values().copy();
    // noise σ = c·h in whitened units (each whitened column has about unit variance); standardised units without whitening
    double h = Math.pow(4.0 / (d + 2), 1.0 / (d + 4)) * Math.pow(train.rows(), -1.0 / (d + 4));
    double[] sigma = new double[d];
    for (int j = 0; j < d; j++) {
      sigma[j] = noise * h * (whitening == null ? space.standardization().std()[j] : 1);
    }
    boolean online = noise > 0 || anyInteger;
    int batch = online ? config.batchSize() : Math.min(config.batchSize(), xTrain.rows());
    int interval = Math.max(1, Math.min(50, config.iterations() / 10));
    TrainingConfig recipe = new TrainingConfig(config.iterations(), batch, config.learningRate(),
        new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, config.weightDecay(), 10.0, nVal, interval,
        config.patience(), config.threads(), config.seed());
    BatchSource source = online
        ? new BatchSource.Online(new NoisyRows(train, integer, whitening, sigma), rng.stream("training"))
        : new BatchSource.Offline(new ArrayDataset(xTrain, Matrix.zeros(Precision.FLOAT64, xTrain.rows(), 0)),
            rng.stream("training"));
    Batch validation = new Batch(xVal, Matrix.zeros(Precision.FLOAT64, nVal, 0));
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(space,
        Standardization.identity(0), source, validation, listener));
    if (result.stopReason() == TrainingResult.StopReason.NON_FINITE) {
      throw new IllegalStateException("training diverged: " + result.message());
    }
    FlowDetector.Member member = new FlowDetector.Member(new Cinn(flow, space, Standardization.identity(0),
        config.threads()), whitening);
    double[] valScores = negate(member.logDensity(val));
    Matrix trained = flow.parameters().values().copy();
    flow.parameters().assign(initial);
    double[] initialScores = negate(member.logDensity(val));
    if (mean(initialScores) < mean(valScores)) {
      valScores = initialScores;
      result = new TrainingResult(result.iterationsRun(), result.stopReason(), result.message()
          + "; " + GAUSSIAN_KEPT, result.history(), 0, mean(initialScores), result.seconds());
    } else {
      flow.parameters().assign(trained);
    }
    return new MemberFit(member, result, valScores);
  }

  /** How a member's message says that its held-out rows preferred the untrained flow. */
  static final String GAUSSIAN_KEPT = "the untrained flow (the whitened Gaussian) scored better on the held-out rows and was kept";

  private static TrainingResult summary(List<TrainingResult> results) {
    int iterations = 0;
    int gaussians = 0;
    double seconds = 0;
    double val = 0;
    StringBuilder b = new StringBuilder();
    for (int m = 0; m < results.size(); m++) {
      TrainingResult r = results.get(m);
      iterations += r.iterationsRun();
      seconds += r.seconds();
      val += r.bestValidationLoss() / results.size();
      gaussians += r.message().endsWith(GAUSSIAN_KEPT) ? 1 : 0;
      b.append(m == 0 ? "" : "; ").append("member ").append(m + 1).append(": kept iteration ").append(r.keptIteration())
          .append(" of ").append(r.iterationsRun());
    }
    String message = results.size() + " cross-fitted members (" + gaussians
        + " kept the untrained flow, the whitened Gaussian, which scored better on their held-out fold); " + b;
    return new TrainingResult(iterations, TrainingResult.StopReason.COMPLETED, message, List.of(), 0, val, seconds);
  }

  private static boolean isInteger(Matrix x, int col) {
    for (int r = 0; r < x.rows(); r++) {
      double v = x.get(r, col);
      if (v != Math.rint(v)) {
        return false;
      }
    }
    return true;
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
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
