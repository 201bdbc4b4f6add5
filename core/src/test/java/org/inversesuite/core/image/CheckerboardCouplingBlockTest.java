package org.inversesuite.core.image;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** Affine coupling with a checkerboard mask, odd squares passing. */
class CheckerboardCouplingBlockTest implements InverseDifferentiableContract {
  static final ImageShape SHAPE = new ImageShape(2, 3, 4);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new ConvCouplingConfig(SHAPE, CouplingMask.CHECKERBOARD, 1, 0, ChannelCouplingBlockTest.SUBNET,
        ClampActivation.TANH, 1.5).build(parameters, "coupling", dimension(), 0, structure);
  }

  @Override
  public double parameterScale() {
    return 0.3;
  }

  @Override
  public ImageShape shape() {
    return SHAPE;
  }
}
