package org.inversesuite.anomaly.timeseries;

import org.inversesuite.anomaly.detector.Quantile;
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
 * A cINN of the daily load profile in the manner of Turowski et al. (2022): the 24 hourly loads x
 * of a day, standardised per hour, map to a latent z = f(x; c) ~ N(0, I₂₄) given the day's
 * {@link DayFeatures condition} c (calendar and temperature). Trained by maximum likelihood on
 * normal days only. Two scores:
 * <ul>
 *   <li>per day, the negative log-likelihood
 *       \( s(x \mid c) = \tfrac12\lVert f(x;c)\rVert^2 + 12\log 2\pi - \log|\det J_f| + \sum_h\log\sigma_h \);</li>
 *   <li>per hour, the deviation from the model's conditional distribution of that hour,
 *       \( s_h = |x_h - \hat\mu_h(c)| / \hat\sigma_h(c) \), with μ̂, σ̂ the mean and standard
 *       deviation of hour h over S samples x = f⁻¹(z; c), z ~ N(0, I). The latent coordinates
 *       are not hours (the couplings and permutations mix them), so |z_j| cannot be read per hour;
 *       the conditional samples can.</li>
 * </ul>
 * Thresholds: the (1 − α)-quantiles (type 7) of the scores of held-out normal days (and of their
 * hours). Close it when done.
 */
public final class DailyLoadModel implements AutoCloseable {
  private final Cinn cinn;
  private final DailyLoadModelConfig config;
  private final double dayThreshold;
  private final double hourThreshold;
  private final TrainingResult training;

  /** Wraps a trained flow with its thresholds (as read from a model file). */
  DailyLoadModel(Cinn cinn, DailyLoadModelConfig config, double dayThreshold, double hourThreshold,
      TrainingResult training) {
    this.cinn = cinn;
    this.config = config;
    this.dayThreshold = dayThreshold;
    this.hourThreshold = hourThreshold;
    this.training = training;
  }

  /**
   * Trains on the days of a normal series.
   *
   * @param normal a series without anomalies, at least 20 days
   * @param listener training progress
   * @return the trained model with its thresholds
   */
  public static DailyLoadModel fit(LoadSeries normal, DailyLoadModelConfig config, TrainingListener listener) {
    return fit(DayFeatures.loads(normal), DayFeatures.conditions(normal), config, listener);
  }

