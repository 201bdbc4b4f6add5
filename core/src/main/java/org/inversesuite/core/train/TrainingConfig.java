package org.inversesuite.core.train;

/**
 * The training recipe: maximum likelihood with AdamW, gradient clipping, a learning-rate
 * schedule with linear warm-up, validation and early stopping. Pure data; one {@code seed}
 * fixes every random stream of a run (initial weights, permutations, data, shuffling).
 *
 * @param iterations optimiser steps T
 * @param batchSize rows per step
 * @param learningRate base rate η₀
 * @param schedule η(t) = η₀ · schedule.factor(t, T) (times the warm-up ramp)
 * @param warmupIterations the rate rises linearly over the first W steps: factor (t+1)/W; 0: none
 * @param beta1 Adam β₁
 * @param beta2 Adam β₂
 * @param epsilon Adam ε
 * @param weightDecay decoupled weight decay λ (0: plain Adam)
 * @param clipNorm maximum global L2 norm of the gradient (0: no clipping)
 * @param validationSize rows held out for validation (0: no validation)
 * @param validationInterval steps between validations
 * @param earlyStoppingPatience validations without improvement before stopping (0: never stop early)
 * @param threads threads that split each batch
 * @param seed the seed of every random stream
 */
public record TrainingConfig(int iterations, int batchSize, double learningRate, LearningRateSchedule schedule,
    int warmupIterations, double beta1, double beta2, double epsilon, double weightDecay, double clipNorm,
    int validationSize, int validationInterval, int earlyStoppingPatience, int threads, long seed) {

  /** Validates every value; messages name the field and the value. */
  public TrainingConfig {
    require(iterations >= 1, "iterations must be >= 1, got " + iterations);
    require(batchSize >= 2, "batchSize must be >= 2, got " + batchSize);
    require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be positive, got " + learningRate);
    require(schedule != null, "schedule is required");
    require(warmupIterations >= 0, "warmupIterations must be >= 0, got " + warmupIterations);
    require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1), got " + beta1);
    require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1), got " + beta2);
    require(epsilon > 0, "epsilon must be > 0, got " + epsilon);
    require(weightDecay >= 0, "weightDecay must be >= 0, got " + weightDecay);
    require(clipNorm >= 0, "clipNorm must be >= 0 (0 disables clipping), got " + clipNorm);
    require(validationSize >= 0, "validationSize must be >= 0, got " + validationSize);
    require(validationInterval >= 1, "validationInterval must be >= 1, got " + validationInterval);
    require(earlyStoppingPatience >= 0, "earlyStoppingPatience must be >= 0, got " + earlyStoppingPatience);
    require(threads >= 1, "threads must be >= 1, got " + threads);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * @return the inverse-kinematics reference recipe: 12,000 steps of 512, Adam 1e-3 with cosine
   *     decay to 0, no weight decay, no clipping, 2 threads, seed 1234
   */
  public static TrainingConfig defaults() {
    return new TrainingConfig(12_000, 512, 1e-3, new LearningRateSchedule.Cosine(0), 0, 0.9, 0.999, 1e-8, 0, 0,
        10_000, 600, 0, 2, 1234);
  }

  /** @return the learning rate before step t */
  public double learningRate(int t) {
    double warm = warmupIterations == 0 ? 1 : Math.min(1.0, (t + 1.0) / warmupIterations);
    return learningRate * schedule.factor(t, iterations) * warm;
  }

  /** @return a copy with another number of iterations */
  public TrainingConfig withIterations(int n) {
    return new TrainingConfig(n, batchSize, learningRate, schedule, warmupIterations, beta1, beta2, epsilon, weightDecay,
        clipNorm, validationSize, validationInterval, earlyStoppingPatience, threads, seed);
  }

  /** @return a copy with another seed */
  public TrainingConfig withSeed(long s) {
    return new TrainingConfig(iterations, batchSize, learningRate, schedule, warmupIterations, beta1, beta2, epsilon,
        weightDecay, clipNorm, validationSize, validationInterval, earlyStoppingPatience, threads, s);
  }

  /** @return a copy with other validation settings */
  public TrainingConfig withValidation(int size, int interval, int patience) {
    return new TrainingConfig(iterations, batchSize, learningRate, schedule, warmupIterations, beta1, beta2, epsilon,
        weightDecay, clipNorm, size, interval, patience, threads, seed);
  }

  /** @return a copy with another number of threads */
  public TrainingConfig withThreads(int t) {
    return new TrainingConfig(iterations, batchSize, learningRate, schedule, warmupIterations, beta1, beta2, epsilon,
        weightDecay, clipNorm, validationSize, validationInterval, earlyStoppingPatience, t, seed);
  }

  /** @return a copy with other optimiser regularisation */
  public TrainingConfig withRegularisation(double decay, double clip, int warmup) {
    return new TrainingConfig(iterations, batchSize, learningRate, schedule, warmup, beta1, beta2, epsilon, decay, clip,
        validationSize, validationInterval, earlyStoppingPatience, threads, seed);
  }

  /** @return a copy with another rate and schedule */
  public TrainingConfig withLearningRate(double lr, LearningRateSchedule s) {
    return new TrainingConfig(iterations, batchSize, lr, s, warmupIterations, beta1, beta2, epsilon, weightDecay,
        clipNorm, validationSize, validationInterval, earlyStoppingPatience, threads, seed);
  }

  /** @return a copy with another batch size */
  public TrainingConfig withBatchSize(int b) {
    return new TrainingConfig(iterations, b, learningRate, schedule, warmupIterations, beta1, beta2, epsilon, weightDecay,
        clipNorm, validationSize, validationInterval, earlyStoppingPatience, threads, seed);
  }
}
