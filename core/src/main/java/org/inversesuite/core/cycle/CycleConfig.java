package org.inversesuite.core.cycle;

import org.inversesuite.core.block.MafConfig;

/**
 * The architecture and loss weights of a cycle-trained autoregressive flow.
 *
 * @param layers number of [MAF layer, random permutation] pairs, ≥ 1
 * @param layer the MAF layer (MADE widths, scale clamp)
 * @param cycleWeight λ of the cycle term, ≥ 0 (0: plain maximum likelihood, the ablation)
 * @param cycleRows rows of each batch that also get a cycle sample x̂ = f⁻¹(z; y), ≥ 1
 * @param differenceStep h of the central differences of the forward model, in standardised units, &gt; 0
 */
public record CycleConfig(int layers, MafConfig layer, double cycleWeight, int cycleRows, double differenceStep) {
  /** Validates the values; messages name the field. */
  public CycleConfig {
    if (layers < 1) {
      throw new IllegalArgumentException("layers must be >= 1, got " + layers);
    }
    if (layer == null) {
      throw new IllegalArgumentException("layer is required");
    }
    if (!(cycleWeight >= 0) || Double.isInfinite(cycleWeight)) {
      throw new IllegalArgumentException("cycleWeight must be finite and >= 0, got " + cycleWeight);
    }
    if (cycleRows < 1) {
      throw new IllegalArgumentException("cycleRows must be >= 1, got " + cycleRows);
    }
    if (!(differenceStep > 0) || Double.isInfinite(differenceStep)) {
      throw new IllegalArgumentException("differenceStep must be finite and > 0, got " + differenceStep);
    }
  }

  /** @return 6 MAF layers (MADE 2 × 128 ReLU, ATAN clamp 2), λ = 10, 64 cycle rows, h = 1e-4 */
  public static CycleConfig defaults() {
    return new CycleConfig(6, MafConfig.defaults(), 10.0, 64, 1e-4);
  }

  /** @return a copy with another cycle weight (0 gives the same flow trained without the cycle term) */
  public CycleConfig withCycleWeight(double weight) {
    return new CycleConfig(layers, layer, weight, cycleRows, differenceStep);
  }
}
