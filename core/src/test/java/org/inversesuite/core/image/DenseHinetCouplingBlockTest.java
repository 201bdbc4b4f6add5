package org.inversesuite.core.image;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** HiNet's coupling with residual-dense φ and (ρ, η), as in HiNet itself: the whole contract. */
class DenseHinetCouplingBlockTest extends HinetCouplingBlockTest {
  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new HinetCouplingConfig(SHAPE, 2, DenseCouplingBlockTest.SUBNET, ClampActivation.SIGMOID, 2.0)
        .build(parameters, "hinet", dimension(), 0, structure);
  }
}