  /**
   * Trains on normal days given as matrices ({@link DayFeatures}).
   *
   * @param x loads, shape [n, 24], n ≥ 20
   * @param c conditions, shape [n, 13] or [n, 10] (no temperature)
   */
  public static DailyLoadModel fit(Matrix x, Matrix c, DailyLoadModelConfig config, TrainingListener listener) {
    if (x.rows() < 20) {
      throw new IllegalArgumentException("training needs at least 20 complete days, got " + x.rows());
    }
    NonFiniteException.check(x, "normal loads");
    NonFiniteException.check(c, "normal temperatures");
    Rng seed = new Rng(config.seed());
    int n = x.rows();
    int[] order = seed.stream("split").permutation(n);
    int nVal = Math.max(5, (int) Math.round(n * config.validationFraction()));
    Matrix xVal = rows(x, order, 0, nVal);
    Matrix cVal = rows(c, order, 0, nVal);
    Matrix xTrain = rows(x, order, nVal, n - nVal);
    Matrix cTrain = rows(c, order, nVal, n - nVal);
    int d = LoadSeries.HOURS;
    ParameterSpace space = ParameterSpace.fit(BoundedTransform.unbounded(d), xTrain);
    Standardization cNorm = Standardization.fit(cTrain);
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0,
        MlpConfig.of(config.hiddenWidth(), 2, Activation.RELU));
    Flow flow = Flow.build(FlowConfig.couplingChain(d, c.cols(), config.couplings(), coupling), Precision.FLOAT32,
        seed.stream("model"), true);
    int batch = Math.min(config.batchSize(), xTrain.rows());
    int interval = Math.max(1, Math.min(50, config.iterations() / 10));
    TrainingConfig recipe = new TrainingConfig(config.iterations(), batch, config.learningRate(),
        new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, 1e-4, 10.0, nVal, interval, 10, config.threads(),
        config.seed());
    BatchSource source = new BatchSource.Offline(new ArrayDataset(xTrain, cTrain), seed.stream("training"));
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(space, cNorm, source,
        new Batch(xVal, cVal), listener));
    if (result.stopReason() == TrainingResult.StopReason.NON_FINITE) {
      throw new IllegalStateException("training diverged: " + result.message());
    }
    DailyLoadModel untuned = new DailyLoadModel(new Cinn(flow, space, cNorm, config.threads()), config,
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, result);
    double q = 1 - config.falseAlarmRate();
    double dayT = Quantile.of(untuned.dayScores(xVal, cVal), q);
    double hourT = Quantile.of(untuned.hourScores(xVal, cVal, seed.stream("threshold")), q);
    return new DailyLoadModel(untuned.cinn, config, dayT, hourT, result);
  }

  /** @return the day NLL per day of {@code s} */
  public double[] dayScores(LoadSeries s) {
    return dayScores(DayFeatures.loads(s), DayFeatures.conditions(s));
  }

  /** @return the conditional deviation s_h per hour of {@code s} (length 24 × days) */
  public double[] hourScores(LoadSeries s, Rng rng) {
    return hourScores(DayFeatures.loads(s), DayFeatures.conditions(s), rng);
  }

  /** @return μ̂_h(c), the model's conditional mean load per hour of {@code s} */
  public double[] expectedLoad(LoadSeries s, Rng rng) {
    double[][] ms = moments(DayFeatures.conditions(s), rng);
    return ms[0];
  }

  /** @return the day NLL per row of x [n, 24] given c [n, conditionDimension()] */
  public double[] dayScores(Matrix x, Matrix c) {
    NonFiniteException.check(x, "loads to score");
    double[] lp = cinn.logDensity(x, c);
    for (int i = 0; i < lp.length; i++) {
      lp[i] = -lp[i];
    }
    return lp;
  }

  /** @return s_h per hour of the rows of x [n, 24] given c, length 24·n */
  public double[] hourScores(Matrix x, Matrix c, Rng rng) {
    NonFiniteException.check(x, "loads to score");
    double[][] ms = moments(c, rng);
    int h = LoadSeries.HOURS;
    double[] out = new double[x.rows() * h];
    for (int d = 0; d < x.rows(); d++) {
      for (int j = 0; j < h; j++) {
        int t = d * h + j;
        out[t] = Math.abs(x.get(d, j) - ms[0][t]) / ms[1][t];
      }
    }
    return out;
  }

  /** @return {mean, std} of each hour of each day over {@code config.samples()} conditional samples */
  private double[][] moments(Matrix c, Rng rng) {
    int days = c.rows();
    int s = config.samples();
    int h = LoadSeries.HOURS;
    Matrix rep = Matrix.zeros(Precision.FLOAT64, days * s, c.cols());
    for (int d = 0; d < days; d++) {
      for (int k = 0; k < s; k++) {
        rep.copyRows(c, d, d * s + k, 1);
      }
    }
    Matrix draws = cinn.sampleEach(rep, rng);
    double[] mean = new double[days * h];
    double[] std = new double[days * h];
    for (int d = 0; d < days; d++) {
      for (int j = 0; j < h; j++) {
        double sum = 0;
        double sq = 0;
        for (int k = 0; k < s; k++) {
          double v = draws.get(d * s + k, j);
          sum += v;
          sq += v * v;
        }
        double m = sum / s;
        mean[d * h + j] = m;
        std[d * h + j] = Math.sqrt(Math.max(1e-12, (sq - s * m * m) / (s - 1)));
      }
    }
    return new double[][] {mean, std};
  }

  private static Matrix rows(Matrix m, int[] order, int from, int count) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, count, m.cols());
    for (int i = 0; i < count; i++) {
      out.copyRows(m, order[from + i], i, 1);
    }
    return out;
  }

  /** @return the day-score threshold (the (1 − α)-quantile of held-out normal days) */
  public double dayThreshold() {
    return dayThreshold;
  }

  /** @return the hour-score threshold (the (1 − α)-quantile of the hours of held-out normal days) */
  public double hourThreshold() {
    return hourThreshold;
  }

  /** @return how the training went, or null for a model read from a file */
  public TrainingResult training() {
    return training;
  }

  /** @return the settings it was trained with */
  public DailyLoadModelConfig config() {
    return config;
  }

  /** @return the flow and its standardisations */
  public Cinn cinn() {
    return cinn;
  }

  @Override
  public void close() {
    cinn.close();
  }
}
