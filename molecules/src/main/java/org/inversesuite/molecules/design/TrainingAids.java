package org.inversesuite.molecules.design;

import java.util.Objects;

/**
 * What is added to plain maximum likelihood on canonical SELFIES. Pure data.
 *
 * @param contrast the condition-contrast term ({@link ConditionContrastObjective}); {@link ContrastConfig#NONE} for none
 * @param randomOrders random atom orders tried per training molecule ({@link RandomisedSelfies}); 0 for canonical strings only
 * @param cycle the logP cycle term on designs ({@link LogPCycle}); {@link LogPCycle#NONE} for none (quantile encodings only)
 * @param balance re-weighting of rare logP values in the batches ({@link LogPBalance}); {@link LogPBalance#NONE} for none
 * @param conditionNoise σ_c of the Gaussian noise on the training batches' logP condition ({@link NoisyCondition}); 0 for none
 */
public record TrainingAids(ContrastConfig contrast, int randomOrders, LogPCycle cycle, LogPBalance balance, double conditionNoise) {
  /** Plain maximum likelihood on the canonical strings. */
  public static final TrainingAids NONE = new TrainingAids(ContrastConfig.NONE, 0, LogPCycle.NONE, LogPBalance.NONE, 0);

  /** Without condition noise. */
  public TrainingAids(ContrastConfig contrast, int randomOrders, LogPCycle cycle, LogPBalance balance) {
    this(contrast, randomOrders, cycle, balance, 0);
  }

  /** Without re-weighting. */
  public TrainingAids(ContrastConfig contrast, int randomOrders, LogPCycle cycle) {
    this(contrast, randomOrders, cycle, LogPBalance.NONE);
  }

  /** Validates the values. */
  public TrainingAids {
    Objects.requireNonNull(contrast, "contrast");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(balance, "balance");
    if (randomOrders < 0) {
      throw new IllegalArgumentException("randomOrders must be >= 0, got " + randomOrders);
    }
    if (!(conditionNoise >= 0 && Double.isFinite(conditionNoise))) {
      throw new IllegalArgumentException("conditionNoise must be a finite number >= 0, got " + conditionNoise);
    }
  }

  /** @return true when training differs from plain maximum likelihood on the canonical strings */
  public boolean anyLossTerm() {
    return contrast.active() || cycle.active();
  }
}
