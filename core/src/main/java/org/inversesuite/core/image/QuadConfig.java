package org.inversesuite.core.image;

import org.inversesuite.core.block.ImageBlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link QuadBlock}.
 *
 * @param shape the full-resolution image (C, H, W), H and W even
 * @param transform HAAR or SQUEEZE
 * @param direction DOWN (downsample in the forward pass) or UP
 */
public record QuadConfig(ImageShape shape, QuadTransform transform, Direction direction) implements ImageBlockConfig {
  /** Validates that every field is given and the shape can be halved. */
  public QuadConfig {
    if (shape == null || transform == null || direction == null) {
      throw new IllegalArgumentException("quad block needs shape, transform and direction, got " + shape + ", "
          + transform + ", " + direction);
    }
    shape.halved();
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    shape.requireSize(dimension, "quad block '" + name + "'");
    ImageBlocks.requireUnconditional(conditionDimension, name);
    return new QuadBlock(parameters, shape, transform, direction);
  }
}
