package org.inversesuite.core.nn;

import java.util.List;

/**
 * Shape of a fully connected subnet: hidden widths and their activation. The output layer is
 * linear.
 *
 * @param hiddenWidths width of each hidden layer, in order (may be empty: one linear layer)
 * @param activation activation of every hidden layer
 */
public record MlpConfig(List<Integer> hiddenWidths, Activation activation) {
  /** Validates the widths. */
  public MlpConfig {
    if (hiddenWidths == null || activation == null) {
      throw new IllegalArgumentException("hiddenWidths and activation are required");
    }
    hiddenWidths = List.copyOf(hiddenWidths);
    for (int w : hiddenWidths) {
      if (w < 1) {
        throw new IllegalArgumentException("hidden widths must be >= 1, got " + hiddenWidths);
      }
    }
  }

  /** @return {@code depth} hidden layers of {@code width} units with ReLU */
  public static MlpConfig of(int width, int depth, Activation activation) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0, got " + depth);
    }
    return new MlpConfig(java.util.Collections.nCopies(depth, width), activation);
  }

  /** @return two hidden layers of 128 ReLU units, the subnet of the reference cINNs */
  public static MlpConfig defaults() {
    return of(128, 2, Activation.RELU);
  }
}
