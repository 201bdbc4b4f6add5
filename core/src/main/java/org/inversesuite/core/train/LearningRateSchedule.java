package org.inversesuite.core.train;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The learning rate as a function of the iteration: {@code lr(t) = lr₀ · factor(t, T)}, set
 * before step t of T. Linear warm-up is applied on top by {@link TrainingConfig#warmupIterations()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LearningRateSchedule.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = LearningRateSchedule.Cosine.class, name = "cosine"),
    @JsonSubTypes.Type(value = LearningRateSchedule.Step.class, name = "step"),
    @JsonSubTypes.Type(value = LearningRateSchedule.Exponential.class, name = "exponential")
})
public sealed interface LearningRateSchedule {
  /** @return the factor multiplying the base rate at iteration t of total T */
  double factor(int t, int total);

  /** {@code factor = 1}. */
  record Constant() implements LearningRateSchedule {
    @Override
    public double factor(int t, int total) {
      return 1;
    }
  }

  /**
   * Cosine decay (Loshchilov and Hutter 2017, SGDR):
   * {@code factor = m + (1 − m)·½(1 + cos(π t / T))}, from 1 at t = 0 to m at t = T.
   *
   * @param minFactor m, the final factor in [0, 1]
   */
  record Cosine(double minFactor) implements LearningRateSchedule {
    /** Validates m. */
    public Cosine {
      if (!(minFactor >= 0 && minFactor <= 1)) {
        throw new IllegalArgumentException("cosine minFactor must be in [0, 1], got " + minFactor);
      }
    }

    @Override
    public double factor(int t, int total) {
      return minFactor + (1 - minFactor) * 0.5 * (1 + Math.cos(Math.PI * t / total));
    }
  }

  /**
   * Step decay: {@code factor = γ^⌊t / every⌋}.
   *
   * @param every iterations between drops, >= 1
   * @param gamma γ in (0, 1]
   */
  record Step(int every, double gamma) implements LearningRateSchedule {
    /** Validates the values. */
    public Step {
      if (every < 1 || !(gamma > 0 && gamma <= 1)) {
        throw new IllegalArgumentException("step schedule needs every >= 1 and gamma in (0, 1], got every " + every
            + ", gamma " + gamma);
      }
    }

    @Override
    public double factor(int t, int total) {
      return Math.pow(gamma, t / every);
    }
  }

  /**
   * Exponential decay per iteration: {@code factor = γ^t}.
   *
   * @param gamma γ in (0, 1]
   */
  record Exponential(double gamma) implements LearningRateSchedule {
    /** Validates γ. */
    public Exponential {
      if (!(gamma > 0 && gamma <= 1)) {
        throw new IllegalArgumentException("exponential gamma must be in (0, 1], got " + gamma);
      }
    }

    @Override
    public double factor(int t, int total) {
      return Math.pow(gamma, t);
    }
  }
}
