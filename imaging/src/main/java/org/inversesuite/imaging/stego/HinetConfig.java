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
 * @param lostPredictor hidden widths of a plain 3x3 convolutional net ĝ that predicts the lost
 *     information from the stego bands, so that reveal feeds z = ĝ(W stego) instead of z = 0 (an
 *     auxiliary model generating the lost information, as in the INN steganography frameworks
 *     that restore it from the stego image; not in HiNet); empty (also when absent, in configs and
 *     model files written before the field existed): no predictor, z = 0
 */
public record HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation,
    @JsonSetter(nulls = Nulls.AS_EMPTY) ConvNetKind subnetKind,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Integer> lostPredictor) {
  /** Validates the fields. */
  public HinetConfig {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks must be >= 1, got " + blocks);
    }
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    subnetKind = subnetKind == null ? ConvNetKind.PLAIN : subnetKind;
    lostPredictor = lostPredictor == null ? List.of() : List.copyOf(lostPredictor);
    if (!(clamp > 0) || !Double.isFinite(clamp)) {
      throw new IllegalArgumentException("clamp must be positive and finite, got " + clamp);
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is required (HiNet uses LEAKY_RELU)");
    }
    new ConvNetConfig(hiddenChannels, 3, activation, subnetKind);
    if (!lostPredictor.isEmpty()) {
      new ConvNetConfig(lostPredictor, 3, activation, ConvNetKind.PLAIN);
    }
  }

  /** A network without a lost-information predictor. */
  public HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation,
      ConvNetKind subnetKind) {
    this(blocks, hiddenChannels, clamp, activation, subnetKind, List.of());
  }

  /** A network with plain ({@link ConvNetKind#PLAIN}) subnets. */
  public HinetConfig(int blocks, List<Integer> hiddenChannels, double clamp, Activation activation) {
    this(blocks, hiddenChannels, clamp, activation, ConvNetKind.PLAIN, List.of());
  }

  /** @return the subnet configuration of every coupling */
  public ConvNetConfig subnet() {
    return new ConvNetConfig(hiddenChannels, 3, activation, subnetKind);
  }

  /** @return the plain 3x3 net ĝ of {@link #lostPredictor} (which must not be empty) */
  public ConvNetConfig lostPredictorNet() {
    return new ConvNetConfig(lostPredictor, 3, activation, ConvNetKind.PLAIN);
  }

  /** @return true if reveal predicts z from the stego ({@link #lostPredictor} not empty) */
  public boolean predictsLost() {
    return !lostPredictor.isEmpty();
  }
}
