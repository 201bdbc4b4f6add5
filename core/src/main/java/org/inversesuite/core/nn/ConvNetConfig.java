package org.inversesuite.core.nn;

import java.util.List;

/**
 * Configuration of a {@link ConvNet}: same-padded convolutions with an activation between them.
 *
 * @param hiddenChannels channels of each hidden layer, in order (at least one)
 * @param kernel odd kernel size of every layer
 * @param activation activation after every hidden layer
 */
public record ConvNetConfig(List<Integer> hiddenChannels, int kernel, Activation activation) {
  /** Validates widths, kernel and activation. */
  public ConvNetConfig {
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    if (hiddenChannels.isEmpty() || hiddenChannels.stream().anyMatch(w -> w < 1)) {
      throw new IllegalArgumentException("hiddenChannels must list at least one positive width, got " + hiddenChannels);
    }
    if (kernel < 1 || kernel % 2 == 0) {
      throw new IllegalArgumentException("kernel must be odd and positive, got " + kernel);
    }
    if (activation == null || activation == Activation.IDENTITY) {
      throw new IllegalArgumentException("activation must be a non-linear activation, got " + activation);
    }
  }
}
