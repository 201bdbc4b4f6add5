package org.inversesuite.imaging.denoise;

import java.util.List;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;

/**
 * The architecture of an {@link InvdnNetwork}.
 *
 * @param couplings number of affine coupling blocks after the Haar downsampling
 * @param hiddenChannels hidden widths of each coupling's 3x3 convolutional subnet
 * @param clamp α of the coupling's soft clamp s = α(2σ(ŝ) − 1) (InvDN's form)
 */
public record InvdnNetworkConfig(int couplings, List<Integer> hiddenChannels, double clamp) {
  /** Validates the fields. */
  public InvdnNetworkConfig {
    if (couplings < 1) {
      throw new IllegalArgumentException("couplings must be >= 1, got " + couplings);
    }
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    if (!(clamp > 0)) {
      throw new IllegalArgumentException("clamp must be positive, got " + clamp);
    }
    subnet(hiddenChannels);
  }

  static ConvNetConfig subnet(List<Integer> hidden) {
    return new ConvNetConfig(hidden, 3, Activation.LEAKY_RELU);
  }

  /** @return the subnet configuration of every coupling */
  public ConvNetConfig subnet() {
    return subnet(hiddenChannels);
  }
}
