package org.inversesuite.core.baseline;

/**
 * The recipe of an {@link EnsembleSampler} run.
 *
 * @param walkers ensemble size L; even, ≥ 2·(dimension + 1) is checked by the sampler
 * @param steps ensemble updates after burn-in that are kept
 * @param burnIn ensemble updates discarded at the start
 * @param stretch the scale a &gt; 1 of the stretch move, g(z) ∝ 1/√z on [1/a, a] (a = 2 in
 *     Goodman &amp; Weare 2010 and emcee)
 * @param threads threads that evaluate the proposals of one half-ensemble
 */
public record EnsembleConfig(int walkers, int steps, int burnIn, double stretch, int threads) {
  /** Validates the values. */
  public EnsembleConfig {
    if (walkers < 4 || walkers % 2 != 0) {
      throw new IllegalArgumentException("walkers must be even and >= 4, got " + walkers);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, got " + steps);
    }
    if (burnIn < 0) {
      throw new IllegalArgumentException("burnIn must be >= 0, got " + burnIn);
    }
    if (!(stretch > 1) || !Double.isFinite(stretch)) {
      throw new IllegalArgumentException("stretch must be a finite number > 1, got " + stretch);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /** @return 32 walkers, 2000 kept steps after 1000 burn-in, a = 2, one thread */
  public static EnsembleConfig defaults() {
    return new EnsembleConfig(32, 2000, 1000, 2.0, 1);
  }

  /** @return a copy with another number of walkers */
  public EnsembleConfig withWalkers(int w) {
    return new EnsembleConfig(w, steps, burnIn, stretch, threads);
  }

  /** @return a copy with other chain lengths */
  public EnsembleConfig withSteps(int kept, int burn) {
    return new EnsembleConfig(walkers, kept, burn, stretch, threads);
  }

  /** @return a copy with another thread count */
  public EnsembleConfig withThreads(int t) {
    return new EnsembleConfig(walkers, steps, burnIn, stretch, t);
  }
}
