package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

class AllInOneBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return AllInOneConfig.defaults().withSubnet(MlpConfig.of(8, 2, Activation.TANH)).build(p, "aio", 5, 2, rng);
  }
  public int dimension() { return 5; }
  public int conditionDimension() { return 2; }
  public double parameterScale() { return 2.0; }
}
