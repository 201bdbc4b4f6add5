package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

class AdditiveCouplingBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return new AdditiveCouplingBlock(new AdditiveCouplingConfig(MlpConfig.of(8, 2, Activation.ELU)), p, "b", 5, 2);
  }
  public int dimension() { return 5; }
  public int conditionDimension() { return 2; }
  public double parameterScale() { return 0.4; }
}
