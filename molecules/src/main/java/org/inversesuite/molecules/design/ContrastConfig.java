package org.inversesuite.molecules.design;

/**
 * The condition-contrast term added to the maximum-likelihood loss ({@link ConditionContrastObjective}).
 * Pure data.
 *
 * @param weight λ, the weight of the contrast term (0: plain maximum likelihood)
 * @param candidates K, conditions scored per molecule: the true one and K − 1 shifted ones
 * @param scale σ, the standard deviation of the shift of the logP column, in logP units
 */
public record ContrastConfig(double weight, int candidates, double scale) {
  /** Plain maximum likelihood. */
  public static final ContrastConfig NONE = new ContrastConfig(0, 1, 1);

  /** Validates the values; messages name the field. */
  public ContrastConfig {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("contrast weight must be a finite number >= 0, got " + weight);
    }
    if (candidates < 1 || (weight > 0 && candidates < 2)) {
      throw new IllegalArgumentException("contrast candidates must be >= 2 when the weight is positive, got " + candidates);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("contrast scale must be a positive logP difference, got " + scale);
    }
  }

  /** @return true when the term is used */
  public boolean active() {
    return weight > 0;
  }
}
