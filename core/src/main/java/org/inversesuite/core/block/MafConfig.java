package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link MafBlock}.
 *
 * @param clampActivation soft clamp g of the raw log-scale
 * @param clamp α, the bound of |s|
 * @param made hidden layers of the MADE
 */
public record MafConfig(ClampActivation clampActivation, double clamp, MlpConfig made) implements BlockConfig {
  /** Validates the values. */
  public MafConfig {
    AutoregressiveChecks.check(clampActivation, clamp, made);
  }

  /** @return ATAN clamp 2.0, a MADE of two hidden layers of 128 ReLU */
  public static MafConfig defaults() {
    return new MafConfig(ClampActivation.ATAN, 2.0, MlpConfig.defaults());
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new MafBlock(this, parameters, name, dimension, conditionDimension);
  }
}
