package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;

/**
 * What {@link MafBlock} and {@link IafBlock} share: the widths, the config and one
 * {@link AffineAutoregression} over a MADE. They differ only in which side the MADE reads
 * (x for MAF, z for IAF), hence which direction is one pass and which is sequential.
 */
abstract sealed class AutoregressiveBlock implements InvertibleBlock permits MafBlock, IafBlock {
  private final BlockConfig config;
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;
  /** The MADE and the element maps. */
  protected final AffineAutoregression transform;

  AutoregressiveBlock(BlockConfig config, Parameters parameters, String name, int dimension, int conditionDimension,
      ClampActivation clamp, double alpha, MlpConfig made) {
    if (conditionDimension < 0) {
      throw new IllegalArgumentException("condition dimension must be >= 0, got " + conditionDimension);
    }
    this.config = config;
    this.parameters = parameters;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.transform = new AffineAutoregression(parameters, name, dimension, conditionDimension, clamp, alpha, made);
  }

  @Override
  public final int dimension() {
    return dimension;
  }

  @Override
  public final int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public final Parameters parameters() {
    return parameters;
  }

  @Override
  public final BlockConfig config() {
    return config;
  }
}
