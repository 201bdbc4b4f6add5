package org.inversesuite.core.flow;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.nn.MlpConfig;

/**
 * The optional feature extractor h(y) trained jointly with the flow (Ardizzone et al. 2019,
 * "Guided image generation with conditional invertible neural networks", arXiv:1907.02392):
 * every coupling subnet then sees {@code c = h(y)} instead of the raw observation. With
 * {@code setSlots > 0}, y is a padded set and h is a {@link DeepSetEncoder}.
 *
 * @param features width of c; 0 means no network, the (normalised) observation is fed directly
 * @param mlp hidden layers of h (of φ and of ρ for a set)
 * @param setSlots 0 for a fixed-width y (h is an MLP); S &gt; 0 when y is a padded set of up to S
 *     elements ({@link DeepSetEncoder}'s layout; y then has S(elementWidth + 1) columns)
 * @param elementWidth features per set element (ignored when setSlots is 0)
 *     (both absent in configs written before sets existed: read as 0)
 * @param globalWidth G global features of a set after its slots, fed to ρ directly (0 for none;
 *     absent in older configs: read as 0)
 */
public record ConditionNetworkConfig(int features, MlpConfig mlp,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int setSlots, @JsonSetter(nulls = Nulls.AS_EMPTY) int elementWidth,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int globalWidth) {
  /** Validates the values. */
  public ConditionNetworkConfig {
    if (features < 0) {
      throw new IllegalArgumentException("features must be >= 0, got " + features);
    }
    if (mlp == null) {
      throw new IllegalArgumentException("mlp is required (use MlpConfig.of(0, 0, ...) for none)");
    }
    if (setSlots < 0 || elementWidth < 0 || globalWidth < 0) {
      throw new IllegalArgumentException("setSlots, elementWidth and globalWidth must be >= 0, got " + setSlots + ", "
          + elementWidth + ", " + globalWidth);
    }
    if (setSlots == 0 && globalWidth > 0) {
      throw new IllegalArgumentException("globalWidth " + globalWidth + " needs a set encoder (setSlots > 0)");
    }
    if (setSlots > 0 && (features == 0 || elementWidth == 0)) {
      throw new IllegalArgumentException("a set encoder (setSlots " + setSlots + ") needs features >= 1 and "
          + "elementWidth >= 1, got " + features + ", " + elementWidth);
    }
  }

  /** An MLP h(y) of fixed-width observations. */
  public ConditionNetworkConfig(int features, MlpConfig mlp) {
    this(features, mlp, 0, 0, 0);
  }

  /** @return no condition network: the observation is the condition */
  public static ConditionNetworkConfig none() {
    return new ConditionNetworkConfig(0, MlpConfig.of(1, 0, Activation.RELU));
  }

  /** @return a DeepSet h over padded sets of up to {@code slots} elements of {@code elementWidth} features */
  public static ConditionNetworkConfig set(int features, MlpConfig mlp, int slots, int elementWidth) {
    return new ConditionNetworkConfig(features, mlp, slots, elementWidth, 0);
  }

  /** @return a DeepSet h over padded sets followed by {@code globals} global features of the set */
  public static ConditionNetworkConfig set(int features, MlpConfig mlp, int slots, int elementWidth, int globals) {
    return new ConditionNetworkConfig(features, mlp, slots, elementWidth, globals);
  }

  /** @return true if a network is configured */
  public boolean enabled() {
    return features > 0;
  }

  /** @return true if y is a padded set */
  public boolean setEncoder() {
    return setSlots > 0;
  }
}
