package org.inversesuite.core.image;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.ImageBlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link ConvCouplingBlock}.
 *
 * @param shape the image (C, H, W)
 * @param mask CHANNEL or CHECKERBOARD
 * @param parity 0 or 1: which side of the mask passes through (alternate it between blocks)
 * @param splitChannels for CHANNEL masks, the k of "channels [0, k)"; 0 means C/2
 * @param subnet the convolutional subnet computing (ŝ, t)
 * @param clampActivation soft clamp of the log-scale
 * @param clamp α of the clamp
 */
public record ConvCouplingConfig(ImageShape shape, CouplingMask mask, int parity, int splitChannels, ConvNetConfig subnet,
    ClampActivation clampActivation, double clamp) implements ImageBlockConfig {
  /** Validates every field, naming it. */
  public ConvCouplingConfig {
    if (shape == null || mask == null || subnet == null || clampActivation == null) {
      throw new IllegalArgumentException("conv-coupling needs shape, mask, subnet and clampActivation");
    }
    if (parity != 0 && parity != 1) {
      throw new IllegalArgumentException("parity must be 0 or 1, got " + parity);
    }
    if (splitChannels < 0 || splitChannels >= shape.channels() && mask == CouplingMask.CHANNEL) {
      throw new IllegalArgumentException("splitChannels must be in [0, " + shape.channels() + "), got " + splitChannels);
    }
    if (mask == CouplingMask.CHANNEL && shape.channels() < 2) {
      throw new IllegalArgumentException("a channel mask needs at least 2 channels, got " + shape);
    }
    if (mask == CouplingMask.CHECKERBOARD && shape.pixels() < 2) {
      throw new IllegalArgumentException("a checkerboard mask needs at least 2 pixels, got " + shape);
    }
    if (!(clamp > 0) || !Double.isFinite(clamp)) {
      throw new IllegalArgumentException("clamp must be positive and finite, got " + clamp);
    }
  }

  /** @return k: splitChannels, or C/2 when it is 0 */
  int split() {
    return splitChannels == 0 ? shape.channels() / 2 : splitChannels;
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    shape.requireSize(dimension, "conv-coupling '" + name + "'");
    ImageBlocks.requireUnconditional(conditionDimension, name);
    return new ConvCouplingBlock(parameters, name, this);
  }
}
