package org.inversesuite.core.image;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.ImageBlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link PixelwiseBlock}: e.g. {@code {"type":"pixelwise","shape":{...},
 * "inner":{"type":"lu-linear","pivot":[],"signs":[]}}} is Glow's invertible 1x1 convolution and
 * {@code "inner":{"type":"actnorm"}} its per-channel ActNorm.
 *
 * @param shape the image (C, H, W)
 * @param inner the block applied to each pixel's C channels (unconditional)
 */
public record PixelwiseConfig(ImageShape shape, BlockConfig inner) implements ImageBlockConfig {
  /** Validates that both fields are given. */
  public PixelwiseConfig {
    if (shape == null || inner == null) {
      throw new IllegalArgumentException("pixelwise block needs a shape and an inner block, got " + shape + ", " + inner);
    }
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    shape.requireSize(dimension, "pixelwise block '" + name + "'");
    ImageBlocks.requireUnconditional(conditionDimension, name);
    return new PixelwiseBlock(shape, inner.build(parameters, name + ".pixel", shape.channels(), 0, structure));
  }
}
