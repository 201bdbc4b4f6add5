package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** The block contract in EXACT mode with tanh (non-zero a'' everywhere), unconditional. */
class InvertibleResidualTanhBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return new InvertibleResidualBlock(InvertibleResidualBlockTest.exact(Activation.TANH), p, "ires", 3, 0);
  }
  public int dimension() { return 3; }
  public int conditionDimension() { return 0; }
  public double parameterScale() { return 0.8; }
}
