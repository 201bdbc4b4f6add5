package org.inversesuite.core.block;

import org.inversesuite.core.tensor.Matrix;

/**
 * A block whose parameters are set from the first batch of data before training (data-dependent
 * initialisation, Kingma and Dhariwal 2018, Glow, section 3.1). The flow calls it once, in block
 * order, with each block's actual input.
 */
public interface DataInitialized {
  /**
   * @param x the block's input on the first batch, shape [n, dimension()]
   * @param c the condition, or null
   */
  void initialiseFromData(Matrix x, Matrix c);
}
