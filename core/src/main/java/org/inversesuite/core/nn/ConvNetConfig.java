package org.inversesuite.core.nn;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * Configuration of a convolutional subnet: same-padded convolutions with an activation between
 * them, chained ({@link ConvNet}) or densely connected ({@link DenseConvNet}).
 *
 * @param hiddenChannels channels of each hidden layer, in order (at least one); for a dense
 *     subnet, the growth g_l of each dense layer
 * @param kernel odd kernel size of every layer
 * @param activation activation after every hidden layer
 * @param kind PLAIN or DENSE (absent in configs and model files written before the dense subnet
 *     existed: read as PLAIN)
 */
public record ConvNetConfig(List<Integer> hiddenChannels, int kernel, Activation activation,
    @JsonSetter(nulls = Nulls.AS_EMPTY) ConvNetKind kind) {
  /** Validates widths, kernel and activation. */
  public ConvNetConfig {
    hiddenChannels = hiddenChannels == null ? List.of() : List.copyOf(hiddenChannels);
    kind = kind == null ? ConvNetKind.PLAIN : kind;
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

  /** A plain ({@link ConvNetKind#PLAIN}) subnet. */
  public ConvNetConfig(List<Integer> hiddenChannels, int kernel, Activation activation) {
    this(hiddenChannels, kernel, activation, ConvNetKind.PLAIN);
  }

  /**
   * @return the subnet this configuration describes, its weights allocated in {@code parameters}
   *     (arguments as for {@link ConvNet#ConvNet})
   */
  public ConvSubnet build(Parameters parameters, String name, int inChannels, int outChannels, int height, int width,
      OutputInit outputInit) {
    return kind == ConvNetKind.DENSE
        ? new DenseConvNet(parameters, name, inChannels, outChannels, height, width, this, outputInit)
        : new ConvNet(parameters, name, inChannels, outChannels, height, width, this, outputInit);
  }
}
