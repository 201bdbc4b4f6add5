package org.inversesuite.core.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A seeded random stream, passed explicitly (there is no global seed).
 *
 * <p>One experiment seed fixes every stream: named child streams are derived with
 * {@link #stream(String)} from the seed and the name alone, so adding a new consumer does not
 * shift the numbers that existing consumers see. Backed by {@link SplittableRandom}
 * (SplitMix64), which is fast and reproducible across JVMs.
 */
public final class Rng {
  private final long seed;
  private final SplittableRandom random;

  /** @param seed the seed of this stream */
  public Rng(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** @return the seed this stream started from */
  public long seed() {
    return seed;
  }

  /**
   * @return an independent stream derived from this stream's seed and {@code name} only
   *     (not from how many numbers this stream has produced)
   */
  public Rng stream(String name) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h + b);
    }
    return new Rng(mix(h));
  }

  /** @return an independent stream numbered {@code index}, e.g. one per thread or partition */
  public Rng stream(long index) {
    return new Rng(mix(mix(seed ^ 0xD1B54A32D192ED03L) + index));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** @return uniform on [0, 1) */
  public double uniform() {
    return random.nextDouble();
  }

  /** @return uniform on [low, high) */
  public double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** @return standard normal */
  public double gaussian() {
    return random.nextGaussian();
  }

  /** @return uniform integer on [0, bound) */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** @return a uniformly random permutation of 0..n-1 (Fisher-Yates) */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
