package org.inversesuite.anomaly.detector;

/**
 * How a {@link FlowDetector} is built and trained. Pure data; validated here.
 *
 * @param couplings number of [affine coupling, random permutation] pairs
 * @param hiddenWidth width of the two hidden layers of each coupling subnet
 * @param clamp α, the soft bound of the log-scales
 * @param iterations Adam steps (at most; early stopping may end sooner)
 * @param batchSize rows per step (capped at the number of training rows)
 * @param learningRate Adam rate, decayed by a cosine schedule
 * @param weightDecay decoupled weight decay
 * @param validationFraction share of the normal rows held out for early stopping and the threshold
 * @param falseAlarmRate target share of normal rows flagged: the threshold is the
 *     (1 − rate)-quantile of the held-out normal scores
 * @param patience validations without improvement before stopping (0: never)
 * @param dropConstantColumns drop features constant on the training rows instead of refusing them
 * @param whiteningRidge λ of the {@link Whitening} in front of the flow; 0: standardise only
 * @param trainingNoise σ of the Gaussian noise added to {@code NOISY_COPIES} copies of each
 *     (whitened) training row, a smoothing regulariser for small tables; 0: none
 * @param threads threads for training and scoring
 * @param seed the one seed (split, weights, permutations, shuffling)
 */
public record FlowDetectorConfig(int couplings, int hiddenWidth, double clamp, int iterations, int batchSize,
    double learningRate, double weightDecay, double validationFraction, double falseAlarmRate, int patience,
    boolean dropConstantColumns, double whiteningRidge, double trainingNoise, int threads, long seed) {
  /** Copies of each training row when {@code trainingNoise > 0}. */
  public static final int NOISY_COPIES = 16;

  /** Validates every value, naming it. */
  public FlowDetectorConfig {
    require(couplings >= 1, "couplings must be >= 1, got " + couplings);
    require(hiddenWidth >= 1, "hiddenWidth must be >= 1, got " + hiddenWidth);
    require(clamp > 0 && Double.isFinite(clamp), "clamp must be positive, got " + clamp);
    require(iterations >= 1, "iterations must be >= 1, got " + iterations);
    require(batchSize >= 2, "batchSize must be >= 2, got " + batchSize);
    require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be positive, got " + learningRate);
    require(weightDecay >= 0, "weightDecay must be >= 0, got " + weightDecay);
    require(validationFraction > 0 && validationFraction < 1, "validationFraction must be in (0, 1), got " + validationFraction);
    require(falseAlarmRate > 0 && falseAlarmRate < 1, "falseAlarmRate must be in (0, 1), got " + falseAlarmRate);
    require(patience >= 0, "patience must be >= 0, got " + patience);
    require(whiteningRidge >= 0 && Double.isFinite(whiteningRidge), "whiteningRidge must be >= 0, got " + whiteningRidge);
    require(trainingNoise >= 0 && Double.isFinite(trainingNoise), "trainingNoise must be >= 0, got " + trainingNoise);
    require(threads >= 1, "threads must be >= 1, got " + threads);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * @return the settings for small tables (hundreds of rows): 4 couplings of width 64, clamp 2,
   *     at most 1500 steps of 64 rows at 1e-3 with weight decay 1e-4, 20% held out, a 5% false-alarm
   *     rate, patience 6 validations, constant columns refused, whitening with ridge 0.1, 2 threads, seed 1
   */
  public static FlowDetectorConfig defaults() {
    return new FlowDetectorConfig(4, 64, 2.0, 1500, 64, 1e-3, 1e-4, 0.2, 0.05, 6, false, 0.1, 0.0, 2, 1);
  }

  /** @return a copy with another training noise σ (0: none) */
  public FlowDetectorConfig withTrainingNoise(double sigma) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, whiteningRidge, sigma, threads, seed);
  }

  /** @return a copy with another whitening ridge (0: standardise only) */
  public FlowDetectorConfig withWhiteningRidge(double ridge) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, ridge, trainingNoise, threads, seed);
  }

  /** @return a copy with another seed */
  public FlowDetectorConfig withSeed(long s) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, whiteningRidge, trainingNoise, threads, s);
  }

  /** @return a copy with another number of iterations */
  public FlowDetectorConfig withIterations(int n) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, n, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, whiteningRidge, trainingNoise, threads, seed);
  }

  /** @return a copy with another false-alarm rate */
  public FlowDetectorConfig withFalseAlarmRate(double rate) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, rate, patience, dropConstantColumns, whiteningRidge, trainingNoise, threads, seed);
  }

  /** @return a copy that drops (true) or refuses (false) constant columns */
  public FlowDetectorConfig withDropConstantColumns(boolean drop) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, drop, whiteningRidge, trainingNoise, threads, seed);
  }

  /** @return a copy with another number of threads */
  public FlowDetectorConfig withThreads(int t) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, whiteningRidge, trainingNoise, t, seed);
  }

  /** @return a copy with another architecture */
  public FlowDetectorConfig withArchitecture(int blocks, int width) {
    return new FlowDetectorConfig(blocks, width, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, falseAlarmRate, patience, dropConstantColumns, whiteningRidge, trainingNoise, threads, seed);
  }
}
