package org.inversesuite.imaging.stego;

import java.util.List;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;

/**
 * The architecture of a {@link HinetNetwork}.
 *
 * @param blocks number of HiNet couplings (HiNet: 16)
 * @param hiddenChannels hidden widths of the 3x3 convolutional subnets φ and (ρ, η) of every coupling
 * @param clamp α of the soft clamp s = α(2σ(ρ̂) − 1) (HiNet: 2)
 * @param activation of the subnets' hidden layers (HiNet: LEAKY_RELU)
 */
public record HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation) {
  /** Validates the fields. */
  public HinetConfig {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks must be >= 1, got " + blocks);
    }
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    if (!(clamp > 0) || !Double.isFinite(clamp)) {
      throw new IllegalArgumentException("clamp must be positive and finite, got " + clamp);
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is required (HiNet uses LEAKY_RELU)");
    }
    new ConvNetConfig(hiddenChannels, 3, activation);
  }

  /** @return the subnet configuration of every coupling */
  public ConvNetConfig subnet() {
    return new ConvNetConfig(hiddenChannels, 3, activation);
  }
}
