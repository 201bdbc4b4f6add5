package org.inversesuite.core.image;

import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** HiNet's two-sided coupling, uneven split: channels 0-1 are x₁, channel 2 is x₂; HiNet's sigmoid clamp. */
class HinetCouplingBlockTest implements InverseDifferentiableContract {
  static final ImageShape SHAPE = new ImageShape(3, 3, 3);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new HinetCouplingConfig(SHAPE, 2, new ConvNetConfig(List.of(4), 3, Activation.TANH), ClampActivation.SIGMOID, 2.0)
        .build(parameters, "hinet", dimension(), 0, structure);
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
