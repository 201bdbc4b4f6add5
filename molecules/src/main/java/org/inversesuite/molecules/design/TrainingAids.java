package org.inversesuite.molecules.design;

import java.util.Objects;

/**
 * What is added to plain maximum likelihood on canonical SELFIES. Pure data.
 *
 * @param contrast the condition-contrast term ({@link ConditionContrastObjective}); {@link ContrastConfig#NONE} for none
 * @param randomOrders random atom orders tried per training molecule ({@link RandomisedSelfies}); 0 for canonical strings only
 */
public record TrainingAids(ContrastConfig contrast, int randomOrders) {
  /** Plain maximum likelihood on the canonical strings. */
  public static final TrainingAids NONE = new TrainingAids(ContrastConfig.NONE, 0);

  /** Validates the values. */
  public TrainingAids {
    Objects.requireNonNull(contrast, "contrast");
    if (randomOrders < 0) {
      throw new IllegalArgumentException("randomOrders must be >= 0, got " + randomOrders);
    }
  }
}
