package org.inversesuite.core.image;

import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

class SqueezeUpBlockTest implements InverseDifferentiableContract {
  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new QuadConfig(HaarDownBlockTest.SHAPE, QuadTransform.SQUEEZE, Direction.UP)
        .build(parameters, "unsqueeze", dimension(), 0, structure);
  }

  @Override
  public ImageShape shape() {
    return HaarDownBlockTest.SHAPE;
  }
}
