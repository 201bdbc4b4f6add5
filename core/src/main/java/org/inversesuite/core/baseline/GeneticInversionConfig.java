package org.inversesuite.core.baseline;

/**
 * Settings of {@link GeneticInversion}.
 *
 * @param generations G ≥ 1
 * @param tolerance τ &gt; 0: residuals below τ·σ_y count as solved (σ_y the prior-predictive std per component)
 * @param mutationScale σ_m &gt; 0 at the first generation, in prior standard deviations; decays linearly to 1% of it
 * @param neighbours k ≥ 1 random members each spread is measured against
 */
public record GeneticInversionConfig(int generations, double tolerance, double mutationScale, int neighbours) {
  /** Validates every field. */
  public GeneticInversionConfig {
    if (generations < 1 || neighbours < 1 || !(tolerance > 0) || !(mutationScale > 0)
        || !Double.isFinite(tolerance) || !Double.isFinite(mutationScale)) {
      throw new IllegalArgumentException("need generations >= 1, neighbours >= 1, finite tolerance > 0 and "
          + "mutationScale > 0; got " + generations + ", " + neighbours + ", " + tolerance + ", " + mutationScale);
    }
  }

  /** @return 60 generations, τ = 0.02, σ_m = 0.3, 10 neighbours */
  public static GeneticInversionConfig defaults() {
    return new GeneticInversionConfig(60, 0.02, 0.3, 10);
  }
}
