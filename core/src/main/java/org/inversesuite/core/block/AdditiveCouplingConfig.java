package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link AdditiveCouplingBlock}.
 *
 * @param subnet hidden layers of each subnet
 */
public record AdditiveCouplingConfig(MlpConfig subnet) implements BlockConfig {
  /** Validates the values. */
  public AdditiveCouplingConfig {
    if (subnet == null) {
      throw new IllegalArgumentException("subnet is required");
    }
  }

  /** @return two hidden layers of 128 ReLU units */
  public static AdditiveCouplingConfig defaults() {
    return new AdditiveCouplingConfig(MlpConfig.defaults());
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new AdditiveCouplingBlock(this, parameters, name, dimension, conditionDimension);
  }
}
