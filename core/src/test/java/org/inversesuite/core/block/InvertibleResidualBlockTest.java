package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** The block contract in EXACT log-det mode, conditional, with weights large enough to be normalised. */
class InvertibleResidualBlockTest implements InvertibleBlockContract {
  static InvertibleResidualConfig exact(Activation activation) {
    return new InvertibleResidualConfig(MlpConfig.of(8, 2, activation), 0.9, 2000, ResidualLogDet.EXACT, 10, 1, 1e-14,
        2000, 7);
  }

  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return new InvertibleResidualBlock(exact(Activation.ELU), p, "ires", 4, 2);
  }
  public int dimension() { return 4; }
  public int conditionDimension() { return 2; }
  public double parameterScale() { return 0.6; }
}
