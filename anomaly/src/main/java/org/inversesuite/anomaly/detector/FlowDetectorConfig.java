package org.inversesuite.anomaly.detector;

import java.util.List;

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
 * @param validationFraction with one member: share of the normal rows held out for early stopping and
 *     the threshold (with K ≥ 2 members each holds out its own fold, 1/K of the rows)
 * @param members K, the number of flows in the ensemble; K ≥ 2: K-fold cross-fitting, member k is
 *     trained on the rows outside fold k and early-stopped on fold k ({@link FlowDetectorTraining})
 * @param falseAlarmRate target share of normal rows flagged: the threshold is the
 *     (1 − rate)-quantile of the held-out normal scores
 * @param patience validations without improvement before stopping (0: never)
 * @param dropConstantColumns drop features constant on the training rows instead of refusing them
 * @param whiteningRidges the candidate ridges λ of the {@link Whitening} in front of the flows (at
 *     least one; a single 0: standardise only, no whitening); with several, the one whose whitened
 *     Gaussians give the normal rows the lowest cross-fitted (out-of-fold) NLL is kept, before any
 *     flow is trained ({@link RidgeSelection})
 * @param trainingNoise the candidate noise factors c (at least one; 0: no noise): the fresh Gaussian
 *     noise added to the whitened training rows of every batch ({@link NoisyRows}), a smoothing
 *     regulariser for small tables, has σ = c·h with h the normal-reference bandwidth of the
 *     member's n training rows in d dimensions, h = (4/(d + 2))^{1/(d+4)} n^{−1/(d+4)} (Silverman
 *     1986, eq. 4.14); the whole ensemble is trained once per candidate and the candidate with the
 *     lowest mean held-out (out-of-fold) NLL of the normal rows is kept
 * @param dequantize add fresh U(−½, ½) noise to the columns whose training values are all integers
 *     (counts, pixel intensities, one-hot codes) before whitening, and fit the whitening to the
 *     dequantised rows
 * @param threads threads for training and scoring
 * @param seed the one seed (split, weights, permutations, shuffling)
 */
public record FlowDetectorConfig(int couplings, int hiddenWidth, double clamp, int iterations, int batchSize,
    double learningRate, double weightDecay, double validationFraction, int members, double falseAlarmRate, int patience,
    boolean dropConstantColumns, List<Double> whiteningRidges, List<Double> trainingNoise, boolean dequantize, int threads, long seed) {
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
    require(members >= 1, "members must be >= 1, got " + members);
    require(falseAlarmRate > 0 && falseAlarmRate < 1, "falseAlarmRate must be in (0, 1), got " + falseAlarmRate);
    require(patience >= 0, "patience must be >= 0, got " + patience);
    require(whiteningRidges != null && !whiteningRidges.isEmpty(), "whiteningRidges needs at least one candidate");
    whiteningRidges = List.copyOf(whiteningRidges);
    for (double r : whiteningRidges) {
      require(r >= 0 && Double.isFinite(r), "whiteningRidges must be finite and >= 0, got " + whiteningRidges);
      require(r > 0 || whiteningRidges.size() == 1, "a ridge of 0 (no whitening) cannot be one of several candidates, got "
          + whiteningRidges);
    }
    require(trainingNoise != null && !trainingNoise.isEmpty(), "trainingNoise needs at least one candidate");
    trainingNoise = List.copyOf(trainingNoise);
    for (double c : trainingNoise) {
      require(c >= 0 && Double.isFinite(c), "trainingNoise candidates must be finite and >= 0, got " + trainingNoise);
    }
    require(threads >= 1, "threads must be >= 1, got " + threads);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * @return the settings for small tables (hundreds of rows): 2 couplings of width 16, clamp 2,
   *     at most 600 steps of 64 rows at 1e-3 with weight decay 1e-4, an ensemble of 5 cross-fitted
   *     members (each holds out a fifth of the rows), a 5% false-alarm rate, patience 6 validations,
   *     constant columns refused, whitening with the ridge λ ∈ {0.1, 0.3, 1} whose Gaussians give the
   *     lowest out-of-fold NLL, noise regularisation off (c = 0) or at the
   *     normal-reference bandwidth (c = 1), whichever gives the lower out-of-fold NLL, integer
   *     columns dequantised, 2 threads, seed 1
   */
  public static FlowDetectorConfig defaults() {
    return new FlowDetectorConfig(2, 16, 2.0, 600, 64, 1e-3, 1e-4, 0.2, 5, 0.05, 6, false, List.of(0.1, 0.3, 1.0), List.of(0.0, 1.0), true, 2, 1);
  }

  /** @return a copy with other candidate training noise factors c (0: none) */
  public FlowDetectorConfig withTrainingNoise(Double... candidates) {
    List<Double> sigma = List.of(candidates);
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, sigma, dequantize, threads, seed);
  }

  /** @return a copy with other candidate whitening ridges (a single 0: standardise only) */
  public FlowDetectorConfig withWhiteningRidges(Double... candidates) {
    List<Double> ridge = List.of(candidates);
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, ridge, trainingNoise, dequantize, threads, seed);
  }

  /** @return a copy with another number of ensemble members (1: one flow, {@code validationFraction} held out) */
  public FlowDetectorConfig withMembers(int k) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, k, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, threads, seed);
  }

  /** @return a copy that dequantises integer columns (true) or not */
  public FlowDetectorConfig withDequantize(boolean on) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, on,
        threads, seed);
  }

  /** @return a copy with another seed */
  public FlowDetectorConfig withSeed(long s) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, threads, s);
  }

  /** @return a copy with another number of iterations */
  public FlowDetectorConfig withIterations(int n) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, n, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, threads, seed);
  }

  /** @return a copy with another false-alarm rate */
  public FlowDetectorConfig withFalseAlarmRate(double rate) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, rate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, threads, seed);
  }

  /** @return a copy that drops (true) or refuses (false) constant columns */
  public FlowDetectorConfig withDropConstantColumns(boolean drop) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, drop, whiteningRidges, trainingNoise, dequantize, threads, seed);
  }

  /** @return a copy with another number of threads */
  public FlowDetectorConfig withThreads(int t) {
    return new FlowDetectorConfig(couplings, hiddenWidth, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, t, seed);
  }

  /** @return a copy with another architecture */
  public FlowDetectorConfig withArchitecture(int blocks, int width) {
    return new FlowDetectorConfig(blocks, width, clamp, iterations, batchSize, learningRate, weightDecay,
        validationFraction, members, falseAlarmRate, patience, dropConstantColumns, whiteningRidges, trainingNoise, dequantize, threads, seed);
  }
}
