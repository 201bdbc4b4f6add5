package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Nested;

class AffineCouplingBlockTest {
  static final MlpConfig SMALL = MlpConfig.of(8, 2, Activation.TANH);

  @Nested
  class GlowConditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new AffineCouplingBlock(AffineCouplingConfig.defaults().withSubnet(SMALL), p, "b", 5, 3);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 3; }
    public double parameterScale() { return 0.4; }
  }

  @Nested
  class RealNvpUnconditional implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new AffineCouplingBlock(AffineCouplingConfig.defaults().withSubnet(SMALL).withForm(CouplingForm.REAL_NVP),
          p, "b", 4, 0);
    }
    public int dimension() { return 4; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.4; }
  }

  @Nested
  class TanhClampReluSubnet implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new AffineCouplingBlock(new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.TANH, 1.5,
          MlpConfig.of(8, 1, Activation.RELU)), p, "b", 2, 2);
    }
    public int dimension() { return 2; }
    public int conditionDimension() { return 2; }
    public double parameterScale() { return 0.5; }
  }

  @Nested
  class SigmoidClampRealNvp implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return new AffineCouplingBlock(new AffineCouplingConfig(CouplingForm.REAL_NVP, ClampActivation.SIGMOID, 2.0, SMALL),
          p, "b", 6, 1);
    }
    public int dimension() { return 6; }
    public int conditionDimension() { return 1; }
    public double parameterScale() { return 0.4; }
  }
}
