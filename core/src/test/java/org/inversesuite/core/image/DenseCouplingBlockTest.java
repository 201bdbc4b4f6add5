package org.inversesuite.core.image;

import java.util.List;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.core.nn.ConvNetKind;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * The whole contract (round trip, log-det against the brute-force Jacobian, forward and inverse
 * gradients, config JSON) for a checkerboard coupling whose subnet is residual-dense: two dense
 * layers of growth 2, then the zero-initialised convolution of [u, h₁, h₂] to 2C channels.
 */
class DenseCouplingBlockTest extends CheckerboardCouplingBlockTest {
  static final ConvNetConfig SUBNET = new ConvNetConfig(List.of(2, 2), 3, Activation.TANH, ConvNetKind.DENSE);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new ConvCouplingConfig(SHAPE, CouplingMask.CHECKERBOARD, 0, 0, SUBNET, ClampActivation.ATAN, 2.0)
        .build(parameters, "coupling", dimension(), 0, structure);
  }
}
