package org.inversesuite.core.baseline;

/**
 * The training recipe shared by the neural baselines (mixture density network, conditional VAE,
 * forward network of iterative inversion): {@code steps} Adam updates on fresh simulated batches
 * of {@code batchSize}, learning rate η_t = η (1 + cos(π t / steps)) / 2 (cosine decay), MLPs of
 * {@code depth} hidden ReLU layers of {@code width} units. Pure data; validated here.
 *
 * @param steps optimiser steps, ≥ 1
 * @param batchSize samples per step, ≥ 1
 * @param learningRate initial η, finite and &gt; 0
 * @param width hidden units per layer, ≥ 1
 * @param depth hidden layers, ≥ 1
 * @param seed root of every random stream of the training
 */
public record NetworkRecipe(int steps, int batchSize, double learningRate, int width, int depth, long seed) {
  /** Validates every field. */
  public NetworkRecipe {
    if (steps < 1 || batchSize < 1 || width < 1 || depth < 1) {
      throw new IllegalArgumentException("steps, batchSize, width and depth must be >= 1, got " + steps + ", "
          + batchSize + ", " + width + ", " + depth);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
    }
  }

  /** @return 4000 steps of 256, η = 1e-3, 3 hidden layers of 128 */
  public static NetworkRecipe defaults() {
    return new NetworkRecipe(4000, 256, 1e-3, 128, 3, 1);
  }

  /** @return a copy with another step count */
  public NetworkRecipe withSteps(int s) {
    return new NetworkRecipe(s, batchSize, learningRate, width, depth, seed);
  }

  /** @return a copy with another batch size */
  public NetworkRecipe withBatchSize(int b) {
    return new NetworkRecipe(steps, b, learningRate, width, depth, seed);
  }

  /** @return a copy with another seed */
  public NetworkRecipe withSeed(long s) {
    return new NetworkRecipe(steps, batchSize, learningRate, width, depth, s);
  }

  /** @return a copy with other hidden layers */
  public NetworkRecipe withLayers(int w, int d) {
    return new NetworkRecipe(steps, batchSize, learningRate, w, d, seed);
  }

  /** @return a copy with another learning rate */
  public NetworkRecipe withLearningRate(double lr) {
    return new NetworkRecipe(steps, batchSize, lr, width, depth, seed);
  }

  /** @return η at step t (0-based) */
  public double learningRate(int t) {
    return learningRate * 0.5 * (1 + Math.cos(Math.PI * t / steps));
  }
}
