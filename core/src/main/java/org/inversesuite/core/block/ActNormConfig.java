package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/** Configuration of an {@link ActNormBlock}: it has no settings. */
public record ActNormConfig() implements BlockConfig {
  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new ActNormBlock(parameters, name, dimension, conditionDimension);
  }
}
