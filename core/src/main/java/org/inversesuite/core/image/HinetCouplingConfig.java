package org.inversesuite.core.image;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.ImageBlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link HinetCouplingBlock}.
 *
 * @param shape the image (C, H, W)
 * @param firstChannels C₁: channels [0, C₁) are x₁ (HiNet's host branch), [C₁, C) are x₂
 * @param subnet the convolutional subnets φ and (ρ, η)
 * @param clampActivation g of the soft clamp s = α·g(ρ̂) (HiNet: SIGMOID, s = α(2σ(ρ̂) − 1))
 * @param clamp α of the clamp (HiNet: 2)
 */
public record HinetCouplingConfig(ImageShape shape, int firstChannels, ConvNetConfig subnet,
    ClampActivation clampActivation, double clamp) implements ImageBlockConfig {
  /** Validates every field, naming it. */
  public HinetCouplingConfig {
    if (shape == null || subnet == null || clampActivation == null) {
      throw new IllegalArgumentException("hinet-coupling needs shape, subnet and clampActivation");
    }
    if (firstChannels < 1 || firstChannels >= shape.channels()) {
      throw new IllegalArgumentException("firstChannels must be in [1, " + shape.channels() + "), got " + firstChannels);
    }
    if (!(clamp > 0) || !Double.isFinite(clamp)) {
      throw new IllegalArgumentException("clamp must be positive and finite, got " + clamp);
    }
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    shape.requireSize(dimension, "hinet-coupling '" + name + "'");
    ImageBlocks.requireUnconditional(conditionDimension, name);
    return new HinetCouplingBlock(parameters, name, this);
  }
}
