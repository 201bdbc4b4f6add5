package org.inversesuite.anomaly.timeseries;

/**
 * How a {@link DailyLoadModel} is built and trained. Pure data; validated here.
 *
 * @param couplings [Glow affine coupling, random permutation] pairs
 * @param hiddenWidth width of the two hidden layers of each coupling subnet
 * @param iterations Adam steps (at most; early stopping may end sooner)
 * @param batchSize days per step
 * @param learningRate Adam rate, cosine decay
 * @param validationFraction share of the normal days held out for early stopping and thresholds
 * @param falseAlarmRate target share of normal hours (and days) flagged
 * @param samples cINN samples per day for the per-hour conditional mean and spread
 * @param threads threads for training and scoring
 * @param seed the one seed
 */
public record DailyLoadModelConfig(int couplings, int hiddenWidth, int iterations, int batchSize, double learningRate,
    double validationFraction, double falseAlarmRate, int samples, int threads, long seed) {
  /** Validates every value, naming it. */
  public DailyLoadModelConfig {
    require(couplings >= 1, "couplings must be >= 1, got " + couplings);
    require(hiddenWidth >= 1, "hiddenWidth must be >= 1, got " + hiddenWidth);
    require(iterations >= 1, "iterations must be >= 1, got " + iterations);
    require(batchSize >= 2, "batchSize must be >= 2, got " + batchSize);
    require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be positive, got " + learningRate);
    require(validationFraction > 0 && validationFraction < 1, "validationFraction must be in (0, 1), got "
        + validationFraction);
    require(falseAlarmRate > 0 && falseAlarmRate < 1, "falseAlarmRate must be in (0, 1), got " + falseAlarmRate);
    require(samples >= 2, "samples must be >= 2, got " + samples);
    require(threads >= 1, "threads must be >= 1, got " + threads);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * @return 4 couplings of width 64, at most 1500 steps of 64 days at 1e-3, 20% of the days
   *     held out, a 1% false-alarm rate, 200 samples per day, 2 threads, seed 1
   */
  public static DailyLoadModelConfig defaults() {
    return new DailyLoadModelConfig(4, 64, 1500, 64, 1e-3, 0.2, 0.01, 200, 2, 1);
  }

  /** @return these settings with another number of steps (null: keep) and seed */
  public DailyLoadModelConfig withRun(Integer steps, long newSeed) {
    return new DailyLoadModelConfig(couplings, hiddenWidth, steps == null ? iterations : steps, batchSize, learningRate,
        validationFraction, falseAlarmRate, samples, threads, newSeed);
  }
}
