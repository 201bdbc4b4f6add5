package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link GinCouplingBlock}.
 *
 * @param clampActivation soft clamp g of the raw log-scale
 * @param clamp α, the bound of |α g(ŝ)| before the mean is removed
 * @param subnet hidden layers of each subnet
 */
public record GinCouplingConfig(ClampActivation clampActivation, double clamp, MlpConfig subnet) implements BlockConfig {
  /** Validates the values. */
  public GinCouplingConfig {
    if (clampActivation == null || subnet == null) {
      throw new IllegalArgumentException("clampActivation and subnet are required");
    }
    if (!(clamp > 0) || Double.isInfinite(clamp)) {
      throw new IllegalArgumentException("clamp must be a positive finite number, got " + clamp);
    }
  }

  /** @return ATAN clamp 2.0, two hidden layers of 128 ReLU */
  public static GinCouplingConfig defaults() {
    return new GinCouplingConfig(ClampActivation.ATAN, 2.0, MlpConfig.defaults());
  }

  /** @return a copy with another subnet */
  public GinCouplingConfig withSubnet(MlpConfig s) {
    return new GinCouplingConfig(clampActivation, clamp, s);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new GinCouplingBlock(this, parameters, name, dimension, conditionDimension);
  }
}
