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
  /**
   * Validates that every field is given. Whether the shape can be halved is checked in
   * {@link #build}, where the block's name is known: inside a graph read from JSON the message
   * then names the graph node (the constructor runs inside the JSON reader, which knows no name).
   */
  public QuadConfig {
    if (shape == null || transform == null || direction == null) {
      throw new IllegalArgumentException("quad block needs shape, transform and direction, got " + shape + ", "
          + transform + ", " + direction);
    }
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    if (shape.height() % 2 != 0 || shape.width() % 2 != 0) {
      throw new IllegalArgumentException("quad block '" + name + "' on images " + shape
          + ": a 2x2 downsampling needs even height and width");
    }
    shape.requireSize(dimension, "quad block '" + name + "'");
    ImageBlocks.requireUnconditional(conditionDimension, name);
    return new QuadBlock(parameters, shape, transform, direction);
  }
}
