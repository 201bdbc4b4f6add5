package org.inversesuite.core.image;

import org.inversesuite.core.block.InvertibleBlockContract;

/** {@link InvertibleBlockContract} for an unconditional block on images of {@link #shape()}. */
public interface ImageBlockContract extends InvertibleBlockContract {
  /** @return the shape of the block's input images */
  ImageShape shape();

  @Override
  default int dimension() {
    return shape().size();
  }

  @Override
  default int conditionDimension() {
    return 0;
  }
}
