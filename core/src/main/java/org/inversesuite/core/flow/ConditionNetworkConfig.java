package org.inversesuite.core.flow;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;

/**
 * The optional feature extractor h(y) trained jointly with the flow (Ardizzone et al. 2019,
 * "Guided image generation with conditional invertible neural networks", arXiv:1907.02392):
 * every coupling subnet then sees {@code c = h(y)} instead of the raw observation.
 *
 * @param features width of c; 0 means no network, the (normalised) observation is fed directly
 * @param mlp hidden layers of h
 */
public record ConditionNetworkConfig(int features, MlpConfig mlp) {
  /** Validates the values. */
  public ConditionNetworkConfig {
    if (features < 0) {
      throw new IllegalArgumentException("features must be >= 0, got " + features);
    }
    if (mlp == null) {
      throw new IllegalArgumentException("mlp is required (use MlpConfig.of(0, 0, ...) for none)");
    }
  }

  /** @return no condition network: the observation is the condition */
  public static ConditionNetworkConfig none() {
    return new ConditionNetworkConfig(0, MlpConfig.of(1, 0, Activation.RELU));
  }

  /** @return true if a network is configured */
  public boolean enabled() {
    return features > 0;
  }
}
