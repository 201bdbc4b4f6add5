package org.inversesuite.cli.airfoil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Repeats a piece of work until the JIT compiler stops making it faster: rounds run in blocks of
 * {@link #BLOCK}; the block's median wall time m_k is compared with the best median before it,
 * b_{k−1} = min(m_0, …, m_{k−1}), and the work counts as compiled once {@link #PATIENCE} blocks in
 * a row fail to beat it by {@link #GAIN} (m_k &gt; GAIN · b_{k−1}), or after {@link #MAX_BLOCKS}
 * blocks. Medians, because a loaded machine adds single slow rounds that say nothing about
 * compilation. Used by {@code inverse airfoil compare}'s warm-up for the cINN's fixed cost per
 * design (pool draw and ordering): after a fixed 20 searches the draw was still 5–7x slower than
 * compiled (docs/airfoil.md, "Part 6 (session 15)").
 */
final class SteadyWarmup {
  /** Rounds per block. */
  static final int BLOCK = 10;
  /** Blocks in a row without a gain that end the warm-up. */
  static final int PATIENCE = 5;
  /** A block is a gain when its median is below this fraction of the best median before it. */
  static final double GAIN = 0.9;
  /** Blocks at most. */
  static final int MAX_BLOCKS = 100;

  private SteadyWarmup() {}

  /**
   * What a warm-up did.
   *
   * @param rounds rounds run
   * @param firstMedianMs median of the first block, ms
   * @param bestMedianMs best block median, ms
   * @param steady whether it ended by the rule (false: at {@link #MAX_BLOCKS})
   */
  record Outcome(int rounds, double firstMedianMs, double bestMedianMs, boolean steady) {}

  /** Runs {@code round.accept(r)} for r = 0, 1, … until the rule ends it. */
  static Outcome run(IntConsumer round) {
    return run(round, System::nanoTime);
  }

  /** The same with a given clock (nanoseconds). */
  static Outcome run(IntConsumer round, LongSupplier clock) {
    List<Double> medians = new ArrayList<>();
    double[] times = new double[BLOCK];
    int r = 0;
    while (medians.size() < MAX_BLOCKS) {
      for (int i = 0; i < BLOCK; i++, r++) {
        long start = clock.getAsLong();
        round.accept(r);
        times[i] = (clock.getAsLong() - start) * 1e-6;
      }
      medians.add(median(times));
      if (steady(medians)) {
        return new Outcome(r, medians.get(0), best(medians), true);
      }
    }
    return new Outcome(r, medians.get(0), best(medians), false);
  }

  /** Whether the last {@link #PATIENCE} block medians each failed to beat the best before them by {@link #GAIN}. */
  static boolean steady(List<Double> medians) {
    int n = medians.size();
    if (n <= PATIENCE) {
      return false;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < n - PATIENCE; k++) {
      best = Math.min(best, medians.get(k));
    }
    for (int k = n - PATIENCE; k < n; k++) {
      if (medians.get(k) < GAIN * best) {
        return false;
      }
      best = Math.min(best, medians.get(k));
    }
    return true;
  }

  private static double best(List<Double> medians) {
    return medians.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double median(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    return t.length % 2 == 1 ? t[t.length / 2] : 0.5 * (t[t.length / 2 - 1] + t[t.length / 2]);
  }
}
