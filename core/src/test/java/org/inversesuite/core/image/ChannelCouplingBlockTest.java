package org.inversesuite.core.image;

import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** Affine coupling with a channel mask: channel 0 of 3 conditions channels 1-2 (InvDN's uneven split). */
class ChannelCouplingBlockTest implements InverseDifferentiableContract {
  static final ImageShape SHAPE = new ImageShape(3, 3, 3);
  static final ConvNetConfig SUBNET = new ConvNetConfig(List.of(4), 3, Activation.TANH);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new ConvCouplingConfig(SHAPE, CouplingMask.CHANNEL, 0, 1, SUBNET, ClampActivation.ATAN, 2.0)
        .build(parameters, "coupling", dimension(), 0, structure);
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
