package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link AffineCouplingBlock}.
 *
 * @param form Glow (one subnet per half) or RealNVP (separate s and t subnets)
 * @param clampActivation soft clamp g of the log-scale
 * @param clamp α, the bound of |s|
 * @param subnet hidden layers of each subnet
 */
public record AffineCouplingConfig(CouplingForm form, ClampActivation clampActivation, double clamp, MlpConfig subnet)
    implements BlockConfig {
  /** Validates the values. */
  public AffineCouplingConfig {
    if (form == null || clampActivation == null || subnet == null) {
      throw new IllegalArgumentException("form, clampActivation and subnet are required");
    }
    if (!(clamp > 0) || Double.isInfinite(clamp)) {
      throw new IllegalArgumentException("clamp must be a positive finite number, got " + clamp);
    }
  }

  /** @return Glow form, ATAN clamp 2.0, two hidden layers of 128 ReLU (FrEIA's defaults) */
  public static AffineCouplingConfig defaults() {
    return new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, MlpConfig.defaults());
  }

  /** @return a copy with another subnet */
  public AffineCouplingConfig withSubnet(MlpConfig s) {
    return new AffineCouplingConfig(form, clampActivation, clamp, s);
  }

  /** @return a copy with another form */
  public AffineCouplingConfig withForm(CouplingForm f) {
    return new AffineCouplingConfig(f, clampActivation, clamp, subnet);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new AffineCouplingBlock(this, parameters, name, dimension, conditionDimension);
  }
}
