package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

class LuLinearBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return LuLinearConfig.random().build(p, "lu", 5, 0, rng);
  }
  public int dimension() { return 5; }
  public int conditionDimension() { return 0; }
  public double parameterScale() { return 0.3; }
}
