package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.ConvNetKind;

/**
 * The architecture of a {@link HinetNetwork}.
 *
 * @param blocks number of HiNet couplings (HiNet: 16)
 * @param hiddenChannels hidden widths of the 3x3 convolutional subnets φ and (ρ, η) of every coupling
 * @param clamp α of the soft clamp s = α(2σ(ρ̂) − 1) (HiNet: 2)
 * @param activation of the subnets' hidden layers (HiNet: LEAKY_RELU)
 * @param subnetKind PLAIN (a chain of convolutions) or DENSE (HiNet's densely connected subnet,
 *     hiddenChannels then being the growth of each dense layer); absent in configs and model files
 *     written before the field existed: read as PLAIN
 */
public record HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation,
    @JsonSetter(nulls = Nulls.AS_EMPTY) ConvNetKind subnetKind) {
  /** Validates the fields. */
  public HinetConfig {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks must be >= 1, got " + blocks);
    }
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    subnetKind = subnetKind == null ? ConvNetKind.PLAIN : subnetKind;
    if (!(clamp > 0) || !Double.isFinite(clamp)) {
      throw new IllegalArgumentException("clamp must be positive and finite, got " + clamp);
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is required (HiNet uses LEAKY_RELU)");
    }
    new ConvNetConfig(hiddenChannels, 3, activation, subnetKind);
  }

  /** A network with plain ({@link ConvNetKind#PLAIN}) subnets. */
  public HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation) {
    this(blocks, hiddenChannels, clamp, activation, ConvNetKind.PLAIN);
  }

  /** @return the subnet configuration of every coupling */
  public ConvNetConfig subnet() {
    return new ConvNetConfig(hiddenChannels, 3, activation, subnetKind);
  }
}
