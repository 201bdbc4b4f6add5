package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;

/**
 * Baseline 2: training molecules whose logP is near the target, drawn uniformly with
 * replacement from those within ±{@value GenerationMetrics#WITHIN}; when fewer than
 * {@value #MIN_POOL} qualify, from the {@value #MIN_POOL} nearest. It hits the target as well as
 * the data allows and is never novel: the bar for "the model is more than a lookup".
 */
public final class NearTargetBaseline {
  /** Smallest pool drawn from. */
  public static final int MIN_POOL = 20;
  private final List<Example> training;

  /** @param training the training molecules, at least one */
  public NearTargetBaseline(List<Example> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("the baseline needs training molecules");
    }
    this.training = List.copyOf(training);
  }

  /** @return the SELFIES of n training molecules near the target */
  public List<String> sample(double target, int n, Rng rng) {
    List<Example> pool = new ArrayList<>();
    for (Example e : training) {
      if (Math.abs(e.logP() - target) <= GenerationMetrics.WITHIN) {
        pool.add(e);
      }
    }
    if (pool.size() < MIN_POOL) {
      Example[] sorted = training.toArray(new Example[0]);
      Arrays.sort(sorted, Comparator.comparingDouble(e -> Math.abs(e.logP() - target)));
      pool = List.of(Arrays.copyOf(sorted, Math.min(MIN_POOL, sorted.length)));
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(String.join("", pool.get(rng.nextInt(pool.size())).selfies()));
    }
    return out;
  }
}
