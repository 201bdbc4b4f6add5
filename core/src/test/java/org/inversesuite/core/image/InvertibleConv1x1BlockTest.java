package org.inversesuite.core.image;

import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.LuLinearConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** Glow's invertible 1x1 convolution: a pixelwise LU-parametrised linear map. */
class InvertibleConv1x1BlockTest implements ImageBlockContract {
  static final ImageShape SHAPE = new ImageShape(3, 2, 3);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new PixelwiseConfig(SHAPE, LuLinearConfig.random()).build(parameters, "conv1x1", dimension(), 0, structure);
  }

  @Override
  public ImageShape shape() {
    return SHAPE;
  }
}
